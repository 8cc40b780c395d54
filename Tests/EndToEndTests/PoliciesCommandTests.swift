import Foundation
import PolicyEngine
import Testing

/// `policy-wizard policies`: every clause as JSON with sums in yuan, and one clause's text.
@Suite struct PoliciesCommandTests {
  static let clauseKeys: Set<String> = ["policy", "article", "title", "status", "text", "benefits"]

  /// The repository's catalog, read directly, to check the binary's output against.
  static func repositoryCatalog() throws -> Catalog {
    try CatalogLoader.load(directory: RepositoryFiles.url("Data/catalog"))
  }

  func clauses(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try runPolicyWizard(arguments)
    try #require(result.status == 0, "\(result)")
    return try JSONOutput.array(result.stdout)
  }

  @Test func everyClauseIsListedWithItsTextAndBenefits() throws {
    let clauses = try clauses(["policies", "list", "--format", "json"])
    let catalog = try Self.repositoryCatalog()
    let expected = catalog.documents.flatMap { document in
      document.articles.map { "\(document.id)/\($0.number)" }
    }
    #expect(clauses.map { "\($0["policy"] ?? "")/\($0["article"] ?? "")" } == expected)
    for clause in clauses {
      let missing = Self.clauseKeys.subtracting(clause.keys)
      #expect(
        missing.isEmpty, "\(clause["policy"] ?? "?")/\(clause["article"] ?? "?") lacks \(missing)")
      #expect((clause["text"] as? String)?.isEmpty == false)
      #expect(["inForce", "draft"].contains(clause["status"] as? String))
    }
  }

  @Test func listIsTheDefaultAndTakesItsOptions() throws {
    let explicit = try runPolicyWizard(["policies", "list", "--format", "json"])
    let implicit = try runPolicyWizard(["policies", "--format", "json"])
    try #require(implicit.status == 0, "\(implicit)")
    #expect(implicit.stdout == explicit.stdout)
  }

  /// 鄂尔多斯（十七）: 300万 and 30万 for new national and region enterprise technology
  /// centres, and 20% of R&D spending up to 500万 for a new R&D institution.
  @Test func sumsAreInYuan() throws {
    let clauses = try clauses(["policies", "--format", "json"])
    let article = try #require(
      clauses.first { $0["policy"] as? String == "ordos-2024" && $0["article"] as? Int == 17 })
    let benefits = Dictionary(
      JSONOutput.objects(article["benefits"]).map { ($0["id"] as? String ?? "", $0) },
      uniquingKeysWith: { first, _ in first })

    let national = try #require(benefits["enterprise-tech-center-national"])
    #expect(national["form"] as? String == "fixed")
    #expect(JSONOutput.number(national["amount"]) == 3_000_000)
    let region = try #require(benefits["enterprise-tech-center-region"])
    #expect(JSONOutput.number(region["amount"]) == 300_000)
    let institution = try #require(benefits["new-rd-institution"])
    #expect(institution["form"] as? String == "percentage")
    #expect(institution["percent"] as? String == "20%")
    #expect(JSONOutput.number(institution["cap"]) == 5_000_000)
  }

  @Test func showPrintsTheOriginalText() throws {
    let catalog = try Self.repositoryCatalog()
    let article = try #require(catalog.document("ordos-2024")?.article(17))
    let result = try runPolicyWizard(["policies", "show", "ordos-2024/17"])
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.contains(article.text.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(result.stdout.contains("鄂尔多斯（十七）"))
  }

  @Test func showAsJSON() throws {
    let result = try runPolicyWizard(["policies", "show", "hulunbuir-draft/1", "--format", "json"])
    try #require(result.status == 0, "\(result)")
    let clause = try JSONOutput.object(result.stdout)
    #expect(clause["policy"] as? String == "hulunbuir-draft")
    #expect(clause["article"] as? Int == 1)
    #expect(clause["status"] as? String == "draft")
  }

  @Test(arguments: [
    ("ordos-2024/99", ["ordos-2024 has articles 1–30"]),
    ("nowhere/1", ["hohhot-2023", "ordos-2024", "region-2026", "DOCUMENT/ARTICLE"]),
    ("ordos-2024", ["DOCUMENT/ARTICLE", "ordos-2024/17"]),
  ])
  func showRefusesAnUnknownClause(id: String, mentions: [String]) throws {
    let result = try runPolicyWizard(["policies", "show", id])
    expectOneClearError(result)
    #expect(result.stderr.contains("'\(id)'"), "\(result)")
    for mention in mentions {
      #expect(result.stderr.contains(mention), "should mention \(mention)\n\(result)")
    }
  }
}
