import DefaultCatalog
import PolicyEngine
import Testing

@Suite struct AmountParsingTests {
  @Test(arguments: [
    ("1200", Money.yuan(1200)), ("1,200", .yuan(1200)), ("1200万", .wan(1200)), ("0.8亿", .wan(8000)),
    ("１２００万", .wan(1200)), ("3000元", .yuan(3000)), ("0.99万", .yuan(9900)), ("5亿", .wan(50000)),
    ("12.34", Money(fen: 1234)),
  ])
  func parsesWhatPeopleType(text: String, expected: Money) {
    #expect(AmountParsing.money(text) == .success(expected))
  }

  @Test func rejectsWhatIsNotASum() {
    #expect(AmountParsing.money("abc") == .failure(.notANumber))
    #expect(AmountParsing.money("-5") == .failure(.negative))
    #expect(AmountParsing.money("1.234") == .failure(.tooPrecise))
    #expect(AmountParsing.money("") == .failure(.empty))
    #expect(AmountParsing.money("1.2.3") == .failure(.notANumber))
  }

  @Test func ratesAreExact() {
    #expect(AmountParsing.rate("5%") == .success(.percent(5)))
    #expect(AmountParsing.rate("0.5%") == .success(Rate(basisPoints: 50)))
    #expect(Rate.percent(5).applied(to: .wan(800)) == .wan(40))
    // 5% of 123,457 yuan is 6,172.85 yuan: exact to the fen.
    #expect(Rate.percent(5).applied(to: .yuan(123_457)) == Money(fen: 617_285))
  }

  @Test func formatsAsPolicyTextsDo() {
    #expect(MoneyFormat.chinese(.wan(50)) == "50万元")
    #expect(MoneyFormat.chinese(.yuan(198_000)) == "19.8万元")
    #expect(MoneyFormat.chinese(.yuan(9900)) == "9,900元")
    #expect(MoneyFormat.chinese(.wan(12000)) == "1.2亿元")
    #expect(MoneyFormat.chinese(Money(fen: 617_285)) == "6,172.85元")
    let ordos = DefaultCatalog.catalog.document("ordos-2024")!
    #expect(Citation.of(ordos, article: 17) == "鄂尔多斯（十七）")
    #expect(Citation.chineseNumeral(30) == "三十")
    #expect(Citation.chineseNumeral(10) == "十")
  }
}

/// Issue 10, item 15: a comma separates thousands only; item 6: a huge percentage is refused,
/// not a crash.
@Suite struct AmountSeparatorTests {
  @Test(arguments: [
    ("1,200", Money.yuan(1200)), ("12,000,000", .yuan(12_000_000)), ("1,200万", .wan(1200)),
    ("１，２００万", .wan(1200)), ("1,200.5", Money(fen: 120_050)), (" 1200 ", .yuan(1200)),
    ("1200 万", .wan(1200)), ("3,000元", .yuan(3000)),
  ])
  func thousandsSeparatorsAreRead(text: String, expected: Money) {
    #expect(AmountParsing.money(text) == .success(expected))
  }

  @Test(arguments: [
    "1,5亿", "1,2,3万", "12 00", "1200,000", "1,20", "1,2000", ",200", "1,", "1,200,5", "1.5,00",
    "1,,200", "1 200",
  ])
  func anythingElseIsRefused(text: String) {
    #expect(AmountParsing.money(text) == .failure(.misplacedSeparator), "\(text)")
  }

  @Test func countsFollowTheSameRule() {
    #expect(AmountParsing.count("1,000") == .success(1000))
    #expect(AmountParsing.count("1,0") == .failure(.misplacedSeparator))
    #expect(AmountParsing.count("1 0") == .failure(.misplacedSeparator))
  }

  @Test func hugePercentagesAreRefusedWithoutTrapping() {
    #expect(AmountParsing.rate("99999999999999999%") == .failure(.tooLarge))
    #expect(AmountParsing.rate("922337203685477580.7%") == .failure(.tooLarge))
    #expect(AmountParsing.rate("1000%") == .success(.percent(1000)))
  }

  @Test func theMessageSaysWhatACommaIsFor() {
    #expect(AmountParsing.explanation(.misplacedSeparator).contains("1,200"))
  }
}
