import DefaultCatalog
import Foundation
import PolicyEngine
import Reports
import ScreenKit
import Testing
import WizardCore

/// One profile through every output — the wizard's panel and summary, the three report
/// formats, `evaluate --format text` and `--format json`, `compare` — and the same certainty
/// lines in each: 合计, 确定, 征求意见稿, 最高, 取其高, 可能 (one wording, `Explainer.totalsText`).
@Suite struct CertaintyWordsTests {
  /// The Hohhot university with a station set up by an academician, and a question left open:
  /// draft, 最高 and 可能 lines and a 取其高 badge at once (its only fixed sum is a draft's).
  static let profileJSON = """
    {
      "city": "hohhot", "applicant": "university", "asOf": "2026-06-01",
      "academicianOfTwoAcademies": true,
      "platforms": [
        { "type": "keyLab", "level": "region", "new": true },
        { "type": "academicianWorkstation", "level": "city", "new": true }
      ],
      "techContracts": [ { "amount": 5000000, "direction": "sell" } ],
      "instrumentSharing": { "rating": "excellent", "serviceIncome": 1000000 },
      "awards": [ { "level": "region", "prize": 200000, "firstUnit": true } ],
      "projectInvestment": 100000000,
      "unknown": ["matchingFundProjects"]
    }
    """

  /// The Ordos sample: 确定, 最高 and 择优／一定条件.
  static let ordosJSON: String = {
    let url = RepositoryFiles.url("Data/samples/2-ordos-new-materials.json")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? "{}"
    return text.replacingOccurrences(
      of: "{", with: #"{"asOf": "2026-06-01", "#, range: text.range(of: "{"))
  }()

  static let profiles: [(json: String, labels: [String], badges: [String])] = [
    (
      // No 取其高 line: the station's pair rests on the draft's floor, so it is totalled as
      // 征求意见稿 (issue 15); the in-force member still carries ［取其高］.
      profileJSON, ["合计：", "征求意见稿：", "最高：", "可能：", "　取决于："],
      ["［取其高］", "［征求意见稿］", "取其高，以主管部门核定为准"]
    ),
    (ordosJSON, ["合计：", "确定：", "最高：", "择优／一定条件："], ["［确定］", "［最高］", "［择优／一定条件］"]),
  ]

  @Test(arguments: profiles.indices)
  func everyOutputUsesTheSameLines(_ index: Int) throws {
    let (json, labels, badges) = Self.profiles[index]
    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(json)
    let day = CalendarDay(year: 2026, month: 6, day: 1)
    let result = Evaluator(catalog: catalog).evaluate(profile, today: day)
    let explainer = Explainer(catalog: catalog)
    let lines = explainer.totalsText(result)
    // The profile shows the categories this test is about.
    for label in labels {
      #expect(lines.contains { $0.hasPrefix(label) }, "\(label) in \(lines)")
    }

    var outputs: [(name: String, text: String)] = []
    let wizard = WizardState(
      catalog: catalog, profile: profile, size: Size(width: 120, height: 40), today: day,
      mode: .helpDesk)
    outputs.append(("panel", wizard.render().screen.lines().joined(separator: "\n")))
    // The summary: F2 lists every question, the last row (past the questions) is the result.
    var summary = wizard
    _ = summary.update(.keyPressed(.function(2)))
    for _ in 0..<6 { _ = summary.update(.keyPressed(.pageDown)) }
    _ = summary.update(.keyPressed(.enter))
    #expect(summary.currentFact == nil, "the summary screen")
    outputs.append(("summary", summary.render().screen.lines().joined(separator: "\n")))
    let report = EnterpriseReport(catalog: catalog, profile: profile, result: result)
    for format in ReportFormat.allCases {
      outputs.append((format.rawValue, format.render(report)))
    }
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("profile.json", json)
    let text = try runPolicyWizard(["evaluate", path, "--format", "text"])
    try #require(text.status == 0, "\(text)")
    outputs.append(("evaluate --format text", text.stdout))
    let compare = try runPolicyWizard(["compare", path])
    try #require(compare.status == 0, "\(compare)")
    let city = try #require(catalog.fact(named: "city"))
    guard case .choice(let cityIndex)? = profile[city.id], case .enumeration(let cities) = city.type
    else {
      Issue.record("the profile names no city")
      return
    }
    let block = compare.stdout.components(separatedBy: "\n\n").first {
      $0.hasPrefix(cities.label(cityIndex))
    }
    outputs.append(("compare", block ?? ""))
    let jsonOutput = try runPolicyWizard(["evaluate", path, "--format", "json"])
    let totals = try #require(try JSONOutput.object(jsonOutput.stdout)["totals"] as? [String: Any])
    let jsonLines = JSONOutput.objects(totals["lines"]).compactMap { line -> String? in
      guard let label = line["label"] as? String, let value = line["value"] as? String else {
        return nil
      }
      return "\(label)：\(value)"
    }
    #expect(jsonLines == lines, "evaluate --format json")

    for (name, output) in outputs {
      for line in lines {
        // The panel is narrow: the questions a possible sum hinges on may be cut there.
        let expected = name == "panel" && line.hasPrefix("　取决于") ? "　取决于：" : line
        #expect(output.contains(expected), "\(name) lacks “\(expected)”:\n\(output)")
      }
    }
    // Each benefit carries its category in the same words.
    for name in ["txt", "md", "html", "evaluate --format text"] {
      let output = try #require(outputs.first { $0.name == name }?.text)
      for badge in badges { #expect(output.contains(badge), "\(name) lacks \(badge)") }
    }
  }
}
