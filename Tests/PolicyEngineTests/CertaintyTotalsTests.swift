import PolicyEngine
import Testing

/// `Totals.byCertainty` reads as the dictionary it replaced: what is set is read back, what is
/// not is nil, and the categories come in their order.
@Suite struct CertaintyTotalsTests {
  @Test func readsBackWhatIsSetAndNilForTheRest() {
    var totals = CertaintyTotals()
    #expect(totals.isEmpty)
    totals[.upTo] = MoneyRange(min: .zero, max: .wan(300))
    totals[.certain] = MoneyRange(min: .wan(50), max: .wan(50))
    #expect(totals[.upTo] == MoneyRange(min: .zero, max: .wan(300)))
    #expect(totals[.certain] == MoneyRange(min: .wan(50), max: .wan(50)))
    #expect(totals[.draft] == nil)
    #expect(totals.count == 2)
    totals[.upTo] = nil
    #expect(totals[.upTo] == nil)
    #expect(totals.keys == [.certain])
  }

  @Test func listsTheCategoriesInTheirOrderWhateverTheOrderTheyWereSetIn() {
    let totals: CertaintyTotals = [
      .possible: MoneyRange(min: .wan(1), max: nil),
      .certain: MoneyRange(min: .wan(2), max: .wan(2)),
      .chooseHigher: MoneyRange(min: .wan(3), max: .wan(4)),
    ]
    #expect(totals.keys == [.certain, .chooseHigher, .possible])
    #expect(totals.map(\.key) == totals.keys)
    #expect(totals.values.map(\.min) == [.wan(2), .wan(3), .wan(1)])
  }

  @Test func isEqualToTheSameDictionaryAndNotToAnother() {
    let dictionary: [Certainty: MoneyRange] = [
      .reserved: MoneyRange(min: .zero, max: .wan(10)), .draft: .zero,
    ]
    #expect(
      CertaintyTotals(dictionary) == [
        .draft: .zero, .reserved: MoneyRange(min: .zero, max: .wan(10)),
      ])
    #expect(CertaintyTotals(dictionary) != [.draft: .zero])
    // A category holding zero is not a category holding nothing.
    #expect(CertaintyTotals([.draft: .zero]) != CertaintyTotals())
  }
}
