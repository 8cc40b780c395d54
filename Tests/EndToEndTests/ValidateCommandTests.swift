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
    let profile = try directory.write("profile.json", #"{"city": "ordos"}"#)
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

    let profile = try directory.write("profile.json", #"{"city": "ordos"}"#)
    let result = try runPolicyWizard(["evaluate", profile, "--data", catalog.path])
    #expect(result.status != 0, "\(result)")
    #expect(result.stderr.contains("the text says 88万元 but no benefit uses it"), "\(result)")
  }

  @Test func missingDirectoryIsOneClearError() throws {
    let result = try runPolicyWizard(["validate", "/nonexistent/catalog"])
    #expect(result.status != 0, "\(result)")
    expectNoCrash(result)
    #expect(result.stderr.contains("/nonexistent/catalog"), "\(result)")
    #expect(result.stderr.contains("cannot read the catalog directory"), "\(result)")
  }
}
