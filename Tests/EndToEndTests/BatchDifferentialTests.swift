import DefaultCatalog
import Foundation
import PolicyEngine
import TestSupport
import Testing

@testable import policy_wizard

/// `batch` is a rendering of `evaluate`'s result: for every worked case of `Data/cases` and a
/// few hundred random profiles (seeded), each row's `result` equals `evaluate --format json`
/// for the same profile field by field — every benefit, every total, every word.
@Suite struct BatchDifferentialTests {
  static let catalog = DefaultCatalog.catalog

  /// The profiles of every worked case, as `ProfileEncoder` writes them.
  static func workedCaseProfiles() throws -> [String] {
    let directory = RepositoryFiles.url("Data/cases")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.hasSuffix(".yaml")
    }.sorted()
    let decoder = ProfileDecoder(catalog: catalog)
    let encoder = ProfileEncoder(catalog: catalog)
    var profiles: [String] = []
    for file in files {
      let text = try String(
        contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      let cases = try WorkedCases.cases(in: text, file: file).get()
      for workedCase in cases {
        let node = try #require(workedCase.node["profile"], "\(file): \(workedCase.name)")
        profiles.append(encoder.json(try decoder.decode(node), pretty: false))
      }
    }
    return profiles
  }

  /// A profile drawn from `seed` as a profile file can say it (`RandomProfiles.profile`,
  /// the generator of the engine's property tests), judged on 2026-06-01.
  static func randomProfile(seed: UInt64) -> String {
    var profile = RandomProfiles.profile(
      seed: seed, catalog: catalog, interesting: interesting, asFile: true)
    profile.asOf = CalendarDay(year: 2026, month: 6, day: 1)
    return ProfileEncoder(catalog: catalog).json(profile, pretty: false)
  }

  static let interesting = RandomProfiles.interesting(in: catalog)

  /// The first place where two JSON values differ, as a path, or nil when they are equal.
  static func difference(_ a: Any?, _ b: Any?, at path: String = "") -> String? {
    switch (a, b) {
    case (let x as [String: Any], let y as [String: Any]):
      for key in Set(x.keys).union(y.keys).sorted() {
        guard x[key] != nil, y[key] != nil else { return "\(path).\(key): present in one only" }
        if let found = difference(x[key], y[key], at: "\(path).\(key)") { return found }
      }
      return nil
    case (let x as [Any], let y as [Any]):
      guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) elements" }
      for (index, pair) in zip(x, y).enumerated() {
        if let found = difference(pair.0, pair.1, at: "\(path)[\(index)]") { return found }
      }
      return nil
    case (let x as String, let y as String):
      return x == y ? nil : "\(path): \(x) vs \(y)"
    case (is NSNull, is NSNull):
      return nil
    case (let x as NSNumber, let y as NSNumber):
      return x.decimalValue == y.decimalValue ? nil : "\(path): \(x) vs \(y)"
    default:
      return "\(path): \(String(describing: a)) vs \(String(describing: b))"
    }
  }

  /// `evaluate --format json`'s text for a profile, by the function `evaluate` prints with;
  /// nil when `evaluate` refuses the profile.
  static func evaluateJSON(_ profile: String) -> String? {
    guard let decoded = try? ProfileDecoder(catalog: catalog).decode(profile, file: "p.json")
    else { return nil }
    return EvaluateCommand.evaluate(
      decoded, catalog: catalog, format: .json, language: .chinese)
  }

  /// Runs `batch` (of `binary`, else the debug build) over the profiles as JSON Lines and checks
  /// every row against `evaluate`.
  static func expectBatchEqualsEvaluate(_ profiles: [String], binary: URL? = nil) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("profiles.jsonl", profiles.joined(separator: "\n") + "\n")
    let run = try runPolicyWizard(["batch", path, "--jobs", "2"], binary: binary)
    expectNoCrash(run)
    let rows = run.stdout.split(separator: "\n").map(String.init)
    try #require(rows.count == profiles.count, "\(run)")
    var compared = 0
    var refusals: [String] = []
    for (profile, line) in zip(profiles, rows) {
      let row = try JSONOutput.object(line)
      guard let expected = evaluateJSON(profile) else {
        #expect(row["error"] is String, "evaluate refuses \(profile); batch must too")
        refusals.append("\(row["error"] ?? "")")
        continue
      }
      let result = try #require(row["result"], "no result for \(profile): \(line)")
      let found = difference(result, try JSONOutput.object(expected))
      #expect(found == nil, "\(found ?? "") for \(profile)")
      compared += 1
    }
    try expectCSVRendersEvaluate(profiles, path: path, binary: binary)
    #expect(
      compared > profiles.count / 2,
      "most profiles are compared, not refused: \(refusals.prefix(3))")
  }

  /// The CSV's cells are the same result: the totals as the numbers of `totals`, each
  /// certainty's range, the total lines with their words, and each benefit's certainty word
  /// and amount as `evaluate` words them.
  static func expectCSVRendersEvaluate(_ profiles: [String], path: String, binary: URL? = nil)
    throws
  {
    let run = try runPolicyWizard(
      ["batch", path, "--jobs", "2", "--format", "csv"], binary: binary)
    expectNoCrash(run)
    var parser = CSVRecordParser()
    let records = run.stdout.split(separator: "\n").enumerated().compactMap {
      parser.feed(Array($0.element.utf8), number: $0.offset + 1)
    }
    try #require(records.count == profiles.count + 1, "\(run)")
    let header = records[0]
    func number(_ value: Any?) -> String {
      guard !(value is NSNull), let value = value as? NSNumber else { return "open" }
      return "\(value.doubleValue)"
    }
    for (profile, record) in zip(profiles, records.dropFirst()) {
      guard let text = evaluateJSON(profile) else { continue }
      let result = try JSONOutput.object(text)
      var expected: [String: String] = [:]
      let totals = try #require(result["totals"] as? [String: Any])
      expected["min"] = number(totals["min"])
      expected["max"] = number(totals["max"])
      let byCertainty = totals["byCertainty"] as? [String: [String: Any]] ?? [:]
      for certainty in Certainty.allCases {
        let range = byCertainty[certainty.rawValue]
        expected["\(certainty.rawValue)Min"] = range.map { number($0["min"]) } ?? ""
        expected["\(certainty.rawValue)Max"] = range.map { number($0["max"]) } ?? ""
      }
      expected["totals"] = JSONOutput.objects(totals["lines"]).map {
        "\($0["label"] as? String ?? "")：\($0["value"] as? String ?? "")"
      }.joined(separator: "; ")
      for entry in JSONOutput.objects(result["matches"]) + JSONOutput.objects(result["possible"])
      where JSONOutput.isNull(entry["stackedOut"]) {
        guard let amountText = entry["amountText"] as? String else { continue }
        let column = "\(entry["policy"]!)/\(entry["article"]!)/\(entry["benefit"]!)"
        guard header.contains(column) else { continue }
        let cell = (entry["certaintyText"] as? String).map { "\($0)：\(amountText)" } ?? amountText
        expected[column] = expected[column].map { $0 + "; " + cell } ?? cell
      }
      for (index, column) in header.enumerated() where index >= 5 {
        let found = index < record.count ? record[index] : ""
        let want = expected[column] ?? ""
        // A sum is compared as a number (the CSV writes JSON's spelling of it); as a Double,
        // because JSONSerialization reads fen into one (the JSON Lines comparison above reads
        // both sides the same way).
        if let a = Double(found), let b = Double(want) {
          #expect(a == b, "\(column) for \(profile)")
        } else {
          #expect(found == want, "\(column) for \(profile)")
        }
      }
    }
  }

  @Test func everyWorkedCaseGivesEvaluatesResult() throws {
    let profiles = try Self.workedCaseProfiles()
    #expect(profiles.count > 100)
    try Self.expectBatchEqualsEvaluate(profiles)
  }

  @Test func threeHundredRandomProfilesGiveEvaluatesResult() throws {
    try Self.expectBatchEqualsEvaluate((0..<300).map { Self.randomProfile(seed: UInt64($0)) })
  }

  /// The in-process `evaluate` the comparisons use is the binary's: the same bytes.
  @Test func inProcessEvaluateIsTheBinarys() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for profile in try Self.workedCaseProfiles().prefix(5) {
      let path = try directory.write("p.json", profile)
      let run = try runPolicyWizard(["evaluate", path, "--format", "json"])
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == Self.evaluateJSON(profile))
    }
  }

  /// Issue 15 defect 2: Hohhot 2024 第2条 (连续3年每年给予不低于500万元) is 500万 a year for
  /// 3 years, not 1500万 "per year"; Ordos （一） is 5亿 a year (for 5 years), not 25亿 a year.
  @Test func yearlyBenefitsKeepTheirYearlySumAndYears() throws {
    let profiles = [
      #"{"city":"hohhot","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true}],"asOf":"2025-06-01"}"#,
      #"{"city":"ordos","applicant":"institute","platforms":[{"type":"innerMongoliaLab","level":"region","new":false}],"asOf":"2025-06-01"}"#,
    ]
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("p.jsonl", profiles.joined(separator: "\n"))
    let run = try runPolicyWizard(["batch", path])
    let rows = try run.stdout.split(separator: "\n").map { try JSONOutput.object(String($0)) }
    try #require(rows.count == 2, "\(run)")
    func amount(_ row: [String: Any], _ policy: String, _ article: Int, _ benefit: String)
      -> [String: Any]?
    {
      let result = row["result"] as? [String: Any]
      return JSONOutput.objects(result?["matches"]).first {
        $0["policy"] as? String == policy && $0["article"] as? Int == article
          && $0["benefit"] as? String == benefit
      }?["amount"] as? [String: Any]
    }
    let hohhot = try #require(
      amount(rows[0], "hohhot-2024-draft", 2, "national-platform"), "\(rows[0])")
    #expect(JSONOutput.number(hohhot["min"]) == 5_000_000)
    #expect(hohhot["per"] as? String == "year")
    #expect(hohhot["years"] as? Int == 3)
    let ordos = try #require(amount(rows[1], "ordos-2024", 1, "inner-mongolia-lab"), "\(rows[1])")
    #expect(JSONOutput.number(ordos["min"]) == 500_000_000)
    #expect(ordos["per"] as? String == "year")
    #expect(ordos["years"] as? Int == 5)
  }
}
