import Foundation
import Testing

/// `policy-wizard evaluate`: the JSON contract, the ways a profile comes in, and the options
/// that change which documents count.
@Suite struct EvaluateCommandTests {
  /// The first worked case of `Data/cases/hulunbuir.yaml`: 50万 for a first high-tech
  /// recognition, 5% of an 800万 R&D increment = 40万 a year.
  static let hulunbuir = """
    {"city": "hulunbuir", "applicant": "enterprise", "highTech": "new", "rdSuperDeductionYears": 2,
     "rd": {"lastYear": 28000000, "yearBefore": 20000000}, "asOf": "2026-06-01"}
    """

  static let hulunbuirYAML = """
    city: hulunbuir
    applicant: enterprise
    highTech: new
    rdSuperDeductionYears: 2
    rd:
      lastYear: 2800万
      yearBefore: 20000000
    asOf: 2026-06-01
    """

  /// A new national enterprise technology centre: 鄂尔多斯（十七）pays 300万.
  static let ordos = """
    {"city": "ordos", "applicant": "enterprise", "platforms": [{"type": "enterpriseTechCenter", "level": "national", "new": true}]}
    """

  static let entryKeys: Set<String> = [
    "policy", "article", "benefit", "title", "status", "amount", "points", "because", "stackedOut",
  ]

  func evaluate(_ profile: String, _ options: [String] = [], name: String = "profile.json") throws
    -> [String: Any]
  {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(name, profile)
    let result = try runPolicyWizard(["evaluate", path, "--format", "json"] + options)
    try #require(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    return try JSONOutput.object(result.stdout)
  }

  func match(_ report: [String: Any], _ policy: String, _ benefit: String) -> [String: Any]? {
    JSONOutput.objects(report["matches"]).first {
      $0["policy"] as? String == policy && $0["benefit"] as? String == benefit
    }
  }

  @Test func jsonReportFollowsTheContract() throws {
    let report = try evaluate(Self.hulunbuir)
    #expect(
      Set(report.keys).isSuperset(of: ["asOf", "matches", "possible", "nearMisses", "totals"]))
    #expect(report["asOf"] as? String == "2026-06-01")

    let matches = JSONOutput.objects(report["matches"])
    #expect(!matches.isEmpty)
    for entry in matches + JSONOutput.objects(report["possible"]) {
      let missing = Self.entryKeys.subtracting(entry.keys)
      #expect(missing.isEmpty, "\(entry["benefit"] ?? "?") lacks \(missing.sorted())")
      if let amount = entry["amount"] as? [String: Any] {
        #expect(
          Set(amount.keys) == ["min", "max", "per", "years", "yearsAtMost"],
          "\(entry["benefit"] ?? "?")")
        #expect(JSONOutput.number(amount["min"]) != nil, "min must be a number")
      } else {
        #expect(JSONOutput.isNull(entry["amount"]), "amount is an object or null")
      }
    }

    let first = try #require(match(report, "hulunbuir-draft", "high-tech-first"))
    #expect(first["article"] as? Int == 1)
    #expect(first["status"] as? String == "draft")
    let firstAmount = try #require(first["amount"] as? [String: Any])
    #expect(JSONOutput.number(firstAmount["min"]) == 500_000)
    #expect(JSONOutput.number(firstAmount["max"]) == 500_000)
    #expect(firstAmount["per"] as? String == "once")
    #expect(JSONOutput.isNull(first["stackedOut"]))

    let increment = try #require(match(report, "hulunbuir-draft", "rd-increment"))
    #expect(increment["article"] as? Int == 2)
    let incrementAmount = try #require(increment["amount"] as? [String: Any])
    #expect(JSONOutput.number(incrementAmount["min"]) == 400_000)
    #expect(JSONOutput.number(incrementAmount["max"]) == 400_000)
    #expect(incrementAmount["per"] as? String == "year")
    #expect((increment["because"] as? String)?.isEmpty == false)

    let totals = try #require(report["totals"] as? [String: Any])
    #expect(JSONOutput.number(totals["min"]) == 900_000)
    #expect(JSONOutput.number(totals["max"]) == 900_000)
  }

  @Test func profileFromStandardInput() throws {
    let result = try runPolicyWizard(["evaluate", "-", "--format", "json"], stdin: Self.hulunbuir)
    try #require(result.status == 0, "\(result)")
    let report = try JSONOutput.object(result.stdout)
    #expect(match(report, "hulunbuir-draft", "high-tech-first") != nil)
    #expect(JSONOutput.number((report["totals"] as? [String: Any])?["min"]) == 900_000)
  }

  @Test func yamlProfileGivesTheSameResultAsJSON() throws {
    let fromJSON = try evaluate(Self.hulunbuir)
    let fromYAML = try evaluate(Self.hulunbuirYAML, name: "profile.yaml")
    let benefits = { (report: [String: Any]) in
      JSONOutput.objects(report["matches"]).map { "\($0["policy"] ?? "")/\($0["benefit"] ?? "")" }
    }
    #expect(benefits(fromYAML) == benefits(fromJSON))
    #expect(
      JSONOutput.number((fromYAML["totals"] as? [String: Any])?["max"])
        == JSONOutput.number((fromJSON["totals"] as? [String: Any])?["max"]))
  }

  @Test func noDraftsLeavesOutEveryDraft() throws {
    let isDraft = { (entry: [String: Any]) in entry["status"] as? String == "draft" }
    let withDrafts = try evaluate(Self.hulunbuir)
    try #require(JSONOutput.objects(withDrafts["matches"]).contains(where: isDraft))

    let withoutDrafts = try evaluate(Self.hulunbuir, ["--no-drafts"])
    #expect(!JSONOutput.objects(withoutDrafts["matches"]).contains(where: isDraft))
    #expect(!JSONOutput.objects(withoutDrafts["possible"]).contains(where: isDraft))
    #expect(
      !JSONOutput.objects(withoutDrafts["matches"]).isEmpty, "the region's plan still applies")
  }

  @Test func ordosPolicyAppliesFromItsFirstDay() throws {
    let ordosMatches = { (report: [String: Any]) in
      JSONOutput.objects(report["matches"]).filter { $0["policy"] as? String == "ordos-2024" }
    }
    let dayBefore = try evaluate(Self.ordos, ["--as-of", "2024-10-19"])
    #expect(dayBefore["asOf"] as? String == "2024-10-19")
    #expect(ordosMatches(dayBefore).isEmpty)

    let firstDay = try evaluate(Self.ordos, ["--as-of", "2024-10-20"])
    #expect(firstDay["asOf"] as? String == "2024-10-20")
    let center = try #require(match(firstDay, "ordos-2024", "enterprise-tech-center-national"))
    #expect(JSONOutput.number((center["amount"] as? [String: Any])?["min"]) == 3_000_000)
  }

  @Test func asOfOptionOverridesTheProfile() throws {
    let report = try evaluate(Self.hulunbuir, ["--as-of", "2027-01-02"])
    #expect(report["asOf"] as? String == "2027-01-02")
  }

  @Test func textReportNamesTheArticles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try runPolicyWizard(["evaluate", try directory.write("p.json", Self.hulunbuir)])
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.contains("呼伦贝尔（一）"))
    #expect(result.stdout.contains("50万元"))
    #expect(result.stdout.contains("合计：90万元"))
  }
}
