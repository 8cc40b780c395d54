import PolicyEngine
import Testing

/// Issue 10, item 6: `percent: 99999999999999999%` crashed validate; `years: 3000000000000`
/// passed it and crashed evaluation. Every catalog number has a range.
@Suite struct NumbersAreInRangeTests {
  @Test func outOfRangeNumbersAreRefusedAtTheirValue() throws {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                amount: { percent: 1️⃣99999999999999999%, of: rd.lastYear }
              - id: b
                title: 乙
                kind: money
                amount: { fixed: 10万, per: year, years: 2️⃣3000000000000 }
              - id: c
                title: 丙
                kind: money
                amount: { upTo: 3️⃣20000亿 }
              - id: d
                title: 丁
                kind: money
                when: [ { atLeast: { techSMEYears: 4️⃣99999999 } } ]
                amount: { percent: 5️⃣0%, of: rd.lastYear }
          """))
    let found = problems(ofDocument: snippet)
    expectProblems(
      found, rule: "NumbersAreInRange",
      at: ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"].map { snippet.markers[$0]! }, containing: "is")
    let messages = found.filter { $0.rule == "NumbersAreInRange" }.map(\.message)
    try #require(messages.count == 5, "\(found)")
    #expect(messages[0].contains("at most 1000%"))
    #expect(messages[1].contains("1 to 50 years"))
    #expect(messages[2].contains("at most 1万亿"))
    #expect(messages[3].contains("from 0 to 1000000"))
    #expect(messages[4].contains("more than 0%"))
  }

  @Test func numbersWithinTheirRangesPass() {
    let snippet = MarkedText(
      document(
        benefits: """
              - id: a
                title: 甲
                kind: money
                amount: { fixed: 10000亿, per: year, years: 50 }
          """, text: "给予10000亿元。"))
    #expect(problems(ofDocument: snippet).isEmpty, "\(problems(ofDocument: snippet))")
  }
}
