import Foundation
import Testing

/// `policy-wizard batch`: the summary is the sum of single `evaluate` runs, CSV and JSON Lines
/// read the same enterprises alike, bad rows are reported and counted, and `--compare-data`
/// reports what a draft change of the catalog does.
@Suite struct BatchCommandTests {
  /// The five samples and a few more, as JSON objects.
  static var profiles: [[String: Any]] {
    var profiles: [[String: Any]] = []
    for name in [
      "1-hohhot-dairy-tech", "2-ordos-new-materials", "3-hulunbuir-agriculture",
      "4-baotou-region-only", "5-hohhot-university",
    ] {
      let data = (try? Data(contentsOf: RepositoryFiles.url("Data/samples/\(name).json"))) ?? Data()
      if let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] {
        profiles.append(object)
      }
    }
    profiles.append([
      "city": "hulunbuir", "applicant": "enterprise", "highTech": "new", "rdSuperDeductionYears": 2,
      "rd": ["lastYear": 28_000_000, "yearBefore": 20_000_000],
    ])
    profiles.append([
      "city": "ordos", "applicant": "enterprise", "enterpriseName": "逗号, \"引号\" 公司",
      "platforms": [["type": "enterpriseTechCenter", "level": "national", "new": true]],
      "unknown": ["highTech"],
    ])
    return profiles.map { profile in
      var profile = profile
      profile["asOf"] = "2026-06-01"
      return profile
    }
  }

  static func json(_ value: Any) -> String {
    let data = try? JSONSerialization.data(
      withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  /// A number, flag or text as a CSV cell holds it: JSON's spelling without quotes.
  static func scalar(_ value: Any) -> String {
    if let text = value as? String { return text }
    return String(json([value]).dropFirst().dropLast())
  }

  static var jsonLines: String { profiles.map(json).joined(separator: "\n") + "\n" }

  static func cell(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The same profiles as CSV: records as dotted columns, lists as JSON arrays in the cell.
  static var csv: String {
    var columns: [String] = []
    var rows: [[String: String]] = []
    for profile in profiles {
      var row: [String: String] = [:]
      for (key, value) in profile {
        if let record = value as? [String: Any] {
          for (field, inner) in record { row["\(key).\(field)"] = scalar(inner) }
        } else if key == "unknown", let names = value as? [String] {
          row[key] = names.joined(separator: ";")
        } else if value is [Any] {
          row[key] = json(value)
        } else {
          row[key] = scalar(value)
        }
      }
      for key in row.keys.sorted() where !columns.contains(key) { columns.append(key) }
      rows.append(row)
    }
    var lines = [columns.map(cell).joined(separator: ",")]
    for row in rows { lines.append(columns.map { cell(row[$0] ?? "") }.joined(separator: ",")) }
    return lines.joined(separator: "\n") + "\n"
  }

  func batch(_ input: String, name: String, _ options: [String] = []) throws -> (
    result: CommandResult, summary: [String: Any]?
  ) {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(name, input)
    let summaryPath = directory.url.appendingPathComponent("summary.json").path
    let result = try runPolicyWizard(["batch", path, "--summary", summaryPath] + options)
    let summary = (try? Data(contentsOf: URL(fileURLWithPath: summaryPath))).flatMap {
      try? JSONOutput.object(String(decoding: $0, as: UTF8.self))
    }
    return (result, summary)
  }

  /// What single `evaluate` runs add up to: the totals and, per article, the enterprises paid
  /// and the sums of their payments.
  struct Expected {
    var min: Decimal = 0
    var max: Decimal? = 0
    var byCertainty: [String: (min: Decimal, max: Decimal?)] = [:]
    var articles: [String: (enterprises: Int, min: Decimal, max: Decimal?)] = [:]
  }

  static func add(_ a: Decimal?, _ b: Decimal?) -> Decimal? { a.flatMap { x in b.map { x + $0 } } }

  func expected(_ data: [String]) throws -> Expected {
    var expected = Expected()
    for profile in Self.profiles {
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let path = try directory.write("p.json", Self.json(profile))
      let run = try runPolicyWizard(["evaluate", path, "--format", "json"] + data)
      try #require(run.status == 0, "\(run)")
      let report = try JSONOutput.object(run.stdout)
      let totals = try #require(report["totals"] as? [String: Any])
      expected.min += try #require(JSONOutput.number(totals["min"]))
      expected.max = Self.add(expected.max, JSONOutput.number(totals["max"]))
      for (key, value) in totals["byCertainty"] as? [String: [String: Any]] ?? [:] {
        let old = expected.byCertainty[key] ?? (0, 0)
        expected.byCertainty[key] = (
          old.min + (JSONOutput.number(value["min"]) ?? 0),
          Self.add(old.max, JSONOutput.number(value["max"]))
        )
      }
      var counted: Set<String> = []
      for match in JSONOutput.objects(report["matches"]) {
        guard JSONOutput.isNull(match["stackedOut"]),
          let amount = match["amount"] as? [String: Any]
        else { continue }
        let key = "\(match["policy"]!)/\(match["article"]!)"
        // Over the whole term: per year for the stated years (none of these profiles has a
        // benefit whose years are only a ceiling).
        let years = Decimal((amount["years"] as? Int) ?? 1)
        let min = try #require(JSONOutput.number(amount["min"])) * years
        let max = JSONOutput.number(amount["max"]).map { $0 * years }
        var article = expected.articles[key] ?? (0, 0, 0)
        if counted.insert(key).inserted { article.enterprises += 1 }
        article.min += min
        article.max = Self.add(article.max, max)
        expected.articles[key] = article
      }
    }
    return expected
  }

  func check(_ summary: [String: Any], against expected: Expected) throws {
    #expect(summary["enterprises"] as? Int == Self.profiles.count)
    #expect(summary["failed"] as? Int == 0)
    #expect(JSONOutput.number(summary["min"]) == expected.min)
    #expect(JSONOutput.number(summary["max"]) == expected.max)
    let byCertainty = summary["byCertainty"] as? [String: [String: Any]] ?? [:]
    #expect(Set(byCertainty.keys) == Set(expected.byCertainty.keys))
    for (key, range) in expected.byCertainty {
      #expect(JSONOutput.number(byCertainty[key]?["min"]) == range.min, "\(key)")
      #expect(JSONOutput.number(byCertainty[key]?["max"]) == range.max, "\(key)")
    }
    let articles = JSONOutput.objects(summary["articles"])
    #expect(Set(articles.compactMap { $0["article"] as? String }) == Set(expected.articles.keys))
    for article in articles {
      let key = try #require(article["article"] as? String)
      let want = try #require(expected.articles[key])
      #expect(article["enterprises"] as? Int == want.enterprises, "\(key)")
      #expect(JSONOutput.number(article["min"]) == want.min, "\(key)")
      #expect(JSONOutput.number(article["max"]) == want.max, "\(key)")
    }
    #expect(!expected.articles.isEmpty)
  }

  @Test func summaryIsTheSumOfSingleEvaluations() throws {
    let expected = try expected([])
    let jsonl = try batch(Self.jsonLines, name: "enterprises.jsonl")
    #expect(jsonl.result.status == 0, "\(jsonl.result)")
    try check(try #require(jsonl.summary), against: expected)
    let csv = try batch(Self.csv, name: "enterprises.csv")
    #expect(csv.result.status == 0, "\(csv.result)")
    try check(try #require(csv.summary), against: expected)
    // One result per row, in order, whatever the number of workers.
    let lines = jsonl.result.stdout.split(separator: "\n")
    #expect(lines.count == Self.profiles.count)
    let rows = try lines.map { try JSONOutput.object(String($0))["row"] as? Int }
    #expect(rows == Array(1...Self.profiles.count))
    let oneWorker = try batch(Self.jsonLines, name: "enterprises.jsonl", ["--jobs", "1"])
    let threeWorkers = try batch(Self.jsonLines, name: "enterprises.jsonl", ["--jobs", "3"])
    #expect(oneWorker.result.stdout == jsonl.result.stdout)
    #expect(threeWorkers.result.stdout == jsonl.result.stdout)
    #expect(!jsonl.result.stderr.contains("\u{1B}["), "no progress bar when not a terminal")
  }

  @Test func csvOutputHasTotalsPerCertaintyAndAColumnPerBenefit() throws {
    let run = try batch(Self.csv, name: "enterprises.csv", ["--format", "csv"])
    #expect(run.result.status == 0, "\(run.result)")
    let lines = run.result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == Self.profiles.count + 1)
    let header = lines[0].split(separator: ",").map(String.init)
    #expect(
      Array(header.prefix(7)) == ["row", "line", "enterpriseName", "city", "error", "min", "max"])
    #expect(header.contains("certainMin") && header.contains("chooseHigherMax"))
    #expect(header.contains("hulunbuir-draft/1/high-tech-first"))
    // The Hulunbuir row: 50万 for the first recognition, in the draft, worded as the result
    // words it.
    let column = try #require(header.firstIndex(of: "hulunbuir-draft/1/high-tech-first"))
    let hulunbuir = lines[6].split(separator: ",", omittingEmptySubsequences: false).map(
      String.init)
    #expect(hulunbuir[column] == "征求意见稿：50万元")
    #expect(lines[7].contains("\"逗号, \"\"引号\"\" 公司\""))
  }

  @Test func aBadRowIsReportedAndTheRunGoesOn() throws {
    let input = """
      city,applicant,highTech,rd.lastYear
      hohhot,enterprise,new,1000
      ordos,enterprise,sometimes,2000
      hulunbuir,enterprise,,lots
      baotou,enterprise,held,
      """
    let run = try batch(input, name: "bad.csv")
    #expect(run.result.status == 1, "\(run.result)")
    #expect(run.result.stderr.contains("row 2 (line 3): field 'highTech'"), "\(run.result)")
    #expect(run.result.stderr.contains("row 3 (line 4): field 'rd.lastYear'"), "\(run.result)")
    let lines = run.result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(try JSONOutput.object(lines[1])["error"] is String)
    let result = try JSONOutput.object(lines[3])["result"] as? [String: Any]
    #expect(result?["totals"] is [String: Any])
    #expect(run.summary?["failed"] as? Int == 2)
    #expect(run.summary?["enterprises"] as? Int == 2)

    let strict = try batch(input, name: "bad.csv", ["--strict"])
    #expect(strict.result.status == 1)
    #expect(strict.result.stdout.split(separator: "\n").count == 2)
    #expect(strict.result.stderr.contains("--strict"))
  }

  @Test func anUnknownColumnStopsBeforeAnyRow() throws {
    let run = try batch("city,colour\nhohhot,red\n", name: "bad.csv")
    expectOneClearError(run.result)
    #expect(run.result.stderr.contains("'colour'"))
  }

  /// A policy officer's draft: the Hulunbuir first high-tech award raised from 50万 to 100万.
  @Test func compareDataReportsTheDifference() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let draft = directory.url.appendingPathComponent("catalog")
    try FileManager.default.copyItem(at: RepositoryFiles.url("Data/catalog"), to: draft)
    let file = draft.appendingPathComponent("hulunbuir-draft.yaml")
    var text = try String(contentsOf: file, encoding: .utf8)
    let clause = "对首次获批的国家高新技术企业给予50万元经费支持"
    try #require(text.contains(clause))
    text = text.replacingOccurrences(of: clause, with: "对首次获批的国家高新技术企业给予100万元经费支持")
    let block = "      - id: high-tech-first\n"
    let start = try #require(text.range(of: block))
    let amount = try #require(
      text.range(of: "amount: { fixed: 50万 }", range: start.upperBound..<text.endIndex))
    text.replaceSubrange(amount, with: "amount: { fixed: 100万 }")
    try Data(text.utf8).write(to: file)

    let run = try batch(Self.jsonLines, name: "e.jsonl", ["--compare-data", draft.path])
    #expect(run.result.status == 0, "\(run.result)")
    let base = try expected([])
    let changed = try expected(["--data", draft.path])
    let difference = try #require(run.summary?["difference"] as? [String: Any])
    #expect(JSONOutput.number(difference["min"]) == changed.min - base.min)
    // The two Hulunbuir enterprises recognised for the first time (sample 3 and row 6).
    #expect(JSONOutput.number(difference["min"]) == 1_000_000)
    #expect(difference["changed"] as? Int == 2)
    try check(try #require(run.summary?["compared"] as? [String: Any]), against: changed)
    #expect(run.result.stderr.contains("hulunbuir-draft/1"))
    let lines = run.result.stdout.split(separator: "\n").map(String.init)
    let hulunbuir = try JSONOutput.object(lines[5])
    let rowDifference = try #require(hulunbuir["difference"] as? [String: Any])
    #expect(JSONOutput.number(rowDifference["min"]) == 500_000)
  }
}
