import PolicyEngine
import Testing

/// Issue 10, item 10: `fixed: ~` paid nothing and `rd.increment: null` dropped its condition,
/// both accepted by validate.
@Suite struct RequiredValuesAreNotNullTests {
  @Test func aNullAmountIsRefusedAtItsValue() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                amount: { fixed: 1️⃣~ }
              - id: b
                title: 乙
                kind: money
                amount:
                  percent: 5%
                  of: rd.lastYear
                  cap: 2️⃣null
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "RequiredValuesAreNotNull",
      at: [snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!], containing: "has no value")
  }

  @Test func aNullThresholdIsRefusedInConditionsAndFilters() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: nonMonetary
                when:
                  - atLeast: { rd.increment: 1️⃣null }
                  - has: { list: contracts, where: { amount: { above: 2️⃣~ } } }
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "RequiredValuesAreNotNull",
      at: [snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!], containing: "has no value")
  }

  @Test func writtenValuesPass() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                when: [ { atLeast: { rd.increment: 1000万 } } ]
                amount: { fixed: 10万 }
          """, text: "增量1000万元以上的，给予10万元。"))
    #expect(problems(ofDocument: snippet).isEmpty, "\(problems(ofDocument: snippet))")
  }
}
