import Foundation
import Testing

/// Issue 15, defect 7: a profile that does not say who applies is refused through the built
/// binary — one message naming `applicant` and the catalog's applicant types, exit 65 — and
/// in `batch` it is one bad row among good ones; listed `unknown`, the applicant-bound sums are
/// possible, never 确定.
@Suite struct MissingApplicantCommandTests {
  /// A new 全国重点实验室 in Ordos: 鄂尔多斯（二）pays 1000万 once, to any applicant but a person.
  static let withoutApplicant =
    #"{"city": "ordos", "platforms": [{"type": "keyLab", "level": "national", "new": true}], "asOf": "2026-06-01"}"#
  static let allowed = "enterprise, university, institute, serviceAgency, park, individual"

  static func with(_ extra: String) -> String {
    String(withoutApplicant.dropLast()) + ", " + extra + "}"
  }

  @Test(arguments: [
    (["--lang", "en"], "Error: "), (["--lang", "zh"], "错误："),
  ])
  func evaluateRefusesAProfileWithoutApplicant(_ options: [String], _ prefix: String) throws {
    for profile in [Self.withoutApplicant, Self.with(#""applicant": null"#)] {
      let result = try runPolicyWizard(["evaluate", "-"] + options, stdin: profile)
      #expect(result.status == 65, "EX_DATAERR: \(result)")
      #expect(result.stdout.isEmpty, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.hasPrefix(prefix), "\(result)")
      #expect(result.stderr.contains("applicant"), "\(result)")
      #expect(result.stderr.contains(Self.allowed), "\(result)")
      expectNoCrash(result)
    }
  }

  @Test func compareAndTheWizardRefuseItToo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("p.json", Self.withoutApplicant)
    for arguments in [["compare", path], ["report", path, "-o", directory.url.path + "/r.txt"]] {
      let result = try runPolicyWizard(arguments)
      expectOneClearError(result)
      #expect(result.status == 65, "\(arguments): \(result)")
      #expect(result.stderr.contains("'applicant'"), "\(result)")
    }
    // The wizard reads its --profile before it opens the terminal.
    let wizard = try runPolicyWizard(["--profile", path], environment: ["TERM": "xterm"])
    #expect(wizard.status == 65, "\(wizard)")
    #expect(wizard.stderr.contains("'applicant'"), "\(wizard)")
  }

  @Test func listedUnknownTheKeyLabIsPossibleNotCertain() throws {
    let named = try runPolicyWizard(
      ["evaluate", "-", "--format", "json"], stdin: Self.with(#""applicant": "enterprise""#))
    #expect(named.status == 0, "\(named)")
    let open = try runPolicyWizard(
      ["evaluate", "-", "--format", "json"], stdin: Self.with(#""unknown": ["applicant"]"#))
    #expect(open.status == 0, "\(open)")
    func keyLab(_ list: Any?) -> [String: Any]? {
      JSONOutput.objects(list).first {
        $0["policy"] as? String == "ordos-2024" && $0["benefit"] as? String == "key-lab-national"
      }
    }
    let certain = try JSONOutput.object(named.stdout)
    #expect(keyLab(certain["matches"]) != nil, "\(named.stdout)")
    let result = try JSONOutput.object(open.stdout)
    #expect(keyLab(result["matches"]) == nil, "\(open.stdout)")
    let possible = try #require(keyLab(result["possible"]), "\(open.stdout)")
    #expect("\(possible)".contains("applicant"), "\(possible)")
  }

  @Test func batchReportsTheRowAsABadRowAndGoesOn() throws {
    let rows = [
      Self.with(#""applicant": "enterprise""#), Self.withoutApplicant,
      Self.with(#""unknown": ["applicant"]"#),
    ]
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("list.jsonl", rows.joined(separator: "\n") + "\n")
    let run = try runPolicyWizard(["batch", path])
    #expect(run.status == 1, "a bad row: \(run)")
    #expect(run.stderr.contains("row 2 (line 2): field 'applicant'"), "\(run)")
    #expect(run.stderr.contains(Self.allowed), "\(run)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(run)")
    #expect(try JSONOutput.object(lines[0])["result"] is [String: Any])
    let bad = try JSONOutput.object(lines[1])
    #expect((bad["error"] as? String)?.contains("applicant") == true, "\(bad)")
    #expect(bad["result"] == nil || JSONOutput.isNull(bad["result"]), "\(bad)")
    #expect(try JSONOutput.object(lines[2])["result"] is [String: Any])

    // CSV alike: an empty applicant cell is no applicant.
    let csv = try directory.write(
      "list.csv", "city,applicant\nordos,enterprise\nordos,\nordos,university\n")
    let fromCSV = try runPolicyWizard(["batch", csv])
    #expect(fromCSV.status == 1, "\(fromCSV)")
    #expect(fromCSV.stderr.contains("row 2 (line 3): field 'applicant'"), "\(fromCSV)")
  }

  /// A worked case without applicant fails like any case whose profile is refused, naming the
  /// field.
  @Test func aWorkedCaseWithoutApplicantFailsNamingTheField() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let cases = try directory.write(
      "cases.yaml",
      """
      cases:
        - name: 鄂尔多斯 a key lab for nobody named
          profile: { city: ordos, highTech: new, asOf: 2026-06-01 }
          absent: []
      """)
    let result = try runPolicyWizard(["test", cases])
    #expect(result.status == 1, "\(result)")
    #expect(result.stdout.contains("field 'applicant'"), "\(result)")
  }

  /// `schema --format json-schema` says it, as the decoder does.
  @Test func theProfileSchemaMarksApplicantRequired() throws {
    let result = try runPolicyWizard(["schema", "--format", "json-schema"])
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.contains("city and applicant are required"), "\(result.stdout.prefix(400))")
    let text = try runPolicyWizard(["schema"])
    #expect(text.stdout.contains("`city` and `applicant` are required"), "\(text)")
  }
}
