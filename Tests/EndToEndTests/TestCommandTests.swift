import Foundation
import Testing

#if canImport(FoundationXML)
  // XMLDocument: the JUnit report is read back by an XML parser, as a CI system reads it.
  import FoundationXML
#endif

/// `policy-wizard test`: `--as-of` (with `--today` kept as its old name), `--name` and
/// `--junit`.
@Suite struct TestCommandTests {
  static var cases: String { RepositoryFiles.url("Data/cases").path }

  /// A file with one case that passes (Ordos pays no Baotou enterprise) and one that fails (no
  /// document pays an Ordos enterprise that says nothing else 1亿元).
  static func twoCases(in directory: TemporaryDirectory) throws -> String {
    try directory.write(
      "two.yaml",
      """
      cases:
        - name: 包头 only the region
          profile: { city: baotou, applicant: enterprise, highTech: new, asOf: 2025-06-01 }
          absent: [ordos-2024/15/high-tech]
        - name: 鄂尔多斯 a total no document pays
          profile: { city: ordos, applicant: enterprise }
          totals: { min: 1亿, max: 1亿 }
      """)
  }

  @Test func asOfIsTheOptionAndTodayItsOldName() throws {
    let asOf = try runPolicyWizard(["test", Self.cases, "--as-of", "2026-06-01"])
    #expect(asOf.status == 0, "\(asOf)")
    let today = try runPolicyWizard(["test", Self.cases, "--today", "2026-06-01"])
    #expect(today.status == 0, "\(today)")
    #expect(today.stdout == asOf.stdout)
    let help = try runPolicyWizard(["test", "--help"])
    #expect(help.stdout.contains("--as-of"), "\(help)")
    #expect(!help.stdout.contains("--today"), "the old name is hidden: \(help)")
    let both = try runPolicyWizard(
      ["test", Self.cases, "--as-of", "2026-06-01", "--today", "2026-06-01"])
    #expect(both.status == 64, "\(both)")
    let bad = try runPolicyWizard(["test", Self.cases, "--as-of", "2026-13-01"])
    expectOneClearError(bad)
    #expect(bad.status == 64, "\(bad)")
    #expect(bad.stderr.contains("--as-of '2026-13-01' is not a date"), "\(bad)")
  }

  @Test func nameKeepsTheMatchingCases() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try Self.twoCases(in: directory)
    let all = try runPolicyWizard(["test", file])
    #expect(all.status == 1, "\(all)")
    #expect(all.stdout.hasSuffix("1 passed, 1 failed\n"), "\(all)")
    let passing = try runPolicyWizard(["test", file, "--name", "包头"])
    #expect(passing.status == 0, "\(passing)")
    #expect(passing.stdout == "1 passed, 0 failed\n", "\(passing)")
    let pattern = try runPolicyWizard(["test", file, "--name", "鄂尔多斯*"])
    #expect(pattern.status == 1, "\(pattern)")
    #expect(pattern.stdout.hasSuffix("0 passed, 1 failed\n"), "\(pattern)")
    let caseless = try runPolicyWizard(["test", file, "--name", "ONLY THE"])
    #expect(caseless.stdout == "1 passed, 0 failed\n", "\(caseless)")
    let none = try runPolicyWizard(["test", file, "--name", "no such case"])
    expectOneClearError(none)
    #expect(none.status == 66, "naming no case is not a pass: \(none)")
  }

  @Test func junitIsAReportACISystemReads() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try Self.twoCases(in: directory)
    let report = directory.url.appendingPathComponent("cases.xml")
    let result = try runPolicyWizard(["test", file, "--junit", report.path])
    #expect(result.status == 1, "\(result)")
    let xml = try String(contentsOf: report, encoding: .utf8)
    let document = try XMLDocument(data: Data(xml.utf8))
    let root = try #require(document.rootElement())
    #expect(root.name == "testsuites")
    #expect(root.attribute(forName: "tests")?.stringValue == "2", "\(xml)")
    #expect(root.attribute(forName: "failures")?.stringValue == "1", "\(xml)")
    let testcases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
    #expect(
      testcases.map { $0.attribute(forName: "name")?.stringValue }
        == ["包头 only the region", "鄂尔多斯 a total no document pays"], "\(xml)")
    // Each expectation that does not hold is a failure of its case (min and max here).
    let failures = try document.nodes(forXPath: "//testcase/failure")
    #expect(failures.count == 2, "\(xml)")
    let failing = Set(
      failures.compactMap { ($0.parent as? XMLElement)?.attribute(forName: "name")?.stringValue })
    #expect(failing == ["鄂尔多斯 a total no document pays"], "\(xml)")
    #expect(
      failures.first.flatMap { ($0 as? XMLElement)?.attribute(forName: "message")?.stringValue }
        == "totals.min: got 0元", "\(xml)")
    // Every case of the repository passes, as the report says.
    let repository = directory.url.appendingPathComponent("repository.xml")
    let passing = try runPolicyWizard(["test", Self.cases, "--junit", repository.path])
    #expect(passing.status == 0, "\(passing)")
    let all = try XMLDocument(data: Data(contentsOf: repository))
    #expect(all.rootElement()?.attribute(forName: "failures")?.stringValue == "0")
    #expect(try all.nodes(forXPath: "//testsuite").count == 4)
  }
}

/// `ACCESSIBLE=1` (the convention screen-reader users expect) and `accessible: true` in the
/// configuration start the plain mode, as `--plain` and TERM=dumb do.
@Suite struct AccessibleModeTests {
  static let answers = "quit\n"

  @Test func accessibleInTheEnvironment() throws {
    let result = try runPolicyWizard(
      ["--as-of", "2026-06-01"], stdin: Self.answers,
      environment: ["TERM": "xterm-256color", "ACCESSIBLE": "1"])
    #expect(result.status == 0, "\(result)")
    let plain = try runPolicyWizard(
      ["--plain", "--as-of", "2026-06-01"], stdin: Self.answers,
      environment: ["TERM": "xterm-256color", "ACCESSIBLE": nil])
    #expect(result.stdout == plain.stdout, "\(result)")
    #expect(!plain.stdout.isEmpty)
    let off = try runPolicyWizard(
      ["--as-of", "2026-06-01"], stdin: Self.answers,
      environment: ["TERM": "xterm-256color", "ACCESSIBLE": "0"])
    #expect(off.status == 69, "ACCESSIBLE=0 asks for nothing: \(off)")
  }

  @Test func accessibleInTheConfiguration() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "accessible: true\n")
    let environment: [String: String?] = ["TERM": "xterm-256color", "ACCESSIBLE": nil]
    let result = try runPolicyWizard(
      ["--config", config, "--as-of", "2026-06-01"], stdin: Self.answers,
      environment: environment)
    #expect(result.status == 0, "\(result)")
    let plain = try runPolicyWizard(
      ["--plain", "--as-of", "2026-06-01"], stdin: Self.answers, environment: environment)
    #expect(result.stdout == plain.stdout, "\(result)")
    // A kiosk stays full-screen: a touch screen for strangers.
    let kiosk = try runPolicyWizard(["--kiosk", "--config", config], environment: environment)
    #expect(kiosk.status == 69, "\(kiosk)")
    let wrong = try directory.write("wrong.yaml", "accessible: sometimes\n")
    let refused = try runPolicyWizard(["--config", wrong], environment: environment)
    #expect(refused.status == 78, "\(refused)")
    #expect(refused.stderr.contains("\(wrong):1: accessible must be true or false"), "\(refused)")
  }
}
