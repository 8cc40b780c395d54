import Foundation
import Testing

/// Issue 10, items 7, 19 and 20 end to end: hostile or unusual profiles get one message naming
/// the field (or are accepted, when they are valid JSON), never a crash or a libyaml internal.
@Suite struct HostileProfileTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var profile: String
    var mentions: [String]
    var testDescription: String { name }
  }

  static let refused: [Case] = [
    Case(
      name: "billion laughs", file: "p.yaml",
      profile: "city: hohhot\na: &a [x, x, x]\nb: [*a, *a, *a]\n",
      mentions: ["line 2", "a: anchors (&a) and aliases are not allowed"]),
    Case(
      name: "key over 1024 characters", file: "p.yaml",
      profile: "city: hohhot\n" + String(repeating: "k", count: 1100) + ": 1\n",
      mentions: ["line 2", "1024 characters"]),
    Case(
      name: "nesting over 1000 levels", file: "p.json",
      profile: #"{"city": "hohhot", "applicant": "enterprise", "rd": "#
        + String(repeating: "[", count: 1200)
        + String(repeating: "]", count: 1200) + "}",
      mentions: ["rd[0]", "at most 64 levels"]),
    Case(
      name: "a list of lists under unknown", file: "p.json",
      profile: #"{"city": "hohhot", "applicant": "enterprise", "unknown": [["x"]]}"#,
      mentions: ["'unknown[0]'", "must be a field name"]),
    Case(
      name: "a complex key", file: "p.yaml", profile: "city: hohhot\n? [a, b]\n: 1\n",
      mentions: ["line 2", "a key must be plain text"]),
    Case(
      name: "a duplicate key", file: "p.yaml", profile: "city: hohhot\ncity: ordos\n",
      mentions: ["line 2", "city: the key appears twice", "first at line 1"]),
    Case(
      name: "a comma that is not a thousands separator", file: "p.json",
      profile: #"{"city": "ordos", "applicant": "enterprise", "rd": {"lastYear": "1,5亿"}}"#,
      mentions: ["'rd.lastYear'", "a comma separates thousands only"]),
    Case(
      name: "too many awards", file: "p.json",
      profile: #"{"city": "hohhot", "applicant": "enterprise", "awards": ["#
        + Array(repeating: #"{"prize": 1000000000000}"#, count: 1001).joined(separator: ",")
        + "]}",
      mentions: ["'awards'", "at most 1000"]),
  ]

  @Test(arguments: refused)
  func refusedWithOneMessageNamingTheField(_ bad: Case) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try runPolicyWizard(["evaluate", try directory.write(bad.file, bad.profile)])
    expectOneClearError(result)
    expectNoCrash(result)
    for mention in bad.mentions {
      #expect(result.stderr.contains(mention), "should mention \(mention)\n\(result)")
    }
    #expect(!result.stderr.contains("yaml_set_max_nest_level"), "\(result)")
  }

  @Test func whatPythonsJSONDumpsWritesIsAccepted() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = try directory.write(
      "p.json",
      #"{"city": "hohhot", "applicant": "enterprise", "enterpriseName": "\ud83d\ude00 \u4e73\u4e1a\u0085"}"#
    )
    let result = try runPolicyWizard(["evaluate", profile, "--format", "json"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    #expect(result.stdout.contains("matches"), "\(result)")
  }
}

extension HostileProfileTests {
  @Test func aProfileThatIsNotUTF8IsPlacedAtItsFirstBadByte() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.url.appendingPathComponent("p.yaml")
    try Data(Array("city: hohhot\nenterpriseName: 乳".utf8) + [0xFF, 0x0A]).write(to: path)
    let result = try runPolicyWizard(["evaluate", path.path])
    expectOneClearError(result)
    #expect(result.stderr.contains("line 2, column 18"), "\(result)")
    #expect(result.stderr.contains("not valid UTF-8"), "\(result)")
  }
}

extension HostileProfileTests {
  /// The configuration is read by the same reader: an alias there is refused before the
  /// terminal starts, with the file, line and column.
  @Test func anAliasInTheConfigurationIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "kiosk: &k\n  idleSeconds: 30\ndemo: *k\n")
    let result = try runPolicyWizard(["--config", config], stdin: "")
    expectOneClearError(result)
    expectNoCrash(result)
    #expect(result.stderr.contains("\(config):1:8:"), "\(result)")
    #expect(result.stderr.contains("aliases are not allowed"), "\(result)")
  }
}
