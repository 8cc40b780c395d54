import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing

/// The English interface of the built binary: `--lang en` and an English locale switch the
/// text outputs to English with `CNY` amounts; JSON keeps its ids and yuan and changes only its
/// human-readable fields, and only with `--lang`. Chinese is left only where it is quoted from
/// the catalog or the law (the article texts, and catalog names not yet translated).
@Suite struct EnglishOutputTests {
  static let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path
  static let samples = (1...5).map { number in
    try? FileManager.default.contentsOfDirectory(
      atPath: RepositoryFiles.url("Data/samples").path
    ).first { $0.hasPrefix("\(number)-") && $0.hasSuffix(".json") }
  }.compactMap { $0.map { RepositoryFiles.url("Data/samples/\($0)").path } }

  @Test(arguments: samples)
  func evaluateTextInEnglish(sample: String) throws {
    let result = try runPolicyWizard(["evaluate", sample, "--format", "text", "--lang", "en"])
    try #require(result.status == 0, "\(result)")
    try Self.expectEnglish(result.stdout, profile: sample)
    #expect(result.stdout.contains("Total: CNY "), "\(result.stdout.prefix(800))")
  }

  /// The catalog's own names in English where it has them (`en:` blocks): the region's
  /// action plan is translated, so a region-only enterprise reads English names and citations.
  @Test func catalogNamesInEnglish() throws {
    let sample = RepositoryFiles.url("Data/samples/4-baotou-region-only.json").path
    let result = try runPolicyWizard(["evaluate", sample, "--lang", "en"])
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.contains("City: Baotou"), "\(result.stdout.prefix(600))")
    #expect(result.stdout.contains("Region 2026 Article 11"), "\(result.stdout.prefix(2000))")
    // Only the law's text (and the document's number) stays Chinese.
    var outside = result.stdout.filter { !$0.isWhitespace }
    for document in DefaultCatalog.catalog.documents {
      for article in document.articles {
        outside = outside.replacingOccurrences(
          of: article.text.filter { !$0.isWhitespace }, with: "")
      }
      if let number = document.number {
        outside = outside.replacingOccurrences(of: number, with: "")
      }
    }
    outside = outside.replacingOccurrences(of: "包头某稀土功能材料有限公司", with: "")
    #expect(!outside.containsHanIdeograph, "\(outside.prefix(400))")
  }

  @Test func anEnglishLocaleSwitchesTextOutput() throws {
    let english = try runPolicyWizard(
      ["evaluate", Self.sample, "--format", "text"], environment: ["LANG": "en_US.UTF-8"])
    try #require(english.status == 0, "\(english)")
    try Self.expectEnglish(english.stdout, profile: Self.sample)
    let explicit = try runPolicyWizard(["evaluate", Self.sample, "--lang", "en"])
    #expect(english.stdout == explicit.stdout)
    // LC_ALL comes first, and an explicit --lang wins over it.
    let overridden = try runPolicyWizard(
      ["evaluate", Self.sample, "--lang", "zh"], environment: ["LC_ALL": "en_GB.UTF-8"])
    #expect(overridden.stdout.contains("合计："), "\(overridden.stdout.prefix(600))")
    let chinese = try runPolicyWizard(["evaluate", Self.sample])
    #expect(chinese.stdout.contains("合计：135万元"), "\(chinese.stdout.prefix(600))")
  }

  /// JSON is language-neutral: the same ids, statuses and yuan in both languages; titles,
  /// reasons and workings in English only with an explicit `--lang en`, never from the locale.
  @Test func evaluateJSONInEnglish() throws {
    let chinese = try runPolicyWizard(["evaluate", Self.sample, "--format", "json"])
    let english = try runPolicyWizard(
      ["evaluate", Self.sample, "--format", "json", "--lang", "en"])
    let byLocale = try runPolicyWizard(
      ["evaluate", Self.sample, "--format", "json"], environment: ["LANG": "en_US.UTF-8"])
    try #require(chinese.status == 0 && english.status == 0, "\(chinese)\n\(english)")
    #expect(byLocale.stdout == chinese.stdout, "JSON must not follow the locale")
    let zh = try Self.object(chinese.stdout)
    let en = try Self.object(english.stdout)
    #expect(Self.neutral(zh) == Self.neutral(en))
    #expect(
      NSDictionary(
        dictionary: zh["totals"].flatMap { $0 as? [String: Any] }?
          .filter { $0.key != "lines" } ?? [:])
        == NSDictionary(
          dictionary: en["totals"].flatMap { $0 as? [String: Any] }?
            .filter { $0.key != "lines" } ?? [:]))
    let matches = try #require(en["matches"] as? [[String: Any]])
    try #require(!matches.isEmpty)
    for match in matches {
      for key in ["because", "computation", "certaintyText", "amountText"] {
        guard let text = match[key] as? String else { continue }
        #expect(!text.contains("万元") && !text.contains("亿"), "\(key): \(text)")
      }
      if let amount = match["amountText"] as? String {
        #expect(amount.contains("CNY"), "\(amount)")
      }
    }
    let lines = try #require((en["totals"] as? [String: Any])?["lines"] as? [[String: String]])
    #expect(lines.first?["label"] == "Total")
    #expect(lines.first?["value"] == "CNY 1,350,000")
  }

  @Test func reportHTMLInEnglish() throws {
    let result = try runPolicyWizard(["report", Self.sample, "--format", "html", "--lang", "en"])
    try #require(result.status == 0, "\(result)")
    let html = result.stdout
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<blockquote class=\"clause\" lang=\"zh-CN\">"))
    #expect(html.contains("Original text (Chinese, the legal text): "))
    #expect(html.contains("CNY 500,000"))
    // Outside the law's text, the catalog's untranslated names and notes and the take-home
    // code (its text is the take-home half's, still Chinese), the words are English.
    let withoutClauses = html.replacingOccurrences(
      of: #"(?s)<blockquote class="clause"[^>]*>.*?</blockquote>"#
        + #"|<figure class="take-home">.*?</figure>"#,
      with: "", options: .regularExpression)
    try Self.expectEnglish(withoutClauses, profile: Self.sample)
  }

  @Test(arguments: ["md", "txt"])
  func reportInEnglish(format: String) throws {
    let result = try runPolicyWizard(["report", Self.sample, "--format", format, "--lang", "en"])
    try #require(result.status == 0, "\(result)")
    try Self.expectEnglish(result.stdout, profile: Self.sample)
  }

  /// The text report keeps to 72 display columns in English too.
  @Test func englishTextReportKeepsItsWidth() throws {
    let result = try runPolicyWizard(["report", Self.sample, "--format", "txt", "--lang", "en"])
    for line in result.stdout.split(separator: "\n") {
      #expect(String(line).displayWidth <= 72, "\(line)")
    }
  }

  @Test func otherCommandsInEnglish() throws {
    for arguments in [
      ["compare", Self.sample], ["policies"], ["policies", "show", "ordos-2024/17"],
    ] {
      let result = try runPolicyWizard(arguments + ["--lang", "en"])
      try #require(result.status == 0, "\(result)")
      try Self.expectEnglish(result.stdout, profile: Self.sample)
    }
    let clause = try runPolicyWizard(["policies", "show", "ordos-2024/17", "--lang", "en"])
    #expect(clause.stdout.contains("Original text (Chinese, the legal text):"))
    #expect(clause.stdout.contains("CNY 3,000,000"))
  }

  /// `cases list`, `show`, `delete` and their failures in English, the case's own name kept.
  @Test func casesInEnglish() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    func cases(_ arguments: [String]) throws -> CommandResult {
      try runPolicyWizard(["cases"] + arguments + ["--db", database, "--lang", "en"])
    }
    let noStore = try cases(["list"])
    #expect(noStore.stderr.hasPrefix("Error: there is no case store at "), "\(noStore)")
    let saved = try cases(["save", Self.sample])
    try #require(saved.status == 0, "\(saved)")
    let id = saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let list = try cases(["list"])
    #expect(list.stdout.contains("CNY 1,350,000"), "\(list)")
    let show = try cases(["show", id])
    try #require(show.status == 0, "\(show)")
    #expect(show.stdout.hasPrefix("Case #\(id): "), "\(show.stdout.prefix(300))")
    #expect(show.stdout.contains("Total when saved: CNY 1,350,000"), "\(show.stdout.prefix(600))")
    try Self.expectEnglish(show.stdout, profile: Self.sample)
    let missing = try cases(["show", "999"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no case 999 in"), "\(missing)")
    try Self.expectEnglish(missing.stderr, profile: Self.sample)
    let deleted = try cases(["delete", id])
    #expect(deleted.stdout.hasPrefix("Deleted case #\(id) "), "\(deleted)")
  }

  /// The summary `batch` prints for a person follows the language; its JSON Lines do not change.
  @Test func batchSummaryInEnglish() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = try String(contentsOfFile: Self.sample, encoding: .utf8)
    let line = profile.components(separatedBy: .newlines).joined(separator: " ")
    let input = try directory.write("enterprises.jsonl", line + "\n")
    let english = try runPolicyWizard(["batch", input], environment: ["LANG": "en_US.UTF-8"])
    let chinese = try runPolicyWizard(["batch", input])
    try #require(english.status == 0 && chinese.status == 0, "\(english)\n\(chinese)")
    #expect(english.stdout == chinese.stdout)
    #expect(english.stderr.contains("Summary (built-in catalog)"), "\(english.stderr)")
    #expect(english.stderr.contains("Total: CNY 1,350,000"), "\(english.stderr)")
    #expect(!english.stderr.containsHanIdeograph, "\(english.stderr)")
    #expect(chinese.stderr.contains("合计：135万元"), "\(chinese.stderr)")
  }

  @Test func anUnknownLanguageIsAUsageError() throws {
    let result = try runPolicyWizard(["evaluate", Self.sample, "--lang", "fr"])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("--lang"), "\(result.stderr)")
    #expect(result.stderr.contains("zh or en"), "\(result.stderr)")
  }

  // MARK: Helpers

  /// English output: no 万/亿 and no Chinese character except inside texts quoted from the
  /// catalog (names, labels, article texts not translated yet or never: the law) and the
  /// profile's own enterprise name.
  static func expectEnglish(
    _ output: String, profile: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var text = output.filter { !$0.isWhitespace }
    for quoted in try quotedTexts(profile: profile) {
      text = text.replacingOccurrences(of: quoted, with: "")
    }
    let leftover = text.unicodeScalars.filter(\.isHanIdeograph)
    #expect(
      leftover.isEmpty,
      "Chinese outside quoted catalog text: \(String(String.UnicodeScalarView(leftover)).prefix(200))",
      sourceLocation: sourceLocation)
  }

  /// Every text of the catalog and the profile's name, without whitespace (the text report
  /// wraps them), longest first so that a name inside a longer text goes with it.
  static func quotedTexts(profile: String) throws -> [String] {
    let catalog = DefaultCatalog.catalog
    var texts: [String] = []
    func fields(_ type: FactType) {
      if case .enumeration(let values) = type { texts += values.labels.values }
      for field in type.fields {
        texts.append(field.label)
        fields(field.type)
      }
    }
    for fact in catalog.facts {
      texts += [fact.label, fact.question] + [fact.help, fact.unit].compactMap { $0 }
      fields(fact.type)
    }
    for document in catalog.documents {
      texts += [document.title, document.shortName, document.issuer]
      texts += [document.number].compactMap { $0 }
      for article in document.articles {
        texts += [article.title, article.text] + article.departments
        texts += [article.section].compactMap { $0 }
        for benefit in article.benefits {
          texts += [benefit.title] + [benefit.note, benefit.sameThingNote].compactMap { $0 }
        }
      }
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: profile))
    if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let name = object["enterpriseName"] as? String
    {
      texts.append(name)
    }
    return Set(texts.map { $0.filter { !$0.isWhitespace } }).filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
  }

  static func object(_ json: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  /// The language-neutral part of each entry: ids, statuses, kinds, certainty and yuan.
  static func neutral(_ object: [String: Any]) -> [String] {
    var rows: [String] = []
    for list in ["matches", "possible", "general", "nearMisses"] {
      for entry in object[list] as? [[String: Any]] ?? [] {
        let keys = [
          "policy", "article", "benefit", "status", "kind", "certainty", "points", "items",
        ]
        var row = keys.map { "\($0)=\(entry[$0].map { "\($0)" } ?? "-")" }
        if let amount = entry["amount"] as? [String: Any] {
          row += amount.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        }
        rows.append(list + ": " + row.joined(separator: " "))
      }
    }
    return rows
  }
}
