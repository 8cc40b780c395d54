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
