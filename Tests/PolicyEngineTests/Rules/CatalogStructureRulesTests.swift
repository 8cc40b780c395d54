import PolicyEngine
import Testing

/// Rules over the catalog's structure: known keys, facts declared once, document ids unique.
@Suite struct CatalogStructureRulesTests {
  @Test func anUnknownKeyIsPlacedAtItsValue() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: nonMonetary
                amonut: 1️⃣{ fixed: 10万 }
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "KeysAreKnown", at: [snippet.markers["1️⃣"]!],
      containing: "unknown key 'amonut' in a benefit")
  }

  @Test func aFactDeclaredTwiceIsReported() {
    let snippet = MarkedText(
      """
      id: test
      title: 测试文件
      city: hulunbuir
      status: inForce
      facts:
        1️⃣- { name: aboveScale, type: bool }
      articles:
        - article: 1
          title: 第一条
          text: 支持。
          benefits:
            - { id: a, title: 甲, kind: nonMonetary }
      """)
    expectProblems(
      problems(ofDocument: snippet), rule: "FactsAreDeclaredOnce", at: [snippet.markers["1️⃣"]!],
      containing: "declared twice")
  }

  @Test func aDocumentIDUsedByTwoFilesIsPlacedAtTheSecondID() throws {
    let first = document(benefits: "      - { id: a, title: 甲, kind: nonMonetary }")
    let second = MarkedText(
      document(benefits: "      - { id: a, title: 甲, kind: nonMonetary }")
        .replacingOccurrences(of: "id: test", with: "id: 1️⃣test"))
    do {
      _ = try CatalogLoader.load([
        CatalogSource(name: "facts.yaml", text: Fixtures.facts),
        CatalogSource(name: "a.yaml", text: first),
        CatalogSource(name: "b.yaml", text: second.text),
      ])
      Issue.record("two documents with one id were accepted")
    } catch {
      expectProblems(
        error.problems, rule: "DocumentIDsAreUnique", at: [second.markers["1️⃣"]!],
        containing: "used by two files")
      #expect(error.problems.first?.file == "b.yaml")
    }
  }
}
