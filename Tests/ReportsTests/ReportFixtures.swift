import DefaultCatalog
import Foundation
import PolicyEngine
import Reports

/// Profiles and catalogs the report tests share: worked cases from `Data/cases`, so that the
/// amounts checked are the hand-worked ones, and a small catalog whose text carries markup.
enum ReportFixtures {
  static let day = CalendarDay(year: 2026, month: 6, day: 1)
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// 呼伦贝尔 (a draft): 首次认定高企 50万元; R&D 2800万 − 2000万 = 800万 × 5% = 40万元 a year.
  static let hulunbuirHighTech = """
    city: hulunbuir
    applicant: enterprise
    highTech: new
    rdSuperDeductionYears: 2
    rd: { lastYear: 28000000, yearBefore: 20000000 }
    asOf: 2026-06-01
    includeDrafts: true
    """

  /// One new region 中试基地: Hulunbuir （三） and （十） both name it, and the catalog states they
  /// are the same thing (paid once, at the higher （十）).
  static let hulunbuirPilotBase = """
    city: hulunbuir
    applicant: enterprise
    platforms: [ { type: pilotBase, level: region, new: true } ]
    asOf: 2026-06-01
    includeDrafts: true
    """

  /// The text without any whitespace, so that a phrase is found whatever line breaks and
  /// hanging indents the paper-width text report put inside it.
  static func unwrapped(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }

  static func profile(_ text: String, catalog: Catalog = DefaultCatalog.catalog) throws -> Profile {
    try ProfileDecoder(catalog: catalog).decode(text)
  }

  /// The profile of the case called `name` in `Data/cases/<file>`.
  static func caseProfile(file: String, named name: String) throws -> Profile {
    let url = repositoryRoot.appendingPathComponent("Data/cases").appendingPathComponent(file)
    let root = try DataNodeParser.parse(String(contentsOf: url, encoding: .utf8), file: file)
    guard case .sequence(let cases, _)? = root["cases"],
      let found = cases.first(where: { $0["name"]?.scalarText == name }),
      let profile = found["profile"]
    else { throw FixtureError("no case named \(name) in \(file)") }
    return try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(profile)
  }

  static func report(_ profile: Profile, catalog: Catalog = DefaultCatalog.catalog)
    -> EnterpriseReport
  {
    let result = Evaluator(catalog: catalog).evaluate(profile, today: day)
    return EnterpriseReport(catalog: catalog, profile: profile, result: result)
  }

  static func report(_ text: String) throws -> EnterpriseReport {
    report(try profile(text))
  }

  /// A catalog whose every piece of text the report prints carries markup and quotes, to
  /// check that the renderers escape all of it.
  static func hostileCatalog() throws -> Catalog {
    let facts = """
      facts:
        - name: city
          type: enum
          label: '所在<b>盟市</b>'
          values: [hulunbuir]
          valueLabels: { hulunbuir: '呼伦贝尔市<script>alert("city")</script>' }
        - name: applicant
          type: enum
          values: [enterprise]
        - name: rd
          type: record
          fields:
            - { name: lastYear, type: money, label: 上年度 }
            - { name: yearBefore, type: money, label: 前一年度 }
        - name: platforms
          type: list
          fields:
            - { name: type, type: enum, values: [keyLab] }
        - name: flag
          type: bool
          label: '标志 <img src=x onerror=alert(1)>'
      """
    let document = """
      id: hostile
      title: '测试文件<script>alert("title")</script>'
      shortName: '测试&<i>'
      issuer: '发文<机关>'
      number: '测〔2026〕1号 "quoted"'
      city: hulunbuir
      status: draft
      effective: { from: null, until: null }
      articleStyle: paren
      combinationRule: null
      articles:
        - article: 1
          title: '条款<u>标题</u>'
          section: null
          departments: ['市科技局<script>x</script>', "O'Brien & Co"]
          text: |
            第一段<script>alert('clause')</script>给予10万元。
            第二段 </td></tr></table> & 结束。
          notBenefits: []
          benefits:
            - id: b1
              title: '支持<script>alert("benefit")</script>'
              subject: null
              group: null
              kind: money
              when:
                - flag: true
              amount: { fixed: 10万 }
              note: '<script>alert("note")</script> | * _ [x](y)'
      """
    return try CatalogLoader.load([
      CatalogSource(name: "facts.yaml", text: facts),
      CatalogSource(name: "hostile.yaml", text: document),
    ])
  }

  static func hostileReport() throws -> EnterpriseReport {
    let catalog = try hostileCatalog()
    let profile = try ProfileDecoder(catalog: catalog).decode(
      "city: hulunbuir\napplicant: enterprise\nflag: true\nincludeDrafts: true")
    return report(profile, catalog: catalog)
  }
}

struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
