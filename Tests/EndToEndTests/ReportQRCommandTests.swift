import DefaultCatalog
import Foundation
import PolicyEngine
import TakeHome
import Testing

/// `policy-wizard report PROFILE --format qr`: the take-home code in half blocks on standard
/// output, the same code as the HTML report's.
@Suite struct ReportQRCommandTests {
  @Test func printsTheCompleteTakeHomeCode() throws {
    let file = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json")
    let result = try runPolicyWizard([
      "report", file.path, "--format", "qr", "--as-of", "2026-06-01",
    ])
    try #require(result.status == 0, "\(result)")
    let catalog = DefaultCatalog.catalog
    var profile = try ProfileDecoder(catalog: catalog).decode(
      try String(contentsOf: file, encoding: .utf8))
    profile.asOf = CalendarDay(year: 2026, month: 6, day: 1)
    let evaluation = Evaluator(catalog: catalog).evaluate(profile)
    let expected = TakeHomeCode(catalog: catalog, profile: profile, result: evaluation)
    #expect(result.stdout == expected.code.halfBlockLines().joined(separator: "\n") + "\n")
    #expect(expected.text.contains("呼伦贝尔市"))
    #expect(!expected.text.contains("呼伦贝尔某农牧业科技有限公司"), "never the name")
  }
}
