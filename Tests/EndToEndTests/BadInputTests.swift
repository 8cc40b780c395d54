import Foundation
import Testing

/// A wrong profile or option ends the run with one message that says what is wrong and what is
/// allowed, never with a crash.
@Suite struct BadInputTests {
  struct BadProfile: Sendable, CustomTestStringConvertible {
    var name: String
    var profile: String
    var options: [String] = []
    /// Each must appear in the message: the field, the bad value, what is allowed.
    var mentions: [String]
    /// The sysexits status: 65 (EX_DATAERR) for a bad profile, 64 (EX_USAGE) for a bad option.
    var status: Int32 = 65
    var testDescription: String { name }
  }

  static let badProfiles: [BadProfile] = [
    BadProfile(
      name: "invalid JSON", profile: #"{"city": "hulunbuir","#,
      mentions: ["profile.json", "line", "not valid JSON", "ends before"]),
    BadProfile(
      name: "unknown city", profile: #"{"city": "beijing"}"#,
      mentions: ["'city'", "'beijing' is not allowed", "hohhot", "ordos", "hulunbuir", "alxa"]),
    BadProfile(
      name: "no city", profile: #"{"highTech": "new"}"#,
      mentions: ["'city'", "is required", "hohhot", "hulunbuir"]),
    BadProfile(
      name: "unknown platform type",
      profile:
        #"{"city": "ordos", "applicant": "enterprise", "platforms": [{"type": "spaceport", "level": "national"}]}"#,
      mentions: ["'platforms[0].type'", "'spaceport' is not allowed", "keyLab", "incubator"]),
    BadProfile(
      name: "unknown field",
      profile: #"{"city": "ordos", "applicant": "enterprise", "turnover": 5}"#,
      mentions: ["'turnover'", "is not a profile field", "highTech", "platforms"]),
    BadProfile(
      name: "negative amount",
      profile: #"{"city": "ordos", "applicant": "enterprise", "rd": {"lastYear": -5}}"#,
      mentions: ["'rd.lastYear'", "must not be negative", "0 or more", "-5"]),
    BadProfile(
      name: "non-numeric amount",
      profile: #"{"city": "ordos", "applicant": "enterprise", "rd": {"lastYear": "lots"}}"#,
      mentions: ["'rd.lastYear'", "must be a sum of money in yuan", "lots"]),
    BadProfile(
      name: "amount beyond any budget",
      profile:
        #"{"city": "hulunbuir", "applicant": "enterprise", "rdSuperDeductionYears": 2, "rd": {"lastYear": 1000000000000000}}"#,
      mentions: ["'rd.lastYear'", "at most 1000000000000", "1000000000000000"]),
    BadProfile(
      name: "count beyond reason",
      profile:
        #"{"city": "hohhot", "applicant": "enterprise", "applicationScenarios": 99999999999999}"#,
      mentions: ["'applicationScenarios'", "at most 1000000"]),
    BadProfile(
      name: "bad date in the profile",
      profile: #"{"city": "ordos", "applicant": "enterprise", "asOf": "2026-02-30"}"#,
      mentions: ["'asOf'", "YYYY-MM-DD", "2026-02-30"]),
    BadProfile(
      name: "bad date in --as-of", profile: #"{"city": "ordos", "applicant": "enterprise"}"#,
      options: ["--as-of", "2026/06/01"],
      mentions: ["--as-of", "'2026/06/01'", "YYYY-MM-DD"], status: 64),
    BadProfile(
      name: "a list where an object belongs", profile: "[1, 2]",
      mentions: ["profile.json", "must be a JSON object"]),
  ]

  @Test(arguments: badProfiles)
  func badProfileIsRefusedWithOneMessage(_ bad: BadProfile) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("profile.json", bad.profile)
    let result = try runPolicyWizard(["evaluate", path] + bad.options)
    expectOneClearError(result)
    #expect(result.status == bad.status, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    for mention in bad.mentions {
      #expect(result.stderr.contains(mention), "should mention \(mention)\n\(result)")
    }
  }

  @Test func badProfileOnStandardInputIsNamedAsSuch() throws {
    let result = try runPolicyWizard(["evaluate", "-"], stdin: #"{"city": "beijing"}"#)
    expectOneClearError(result)
    #expect(result.status == 65, "EX_DATAERR: \(result)")
    #expect(result.stderr.contains("standard input"), "\(result)")
  }

  @Test func emptyStandardInputSaysSo() throws {
    let result = try runPolicyWizard(["evaluate", "-"], stdin: "\n")
    expectOneClearError(result)
    #expect(result.status == 65, "EX_DATAERR: \(result)")
    #expect(result.stderr.contains("standard input is empty"), "\(result)")
  }

  @Test func directoryInsteadOfAProfile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try runPolicyWizard(["evaluate", directory.url.path])
    expectOneClearError(result)
    #expect(result.status == 66, "EX_NOINPUT: \(result)")
    #expect(result.stderr.contains("is a directory"), "\(result)")
  }

  @Test func missingProfileFile() throws {
    let result = try runPolicyWizard(["evaluate", "/nonexistent/profile.json"])
    expectOneClearError(result)
    #expect(result.status == 66, "EX_NOINPUT: \(result)")
    #expect(result.stderr.contains("/nonexistent/profile.json"), "\(result)")
  }
}
