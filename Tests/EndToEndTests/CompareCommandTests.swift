import Foundation
import PolicyEngine
import Testing

/// `policy-wizard compare PROFILE`: the same answers in each city with policies of its own and in
/// a region-only one, as text and as JSON.
@Suite struct CompareCommandTests {
  static let ordos = RepositoryFiles.url("Data/samples/2-ordos-new-materials.json").path
  static let cities = ["呼和浩特市", "鄂尔多斯市", "呼伦贝尔市", "包头市"]

  /// `evaluate`'s totals for the profile with its city replaced, in the wording of the table.
  static func evaluatedTotal(city: String?) throws -> String {
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
    func money(_ value: Any?) -> Money? {
      JSONOutput.number(value).map { Money(fen: Int64(truncating: ($0 * 100) as NSNumber)) }
    }
    let low = try #require(money(totals["min"]))
    guard let high = money(totals["max"]) else { return "不低于\(MoneyFormat.chinese(low))" }
    return high == low
      ? MoneyFormat.chinese(low) : "\(MoneyFormat.chinese(low))至\(MoneyFormat.chinese(high))"
  }

  @Test func listsTheCitiesWithTheirTotals() throws {
    let result = try runPolicyWizard(["compare", Self.ordos, "--as-of", "2026-06-01"])
    try #require(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let rows = result.stdout.split(separator: "\n").map {
      $0.split(separator: " ").map(String.init)
    }
    try #require(rows.count == 5, "a header and four cities:\n\(result.stdout)")
    #expect(rows[0] == ["盟市", "合计", "资金项目"], "\(rows[0])")
    #expect(rows.dropFirst().map(\.first) == Self.cities, "\(result.stdout)")
    for row in rows.dropFirst() {
      #expect(row.count == 3, "\(row)")
      #expect(Int(row.last ?? "") != nil, "a count of paying benefits: \(row)")
    }

    // The Ordos row says what `evaluate` says of the profile as it is.
    let ordosRow = try #require(rows.first { $0.first == "鄂尔多斯市" })
    #expect(ordosRow[1] == (try Self.evaluatedTotal(city: nil)), "\(ordosRow)")
    #expect(ordosRow[1] == "690万元至1995万元")  // （十一）引进技术: up to the 800万 contract
    // And the Hulunbuir row what it says of the same answers in Hulunbuir.
    let hulunbuirRow = try #require(rows.first { $0.first == "呼伦贝尔市" })
    #expect(hulunbuirRow[1] == (try Self.evaluatedTotal(city: "hulunbuir")), "\(hulunbuirRow)")
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
    #expect(JSONOutput.number(totals["min"]) == 6_900_000)
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
      ["compare", "-", "--as-of", "2026-06-01"], stdin: #"{"city": "baotou"}"#)
    #expect(fromStdin.status == 0, "\(fromStdin)")
    #expect(fromStdin.stdout.contains("包头市"), "\(fromStdin)")
  }
}
