import Testing

@testable import PolicyEngine

/// `EnglishSumsAreTheChineseSums`: the English beside a Chinese text states its sums and rates,
/// no other; an error, because a different sum on the English screen is a wrong amount.
@Suite struct EnglishSumsAreTheChineseSumsTests {
  static func findings(title: String, english: String, marked: Bool = false) -> (
    MarkedText, [InputProblem]
  ) {
    let snippet = MarkedText(
      EnglishTextIsCompleteTests.translatedDocument(
        benefits: """
                - id: a
                  title: \(title)
                  kind: nonMonetary
                  en: { title: \(marked ? "1️⃣" : "")"\(english)" }
          """))
    let found = problems(ofDocument: snippet).filter {
      $0.rule == "EnglishSumsAreTheChineseSums"
    }
    return (snippet, found)
  }

  @Test func theSameSumsAndRatesAreNoFinding() {
    let (_, found) = Self.findings(
      title: "奖励20万元，最高不超过研发投入的10%",
      english: "An award of CNY 200,000, at most 10% of R&D spending")
    #expect(found.isEmpty, "\(found)")
  }

  @Test func aRangeIsBothEnds() {
    let (_, found) = Self.findings(
      title: "给予50万元至300万元支持", english: "Support of CNY 500,000 – 3,000,000")
    #expect(found.isEmpty, "\(found)")
  }

  @Test func anotherSumIsAnErrorAtTheEnglishText() {
    let (snippet, found) = Self.findings(
      title: "奖励20万元", english: "An award of CNY 100,000", marked: true)
    #expect(found.map(\.position) == [snippet.markers["1️⃣"]!], "\(found)")
    #expect(found.allSatisfy { $0.severity == .error })
    #expect(
      found.first?.message.contains("CNY") == false, "the figures are named as the law writes them")
    #expect(found.first?.message.contains("20万元") == true, "\(found)")
    #expect(found.first?.message.contains("10万元") == true, "\(found)")
  }

  @Test func aRateTheChineseDoesNotStateIsAnError() {
    let (_, found) = Self.findings(title: "奖励20万元", english: "An award of CNY 200,000 (5%)")
    #expect(found.count == 1, "\(found)")
  }

  @Test func theEnglishFormIsReadExactly() {
    #expect(
      EnglishSumsAreTheChineseSums.figures(inEnglish: "CNY 1,234.50, then CNY 2,000,000.")
        == [.money(123_450), .money(200_000_000)])
    #expect(
      EnglishSumsAreTheChineseSums.figures(inEnglish: "2.5% of it; article 10")
        == [.rate(250)])
    #expect(EnglishSumsAreTheChineseSums.figures(inEnglish: "in 2026, 3 projects").isEmpty)
  }
}

extension EnglishSumsAreTheChineseSumsTests {
  /// An enum's value labels are compared value by value.
  @Test func aValueLabelWithAnotherSumIsAnError() {
    let snippet = MarkedText(
      """
      \(Fixtures.translatedDocumentHead)
      facts:
        - name: revenueBand
          type: enum
          label: 营业收入
          question: 上年营业收入？
          values: [small, large]
          valueLabels: { small: 2000万元以下, large: 2000万元及以上 }
          en:
            label: Operating revenue
            question: Operating revenue last year?
            valueLabels: { small: "below CNY 20,000,000", large: 1️⃣"CNY 2,000,000 or more" }
      articles:
        - article: 1
          title: 第一条
          text: 支持。
          en: { title: Article one }
          benefits:
            - { id: a, title: 甲, kind: nonMonetary, en: { title: Priority } }
      """)
    let found = problems(ofDocument: snippet).filter {
      $0.rule == "EnglishSumsAreTheChineseSums"
    }
    #expect(found.map(\.position) == [snippet.markers["1️⃣"]!], "\(found)")
    #expect(found.first?.message.contains("valueLabels: large") == true, "\(found)")
  }
}
