import Foundation
import PolicyEngine
import Testing

/// The rules the reader applies to every file of a catalog, placed at the offending text
/// (issue 10, items 7 and 11): duplicate keys, aliases, control characters, invalid UTF-8.
@Suite struct SyntaxRulesTests {
  @Test func aDuplicateKeyIsReportedAtItsOwnLineAndEveryOtherProblemStillListed() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                amount: { fixed: 10万 }
                1️⃣amount: { fixed: 20万 }
          """, text: "给予10万元。"))
    let found = problems(ofDocument: snippet)
    expectProblems(
      found, rule: "KeysAreUniqueInMapping", at: [snippet.markers["1️⃣"]!],
      containing: "appears twice")
    #expect(found.allSatisfy { !$0.message.contains("id: test") }, "no dump of the file head")
  }

  @Test func anAnchorIsRefusedInACatalogFile() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: nonMonetary
                when: 1️⃣&w [ { aboveScale: true } ]
              - id: b
                title: 乙
                kind: nonMonetary
                when: *w
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "AliasesAreNotUsed", at: [snippet.markers["1️⃣"]!],
      containing: "not allowed")
  }

  @Test func aControlCharacterIsReportedAtItsLine() {
    let snippet = MarkedText(
      document(benefits: "      - { id: a, title: 甲1️⃣\u{1B}, kind: nonMonetary }"))
    expectProblems(
      problems(ofDocument: snippet), rule: "TextHasNoControlCharacters",
      at: [snippet.markers["1️⃣"]!], containing: "U+001B")
  }

  @Test func invalidUTF8IsReportedAtItsLineWithTheFileItsDirectory() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Fixtures.facts.utf8).write(to: directory.appendingPathComponent("facts.yaml"))
    var bytes = Array("id: test\ntitle: 测\n".utf8)
    bytes.insert(0xC3, at: 16)  // a lone lead byte before 测, the 8th character of line 2
    try Data(bytes).write(to: directory.appendingPathComponent("doc.yaml"))
    // Another file's problem is still listed.
    try Data(
      document(benefits: "      - { id: a, title: 甲, kind: money, amount: { fixed: ~ } }").utf8
    )
    .write(to: directory.appendingPathComponent("other.yaml"))
    do {
      _ = try CatalogLoader.load(directory: directory)
      Issue.record("invalid UTF-8 was accepted")
    } catch {
      #expect(error.problems.contains { $0.rule == "RequiredValuesAreNotNull" }, "\(error)")
      let problem = try #require(error.problems.first)
      #expect(problem.rule == "TextIsValidUTF8")
      #expect(problem.file == directory.appendingPathComponent("doc.yaml").path)
      #expect((problem.line, problem.column) == (2, 8))
    }
  }

  @Test func aMissingRequiredFactNamesFactsYAMLWithItsDirectory() {
    let sources = [
      CatalogSource(
        name: "/srv/catalog/facts.yaml", text: "facts:\n  - { name: applicant, type: bool }\n")
    ]
    do {
      _ = try CatalogLoader.load(sources)
      Issue.record("a catalog without city was accepted")
    } catch {
      let problem = error.problems.first { $0.rule == "RequiredFactsAreDeclared" }
      #expect(problem?.file == "/srv/catalog/facts.yaml")
      #expect(problem?.description.hasPrefix("/srv/catalog/facts.yaml:1:1: error:") == true)
    }
  }

  @Test func everyProblemCarriesFileLineColumnSeverityAndRule() {
    let problem = InputProblem(
      file: "a.yaml", at: Position(line: 3, column: 7), message: "m", rule: "SomeRule")
    #expect(problem.description == "a.yaml:3:7: error: m [SomeRule]")
  }
}
