import Foundation
import PolicyEngine
import Testing

/// `policy-wizard compare PROFILE`: the same answers in each city with policies of its own and in
/// a region-only one, as text and as JSON.
@Suite struct CompareCommandTests {
  static let ordos = RepositoryFiles.url("Data/samples/2-ordos-new-materials.json").path
  static let cities = ["呼和浩特市", "鄂尔多斯市", "呼伦贝尔市", "包头市"]

  /// `evaluate`'s totals lines for the profile with its city replaced (`totals.lines` of the
  /// JSON), as the text output prints them.
  static func evaluatedLines(city: String?) throws -> [String] {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var path = ordos
    if let city {
      let text = try String(contentsOfFile: ordos, encoding: .utf8)
        .replacingOccurrences(of: #""city": "ordos""#, with: #""city": "\#(city)""#)
      path = try directory.write("profile.json", text)
    }
    let result = try runPolicyWizard([
      "evaluate", path, "--format", "json", "--as-of", "2026-06-01",
    ])
    try #require(result.status == 0, "\(result)")
    let totals = try #require(try JSONOutput.object(result.stdout)["totals"] as? [String: Any])
    return JSONOutput.objects(totals["lines"]).compactMap { line in
      guard let label = line["label"] as? String, let value = line["value"] as? String else {
        return nil
      }
      return "  \(label)：\(value)"
    }
  }

  @Test func listsTheCitiesWithTheirTotals() throws {
    let result = try runPolicyWizard(["compare", Self.ordos, "--as-of", "2026-06-01"])
    try #require(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    // A block per city: its name and paying count, then the totals lines of every output.
    let blocks = result.stdout.split(separator: "\n\n").map {
      $0.split(separator: "\n").map(String.init)
    }
    try #require(blocks.count == 4, "four cities:\n\(result.stdout)")
    #expect(blocks.map { $0.first?.split(separator: "　").first.map(String.init) } == Self.cities)
    for block in blocks {
      #expect(block.first?.hasSuffix(" 项") == true, "a count of paying benefits: \(block)")
      #expect(block.dropFirst().first?.hasPrefix("  合计：") == true, "\(block)")
    }
    // The Ordos block says what `evaluate` says of the profile as it is.
    let ordos = try #require(blocks.first { $0.first?.hasPrefix("鄂尔多斯市") == true })
    #expect(Array(ordos.dropFirst()) == (try Self.evaluatedLines(city: nil)), "\(ordos)")
    // （十五）'s 30万 is 符合一定条件: 0 in the lower bound (issue 15).
    #expect(ordos.contains("  合计：660万元至1995万元"), "\(ordos)")
    #expect(ordos.contains("  确定：660万元"), "\(ordos)")
    // And the Hulunbuir block what it says of the same answers in Hulunbuir.
    let hulunbuir = try #require(blocks.first { $0.first?.hasPrefix("呼伦贝尔市") == true })
    #expect(
      Array(hulunbuir.dropFirst()) == (try Self.evaluatedLines(city: "hulunbuir")), "\(hulunbuir)")
  }

  @Test func jsonHasOneReportPerCity() throws {
    let result = try runPolicyWizard([
      "compare", Self.ordos, "--as-of", "2026-06-01", "--format", "json",
    ])
    try #require(result.status == 0, "\(result)")
    let object = try JSONOutput.object(result.stdout)
    #expect(Set(object.keys) == ["hohhot", "ordos", "hulunbuir", "baotou"])
    // In the table's order.
    let positions = ["hohhot", "ordos", "hulunbuir", "baotou"].compactMap {
      result.stdout.range(of: "\"\($0)\":")?.lowerBound
    }
    #expect(positions.count == 4 && positions == positions.sorted(), "\(result.stdout.prefix(200))")

    let evaluate = try runPolicyWizard([
      "evaluate", Self.ordos, "--format", "json", "--as-of", "2026-06-01",
    ])
    try #require(evaluate.status == 0, "\(evaluate)")
    let direct = try JSONOutput.object(evaluate.stdout)
    let ordos = try #require(object["ordos"] as? [String: Any])
    #expect(ordos["asOf"] as? String == "2026-06-01")
    let totals = try #require(ordos["totals"] as? [String: Any])
    let directTotals = try #require(direct["totals"] as? [String: Any])
    #expect(JSONOutput.number(totals["min"]) == JSONOutput.number(directTotals["min"]))
    #expect(JSONOutput.number(totals["max"]) == JSONOutput.number(directTotals["max"]))
    #expect(JSONOutput.number(totals["min"]) == 6_600_000)
    let benefits = { (report: [String: Any]) in
      Set(
        JSONOutput.objects(report["matches"]).compactMap { entry -> String? in
          guard let policy = entry["policy"] as? String, let benefit = entry["benefit"] as? String
          else { return nil }
          return "\(policy)/\(benefit)"
        })
    }
    #expect(benefits(ordos) == benefits(direct))
    #expect(!benefits(ordos).isEmpty)

    // Baotou has no city policy: only region-level entries.
    let baotou = try #require(object["baotou"] as? [String: Any])
    let policies = Set(JSONOutput.objects(baotou["matches"]).compactMap { $0["policy"] as? String })
    #expect(policies == ["region-2026"], "\(policies)")
  }

  @Test func badInputIsOneClearError() throws {
    let badDate = try runPolicyWizard(["compare", Self.ordos, "--as-of", "2026-13-01"])
    expectOneClearError(badDate)
    #expect(badDate.stderr.contains("is not a date"), "\(badDate)")

    let missing = try runPolicyWizard(["compare", "/nonexistent/profile.json"])
    expectOneClearError(missing)
    #expect(missing.stderr.contains("/nonexistent/profile.json"), "\(missing)")

    let fromStdin = try runPolicyWizard(
      ["compare", "-", "--as-of", "2026-06-01"],
      stdin: #"{"city": "baotou", "applicant": "enterprise"}"#)
    #expect(fromStdin.status == 0, "\(fromStdin)")
    #expect(fromStdin.stdout.contains("包头市"), "\(fromStdin)")
  }
}
