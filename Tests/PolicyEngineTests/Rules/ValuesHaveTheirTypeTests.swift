import PolicyEngine
import Testing

/// The reader's type checks, placed at the value, named ValuesHaveTheirType and
/// RequiredValuesArePresent.
@Suite struct ValuesHaveTheirTypeTests {
  @Test func aValueOfTheWrongTypeIsPlacedAtTheValue() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                when: [ { aboveScale: 1️⃣maybe } ]
                amount: { fixed: 2️⃣三百万 }
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "ValuesHaveTheirType",
      at: [snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!], containing: "must be")
  }

  @Test func aMissingOrNullRequiredValueIsReported() {
    let snippet = MarkedText(
      document(
        benefits: """
              - 1️⃣{ id: a, kind: nonMonetary }
              - { id: b, title: 2️⃣~, kind: nonMonetary }
          """))
    expectProblems(
      problems(ofDocument: snippet), rule: "RequiredValuesArePresent",
      at: [snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!], containing: "is missing")
  }
}
