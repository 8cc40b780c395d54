import PolicyEngine
import Testing

/// Each amount form of the documents, worked out by hand, at the edges of its thresholds and caps.
@Suite struct AmountFormTests {
  // Hulunbuir （二）: 5% of the R&D increment, at most 500万 a year, nothing under 1万.
  static let increment = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 2
            title: 研发后补助
            text: 按照研发投入增量给予企业5%的后补助支持。单个企业年度支持资金最多不超过500万元，少于1万元的不予补助。
            benefits:
              - id: rd
                kind: money
                title: 研发投入后补助
                when: [ { applicant: enterprise } ]
                amount: { percent: 5%, of: rd.increment, cap: 500万, floor: 1万, per: year }
        """))

  func increment(lastYear: Int64, yearBefore: Int64) throws -> EvaluationResult {
    try Fixtures.evaluate(
      Self.increment,
      #"{"city":"hulunbuir","applicant":"enterprise","rd":{"lastYear":\#(lastYear),"yearBefore":\#(yearBefore)}}"#
    )
  }

  @Test func percentageOfIncrement() throws {
    let result = try increment(lastYear: 28_000_000, yearBefore: 20_000_000)
    let match = try #require(result.match(Self.increment, "rd"))
    #expect(match.amount == AmountRange(min: .wan(40), max: .wan(40), per: .year))
    #expect(result.totals.min == .wan(40) && result.totals.max == .wan(40))
  }

  @Test func floorOfOneWan() throws {
    // 19.8万 × 5% = 0.99万: under the 1万 floor, nothing is paid, and the gap is reported.
    let below = try increment(lastYear: 198_000, yearBefore: 0)
    #expect(below.matches.isEmpty)
    let miss = try #require(below.nearMisses.first)
    #expect(miss.gap?.target == Money.wan(20).fen)
    #expect(miss.gap?.fromFloor == true)
    #expect(miss.amountAtThreshold?.max == .wan(1))
    // 20万 × 5% = 1万 exactly: paid.
    let at = try increment(lastYear: 200_000, yearBefore: 0)
    #expect(at.match(Self.increment, "rd")?.amount?.min == .wan(1))
  }

  @Test func capOfFiveMillion() throws {
    // 1亿 × 5% = 500万: exactly the cap; 1.2亿 × 5% = 600万 → 500万.
    #expect(
      try increment(lastYear: 100_000_000, yearBefore: 0).match(Self.increment, "rd")?.amount?.max
        == .wan(500))
    #expect(
      try increment(lastYear: 120_000_000, yearBefore: 0).match(Self.increment, "rd")?.amount?.max
        == .wan(500))
    #expect(
      try increment(lastYear: 99_999_980, yearBefore: 0).match(Self.increment, "rd")?.amount?.max
        == .yuan(4_999_999))
  }

  @Test func fallingSpendingPaysNothing() throws {
    let result = try increment(lastYear: 10_000_000, yearBefore: 12_000_000)
    #expect(result.matches.isEmpty)
  }

  // Hohhot 2024 6.: increment ≥ 1000万 → 10%, at most 300万 a year.
  static let threshold = try! Fixtures.catalog(
    Fixtures.document(
      city: "hohhot",
      articles: """
          - article: 6
            title: 研发投入激励
            text: 对研发投入年增量在1000万元及以上的规上企业，按照研发投入年增量的10%给予科技经费支持，单个企业每年最高支持300万元。
            benefits:
              - id: rd
                kind: money
                title: 规上企业研发投入增量奖励
                when:
                  - aboveScale: true
                  - atLeast: { rd.increment: 1000万 }
                amount: { percent: 10%, of: rd.increment, cap: 300万, per: year }
        """))

  func threshold(increment: Int64, aboveScale: Bool = true) throws -> EvaluationResult {
    try Fixtures.evaluate(
      Self.threshold,
      #"{"city":"hohhot","applicant":"enterprise","aboveScale":\#(aboveScale),"rd":{"lastYear":\#(increment),"yearBefore":0}}"#
    )
  }

  @Test func thresholdEdge() throws {
    // 999万: not reached; within reach, 1万 short, worth 100万 at the threshold.
    let below = try threshold(increment: 9_990_000)
    #expect(below.matches.isEmpty)
    let miss = try #require(below.nearMisses.first)
    #expect(miss.gap?.shortfall == Money.wan(1).fen)
    #expect(miss.amountAtThreshold == AmountRange(min: .wan(100), max: .wan(100), per: .year))
    // 1000万 exactly: 100万.
    #expect(
      try threshold(increment: 10_000_000).match(Self.threshold, "rd")?.amount?.min == .wan(100))
    // 3000万 → 300万 (the cap exactly); 4000万 → 400万 capped to 300万.
    #expect(
      try threshold(increment: 30_000_000).match(Self.threshold, "rd")?.amount?.min == .wan(300))
    #expect(
      try threshold(increment: 40_000_000).match(Self.threshold, "rd")?.amount?.min == .wan(300))
  }

  @Test func twoMissingConditionsAreNotWithinReach() throws {
    let result = try threshold(increment: 9_990_000, aboveScale: false)
    #expect(result.nearMisses.isEmpty)
  }

  static let forms = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 1
            title: 各种金额
            text: 一次性给予50万元；最高200万元；连续3年每年不低于500万元；每项不低于100万元；按不超过项目总投资额5%的比例给予最高1000万元。
            benefits:
              - id: fixed
                kind: money
                title: 一次性
                when: [ { highTech: [new] } ]
                amount: { fixed: 50万 }
              - id: up-to
                kind: money
                title: 最高
                when: [ { highTech: [new] } ]
                amount: { upTo: 200万 }
              - id: at-least-yearly
                kind: money
                title: 不低于每年
                when: [ { highTech: [new] } ]
                amount: { atLeast: 500万, per: year, years: 3 }
              - id: each-scenario
                kind: money
                title: 每项场景
                amount: { atLeast: 100万, each: scenarios }
              - id: ceiling
                kind: money
                title: 按比例最高
                when: [ { atLeast: { investment: 1万 } } ]
                amount: { percent: 5%, of: investment, cap: 1000万, ceiling: true }
        """))

  @Test func statedForms() throws {
    let result = try Fixtures.evaluate(
      Self.forms, #"{"city":"hulunbuir","applicant":"enterprise","highTech":"new"}"#)
    #expect(result.match(Self.forms, "fixed")?.amount == AmountRange(min: .wan(50), max: .wan(50)))
    #expect(result.match(Self.forms, "up-to")?.amount == AmountRange(min: .zero, max: .wan(200)))
    #expect(
      result.match(Self.forms, "at-least-yearly")?.amount
        == AmountRange(min: .wan(500), max: nil, per: .year, years: 3))
    #expect(result.match(Self.forms, "each-scenario") == nil)
    // 50 + 0 + 500×3 = 1550万 at least; the maximum is open.
    #expect(result.totals.min == .wan(1550) && result.totals.max == nil)
  }

  @Test func perCountedItem() throws {
    let result = try Fixtures.evaluate(
      Self.forms, #"{"city":"hulunbuir","applicant":"enterprise","scenarios":3}"#)
    #expect(
      result.match(Self.forms, "each-scenario")?.amount == AmountRange(min: .wan(300), max: nil))
  }

  @Test func percentageAsCeiling() throws {
    // 5% of 8000万 = 400万, only an upper bound: 0 to 400万; 3亿 → 1500万 → capped 1000万.
    let small = try Fixtures.evaluate(
      Self.forms, #"{"city":"hulunbuir","applicant":"enterprise","investment":80000000}"#)
    #expect(small.match(Self.forms, "ceiling")?.amount == AmountRange(min: .zero, max: .wan(400)))
    let large = try Fixtures.evaluate(
      Self.forms, #"{"city":"hulunbuir","applicant":"enterprise","investment":300000000}"#)
    #expect(large.match(Self.forms, "ceiling")?.amount == AmountRange(min: .zero, max: .wan(1000)))
  }

  // Hulunbuir （十二）: 5% a contract, at most 50万 a contract and 200万 a unit a year.
  static let contracts = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 12
            title: 技术交易补贴
            text: 按技术交易额5%给予补贴，单个技术合同最高补贴50万元，每个单位每年最高补贴200万元。
            benefits:
              - id: contracts
                kind: money
                title: 技术交易补贴
                amount: { percent: 5%, ofEach: contracts, field: amount, where: { subsidy: { above: 0 } }, capEach: 50万, cap: 200万, per: year }
        """))

  @Test func perContractAndPerYearCaps() throws {
    // 600万 → 30万; 2000万 → 100万 → 50万; a contract without subsidy counts for nothing.
    let two = try Fixtures.evaluate(
      Self.contracts,
      #"{"city":"hulunbuir","applicant":"enterprise","contracts":[{"amount":6000000,"subsidy":1},{"amount":20000000,"subsidy":1},{"amount":90000000}]}"#
    )
    #expect(two.match(Self.contracts, "contracts")?.amount?.min == .wan(80))
    // Five contracts of 2000万: 5 × 50万 = 250万 → 200万 a year.
    let five = try Fixtures.evaluate(
      Self.contracts,
      #"{"city":"hulunbuir","applicant":"enterprise","contracts":[\#(Array(repeating: #"{"amount":20000000,"subsidy":1}"#, count: 5).joined(separator: ","))]}"#
    )
    #expect(five.match(Self.contracts, "contracts")?.amount?.min == .wan(200))
    let explanation = Explainer(catalog: Self.contracts).computation(
      try #require(five.matches.first?.computation))
    #expect(explanation.contains("5 项合计 250万元，上限 200万元 → 200万元"))
  }

  // Hulunbuir （三）: each new national platform of the listed kinds gets 100万.
  static let platforms = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 3
            title: 平台
            text: 对新认定的国家级重点实验室、孵化器，给予100万元经费支持。
            benefits:
              - id: national
                kind: money
                title: 国家级平台
                when: [ { platform: { type: [keyLab, incubator], level: national, new: true } } ]
                amount: { fixed: 100万 }
        """))

  @Test func aStatedSumIsPaidForEachMatchingPlatform() throws {
    let one = try Fixtures.evaluate(
      Self.platforms,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true}]}"#
    )
    #expect(
      one.match(Self.platforms, "national")?.amount == AmountRange(min: .wan(100), max: .wan(100)))
    // Two new national platforms and one that is not new: two payments.
    let two = try Fixtures.evaluate(
      Self.platforms,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true},{"type":"incubator","level":"national","new":true},{"type":"incubator","level":"national","new":false}]}"#
    )
    let match = try #require(two.match(Self.platforms, "national"))
    #expect(match.amount == AmountRange(min: .wan(200), max: .wan(200)))
    let working = Explainer(catalog: Self.platforms).computation(try #require(match.computation))
    #expect(working == "100万元 × 2 项")
  }
}

/// Ordos （二十六） "最多5年、每年最高500万元": the years are a ceiling, said so, and the term runs
/// from one year up.
@Suite struct YearsCeilingTests {
  static let catalog = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 26
            title: 新型研发机构
            text: 按旗区、园区财政投入资金给予1:1配套支持，最多5年、每年最高500万元。
            benefits:
              - id: matching
                kind: money
                title: 新型研发机构配套支持
                amount: { percent: 100%, of: investment, cap: 500万, per: year, upToYears: 5 }
        """))

  @Test func aCeilingOnTheYearsIsWordedAndCountedAsOne() throws {
    // 800万 × 100% → capped at 500万 a year; at most 5 years: 500万 to 2500万 over the term.
    let result = try Fixtures.evaluate(
      Self.catalog, #"{"city":"hulunbuir","applicant":"enterprise","investment":80000000}"#)
    let amount = try #require(result.match(Self.catalog, "matching")?.amount)
    #expect(amount.yearsAtMost)
    #expect(amount.term == MoneyRange(min: .wan(500), max: .wan(2500)))
    let words = Explainer(catalog: Self.catalog).amount(amount)
    #expect(words.contains("最多5年"), "\(words)")
    #expect(!words.contains("连续"), "\(words)")
    #expect(result.totals.min == .wan(500) && result.totals.max == .wan(2500))
  }
}
