import Foundation
import PolicyEngine

/// Small catalogs written for one test, so that each amount form is checked against a sum
/// worked out by hand rather than against the shipped data.
enum Fixtures {
  static let facts = """
    facts:
      - name: city
        type: enum
        values: [hohhot, baotou, ordos, hulunbuir]
      - name: applicant
        type: enum
        values: [enterprise, university]
      - name: aboveScale
        type: bool
      - name: highTech
        type: enum
        values: [none, new, renewed, held]
      - name: techSMEYears
        type: count
        unit: 年
      - name: rd
        type: record
        label: 研发投入
        fields:
          - { name: lastYear, type: money, label: 上年度研发投入 }
          - { name: yearBefore, type: money, label: 前一年度研发投入 }
      - name: platforms
        type: list
        label: 平台
        fields:
          - { name: type, type: enum, values: [keyLab, incubator] }
          - { name: level, type: enum, values: [national, region, city] }
          - { name: new, type: bool }
      - name: contracts
        type: list
        label: 技术合同
        fields:
          - { name: amount, type: money, label: 合同额 }
          - { name: subsidy, type: money, label: 自治区补助 }
      - name: scenarios
        type: count
      - name: investment
        type: money
        label: 项目总投资
    """

  /// A catalog of `facts` plus one document per entry of `documents` (YAML text).
  static func catalog(_ documents: String...) throws -> Catalog {
    var sources = [CatalogSource(name: "facts.yaml", text: facts)]
    for (index, document) in documents.enumerated() {
      sources.append(CatalogSource(name: "doc\(index).yaml", text: document))
    }
    return try CatalogLoader.load(sources)
  }

  /// The head of a document whose own texts have their English (`en:`), for the translation
  /// rules' tests; the test writes what follows (`facts:`, `articles:`).
  static let translatedDocumentHead = """
    id: test
    title: 测试文件
    shortName: 测试
    issuer: 测试市人民政府
    city: hulunbuir
    status: inForce
    en: { title: A test document, shortName: Test, issuer: Test Municipal People's Government }
    """

  /// A document with the given articles (YAML list items, indented by two spaces); it states
  /// `articleCount` (null: the audit's `ArticlesAreAllPresent` finds it missing).
  static func document(
    id: String = "test", city: String = "hulunbuir", status: String = "inForce",
    from: String = "null",
    until: String = "null", combination: String = "null", articleCount: String = "null",
    articles: String
  ) -> String {
    """
    id: \(id)
    title: 测试文件 \(id)
    shortName: 测试\(id)
    city: \(city)
    status: \(status)
    effective: { from: \(from), until: \(until) }
    combinationRule: \(combination)
    articleCount: \(articleCount)
    articles:
    \(articles)
    """
  }

  static func profile(_ catalog: Catalog, _ json: String) throws -> Profile {
    try ProfileDecoder(catalog: catalog).decode(json)
  }

  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  static func evaluate(_ catalog: Catalog, _ json: String) throws -> EvaluationResult {
    Evaluator(catalog: catalog).evaluate(try profile(catalog, json), today: day)
  }
}

extension EvaluationResult {
  func match(_ catalog: Catalog, _ benefitID: String) -> BenefitOutcome? {
    matches.first { catalog[$0.location].id == benefitID }
  }
}

extension Money {
  static func yuan(_ value: Int64) -> Money { Money(yuan: value) }
}
