import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// The shipped catalog holds every article of the five documents, every figure of their text is
/// accounted for, and the embedded copy is the one in `Data/catalog`.
@Suite struct CatalogCompletenessTests {
  static let expectedArticles: [(String, ClosedRange<Int>)] = [
    ("hohhot-2023", 1...15), ("hohhot-2024-draft", 1...26), ("ordos-2024", 1...30),
    ("region-2026", 1...17),
    ("hulunbuir-draft", 1...20),
  ]

  @Test(arguments: expectedArticles)
  func everyArticleIsThere(document id: String, articles: ClosedRange<Int>) throws {
    let document = try #require(DefaultCatalog.catalog.document(id))
    #expect(document.articles.map(\.number) == Array(articles))
    for article in document.articles {
      #expect(!article.text.isEmpty, "\(id)/\(article.number) has no text")
      #expect(!article.title.isEmpty, "\(id)/\(article.number) has no title")
      #expect(!article.benefits.isEmpty, "\(id)/\(article.number) has no benefit")
    }
  }

  @Test func everyFigureIsPaidOrExplained() {
    let problems = CatalogAudit(catalog: DefaultCatalog.catalog).problems()
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }

  @Test func theAuditCatchesAFigureNobodyUses() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(
        articleCount: "1",
        articles: """
            - article: 1
              title: 示例
              text: 对购置科研仪器设备的企业给予最高 200 万元支持，目标增长20%，单台套30万元以上。
              notBenefits:
                - { figure: 20%, why: 目标 }
              benefits:
                - { id: a, kind: money, title: 示例, amount: { upTo: 200万 } }
          """))
    let problems = CatalogAudit(catalog: catalog).problems()
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("30万元") == true)
  }

  @Test func figuresAreReadFromText() {
    #expect(
      CatalogAudit.figures(in: "给予最高 200 万元、5%的比例、0.5亿元，1:1配套，十五万青年")
        == [.money(Money.wan(200).fen), .rate(500), .money(Money.wan(5000).fen)])
  }

  @Test func statusAndDatesInForce() throws {
    let catalog = DefaultCatalog.catalog
    let ordos = try #require(catalog.document("ordos-2024"))
    #expect(ordos.status == .inForce)
    #expect(ordos.effectiveFrom == CalendarDay(year: 2024, month: 10, day: 20))
    #expect(ordos.effectiveUntil == CalendarDay(year: 2029, month: 10, day: 19))
    #expect(ordos.combinationRule == 30)
    let region = try #require(catalog.document("region-2026"))
    #expect(region.city == nil)
    #expect(region.effectiveUntil == CalendarDay(year: 2028, month: 12, day: 31))
    #expect(catalog.document("hulunbuir-draft")?.status == .draft)
    #expect(catalog.document("hulunbuir-draft")?.combinationRule == 20)
    #expect(catalog.document("hohhot-2024-draft")?.status == .draft)
    #expect(catalog.document("hohhot-2023")?.status == .inForce)
  }

  @Test func embeddedCatalogIsDataCatalog() throws {
    let onDisk = try CatalogLoader.load(directory: RepositoryFiles.url("Data/catalog"))
    #expect(onDisk.version == DefaultCatalog.catalog.version)
    let names = RepositoryFiles.files(in: "Data/catalog").map(\.lastPathComponent)
    #expect(DefaultCatalog.sources.map(\.name).sorted() == names)
  }

  @Test func everyFactIsAskedSomewhere() {
    // A declared fact no benefit reads would be a question that can never change the result.
    let catalog = DefaultCatalog.catalog
    var read: Set<FactID> = []
    for location in catalog.benefits { read.formUnion(catalog[location].facts) }
    let unused = catalog.facts.filter { !read.contains($0.id) && $0.name != "city" }.map(\.name)
    #expect(unused.isEmpty, "facts no benefit reads: \(unused)")
  }
}
