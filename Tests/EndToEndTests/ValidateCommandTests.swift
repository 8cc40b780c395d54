import Foundation
import Testing

/// `policy-wizard validate` and `--data`: the shipped catalog passes; a copy with mistakes
/// put in is refused, every mistake named with file and line.
@Suite struct ValidateCommandTests {
  /// One mistake written into a copy of a catalog file, and where the report must place it.
  struct Mistake {
    var file: String
    /// The line to change is the first containing `original` after the first containing `after`.
    var after: String
    var original: String
    var replacement: String
    /// What the report must say.
    var message: String
    /// Audit problems are placed on the article's line (`after`), load problems on the line changed.
    var reportedOnArticleLine = false
  }

  static let mistakes = [
    Mistake(
      file: "ordos-2024.yaml", after: "- article: 17", original: "amount: { fixed: 300万 }",
      replacement: "amount: { fixed: 三百万 }", message: "fixed must be a sum of money"),
    Mistake(
      file: "hulunbuir-draft.yaml", after: "id: high-tech-first", original: "- highTech: [new]",
      replacement: "- hiTech: [new]", message: "'hiTech' is not a declared fact"),
    Mistake(
      file: "region-2026.yaml", after: "- article: 1", original: "深化职务科技成果赋权改革。",
      replacement: "深化职务科技成果赋权改革。另给予88万元奖励。",
      message: "the text says 88万元 but no benefit uses it", reportedOnArticleLine: true),
    Mistake(
      file: "hohhot-2024-draft.yaml", after: "- article: 20", original: "- article: 21",
      replacement: "- article: 20", message: "article 20 appears twice"),
  ]

  /// Copies `Data/catalog` into `directory`, makes the mistakes, and returns each expected line
  /// of the report (`path:line: message`).
  func brokenCatalog(in directory: URL) throws -> [(place: String, message: String)] {
    let source = RepositoryFiles.url("Data/catalog")
    let catalog = directory.appendingPathComponent("catalog")
    try FileManager.default.copyItem(at: source, to: catalog)
    var expected: [(place: String, message: String)] = []
    for mistake in Self.mistakes {
      let file = catalog.appendingPathComponent(mistake.file)
      var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
      let anchor = try #require(
        lines.firstIndex { $0.contains(mistake.after) }, "\(mistake.file) has no '\(mistake.after)'"
      )
      let target = try #require(
        lines[anchor...].firstIndex { $0.contains(mistake.original) },
        "\(mistake.file) has no '\(mistake.original)' after '\(mistake.after)'")
      lines[target] = lines[target].replacingOccurrences(
        of: mistake.original, with: mistake.replacement)
      try Data(lines.joined(separator: "\n").utf8).write(to: file)
      let line = (mistake.reportedOnArticleLine ? anchor : target) + 1
      expected.append((place: "\(file.path):\(line):", message: mistake.message))
    }
    return expected
  }

  func expectEveryMistakeReported(
    _ result: CommandResult, _ expected: [(place: String, message: String)],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 65, "EX_DATAERR: \(result)", sourceLocation: sourceLocation)
    expectNoCrash(result, sourceLocation: sourceLocation)
    #expect(
      result.stderr.contains("\(expected.count) problem(s)"), "\(result)",
      sourceLocation: sourceLocation)
    for (place, message) in expected {
      let reported = result.stderrLines.contains { $0.hasPrefix(place) && $0.contains(message) }
      #expect(
        reported, "expected '\(place) … \(message)'\n\(result)", sourceLocation: sourceLocation)
    }
  }

  @Test func shippedCatalogPasses() throws {
    let result = try runPolicyWizard(["validate", RepositoryFiles.url("Data/catalog").path])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("no problems"), "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
  }

  @Test func everyMistakeIsListedWithFileAndLine() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let expected = try brokenCatalog(in: directory.url)
    let catalog = directory.url.appendingPathComponent("catalog").path
    expectEveryMistakeReported(try runPolicyWizard(["validate", catalog]), expected)
  }

  @Test func evaluateRefusesABrokenCatalogWithTheSameMessages() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let expected = try brokenCatalog(in: directory.url)
    let catalog = directory.url.appendingPathComponent("catalog").path
    let profile = try directory.write(
      "profile.json", #"{"city": "ordos", "applicant": "enterprise"}"#)
    let evaluated = try runPolicyWizard(["evaluate", profile, "--data", catalog])
    expectEveryMistakeReported(evaluated, expected)
    #expect(evaluated.stdout.isEmpty, "\(evaluated)")

    let validated = try runPolicyWizard(["validate", catalog])
    #expect(evaluated.stderr == validated.stderr)
  }

  @Test func aCatalogWithOnlyAnUnusedFigureIsRefusedToo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let catalog = directory.url.appendingPathComponent("catalog")
    try FileManager.default.copyItem(at: RepositoryFiles.url("Data/catalog"), to: catalog)
    let file = catalog.appendingPathComponent("region-2026.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    let changed = text.replacingOccurrences(of: "深化职务科技成果赋权改革。", with: "深化职务科技成果赋权改革。另给予88万元奖励。")
    try #require(changed != text, "region-2026.yaml no longer has the sentence this test changes")
    try Data(changed.utf8).write(to: file)

    let profile = try directory.write(
      "profile.json", #"{"city": "ordos", "applicant": "enterprise"}"#)
    let result = try runPolicyWizard(["evaluate", profile, "--data", catalog.path])
    #expect(result.status != 0, "\(result)")
    #expect(result.stderr.contains("the text says 88万元 but no benefit uses it"), "\(result)")
  }

  /// A copy of the shipped catalog with `file` changed by `change`, which gets its lines.
  func mutatedCatalog(
    in directory: URL, file: String, _ change: (inout [String]) throws -> Void
  ) throws -> URL {
    let catalog = directory.appendingPathComponent("catalog")
    try FileManager.default.copyItem(at: RepositoryFiles.url("Data/catalog"), to: catalog)
    let url = catalog.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    try change(&lines)
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return catalog
  }

  /// Issue 18, item 10, checked on the built binary: an article text emptied, the region's
  /// file cut after line 413 (articles 13–17 lost) and a title with an escaped OSC sequence are
  /// each refused with file and line.
  @Test(arguments: ["empty text", "cut after 413", "escaped control"])
  func aCatalogThatLosesItsLawIsRefusedWithFileAndLine(mutant: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var expectedLine = 0
    let file = mutant == "empty text" ? "ordos-2024.yaml" : "region-2026.yaml"
    let catalog = try mutatedCatalog(in: directory.url, file: file) { lines in
      switch mutant {
      case "empty text":
        let article = try #require(lines.firstIndex { $0.hasPrefix("  - article: 1") })
        let text = try #require(lines[article...].firstIndex { $0.hasPrefix("    text:") })
        var end = text + 1
        while end < lines.count, lines[end].hasPrefix("      ") { end += 1 }
        lines.replaceSubrange(text..<end, with: [#"    text: """#])
        expectedLine = article + 1
      case "cut after 413":
        expectedLine = try #require(lines.firstIndex { $0.hasPrefix("articleCount:") }) + 1
        lines = Array(lines.prefix(413)) + [""]
      default:
        let title = try #require(lines.firstIndex { $0.hasPrefix("title:") })
        lines[title] = #"title: "内蒙古\e]0;x\a自治区""#
        expectedLine = title + 1
      }
    }
    let result = try runPolicyWizard(["validate", catalog.path])
    #expect(result.status == 65, "EX_DATAERR: \(result)")
    expectNoCrash(result)
    let place = "\(catalog.appendingPathComponent(file).path):\(expectedLine):"
    #expect(result.stderrLines.contains { $0.hasPrefix(place) }, "expected \(place)\n\(result)")
    #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  @Test func missingDirectoryIsOneClearError() throws {
    let result = try runPolicyWizard(["validate", "/nonexistent/catalog"])
    #expect(result.status != 0, "\(result)")
    expectNoCrash(result)
    #expect(result.stderr.contains("/nonexistent/catalog"), "\(result)")
    #expect(result.stderr.contains("cannot read the catalog directory"), "\(result)")
  }
}
