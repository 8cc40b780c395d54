import Foundation
import Testing

/// `policy-wizard --plain` with answers piped from a file, as a script or a screen reader's
/// user gives them: the transcript is the one the WizardCore tests commit, and it exits 0.
@Suite struct PlainModeTests {
  static let samples = [
    "1-hohhot-dairy-tech", "2-ordos-new-materials", "3-hulunbuir-agriculture",
    "4-baotou-region-only", "5-hohhot-university",
  ]
  /// The day the committed transcripts are judged on (the WizardCore tests' `testDay`).
  static let asOf = ["--as-of", "2026-06-01"]
  static let chinese: [String: String?] = ["LANG": "zh_CN.UTF-8"]
  static let english: [String: String?] = ["LANG": "en_US.UTF-8"]

  static func transcript(_ name: String) throws -> String {
    let url = RepositoryFiles.url("Tests/WizardCoreTests/Transcripts/\(name)")
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  @Test(arguments: samples) func aWholeSessionFromAFile(_ sample: String) throws {
    let result = try runPolicyWizard(
      ["--plain"] + Self.asOf, stdin: try Self.transcript("\(sample).answers.zh.txt"),
      environment: Self.chinese)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    #expect(result.stdout == (try Self.transcript("\(sample).zh.txt")), "\(result)")
  }

  @Test func englishFromTheEnvironment() throws {
    let sample = Self.samples[2]
    let result = try runPolicyWizard(
      ["--plain"] + Self.asOf, stdin: try Self.transcript("\(sample).answers.en.txt"),
      environment: Self.english)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == (try Self.transcript("\(sample).en.txt")), "\(result)")
  }

  /// TERM=dumb is the plain mode without asking for it.
  @Test func dumbTerminalGetsThePlainMode() throws {
    let sample = Self.samples[0]
    var environment = Self.chinese
    environment["TERM"] = "dumb"
    let result = try runPolicyWizard(
      Self.asOf, stdin: try Self.transcript("\(sample).answers.zh.txt"), environment: environment)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == (try Self.transcript("\(sample).zh.txt")), "\(result)")
  }

  /// Input that ends early: the answers so far and the result so far, and still status 0.
  @Test func inputEndingEarlySummarises() throws {
    let result = try runPolicyWizard(
      ["--plain"] + Self.asOf, stdin: "7\n1\n2\n\n2800\n2000\n", environment: Self.chinese)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("\n输入已结束。\n已填写的答案：\n  所在盟市：呼伦贝尔市\n"), "\(result)")
    #expect(result.stdout.contains("目前的结果：\n  合计：50万元\n"), "\(result)")
    #expect(result.stdout.hasSuffix("\n"))
  }

  /// `--plain --profile FILE` starts from the profile's answers: Enter alone keeps each.
  @Test func aProfileIsTheStartingAnswers() throws {
    let profile = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path
    let result = try runPolicyWizard(
      ["--plain", "--profile", profile] + Self.asOf, stdin: String(repeating: "\n", count: 60),
      environment: Self.chinese)
    #expect(result.status == 0, "\(result)")
    let report = try #require(result.stdout.range(of: "全部问题已回答。"), "\(result)")
    let evaluated = try runPolicyWizard(
      ["evaluate", profile, "--format", "text"] + Self.asOf, environment: Self.chinese)
    let totalLine = try #require(
      evaluated.stdout.split(separator: "\n").first { $0.hasPrefix("  合计：") }, "\(evaluated)")
    #expect(result.stdout[report.upperBound...].contains(totalLine), "\(result)")
  }

  @Test func notWithTheKiosk() throws {
    let result = try runPolicyWizard(["--plain", "--kiosk"])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("--plain cannot be combined with --kiosk"), "\(result)")
  }

  @Test func aWrongDayIsAUsageError() throws {
    let result = try runPolicyWizard(["--plain", "--as-of", "2026-13-01"])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("--as-of '2026-13-01' is not a date"), "\(result)")
  }
}
