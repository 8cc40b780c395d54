import TestSupport
import Testing

/// The one whole-token match the output tests use (`containsWhole`): an amount is found only
/// whole, never as part of a longer number.
@Suite struct WholeTokenTests {
  @Test func anAmountIsNotFoundInsideALongerNumber() {
    #expect(!"合计190万元".containsWhole("90万元"))
    #expect(!"合计1,090万元".containsWhole("90万元"))
    #expect(!"合计0.90万元".containsWhole("90万元"))
    #expect(!"合计１90万元".containsWhole("90万元"))
    #expect(!"每年400万元".containsWhole("每年40"))
    #expect(!"".containsWhole("90万元"))
  }

  @Test func anAmountStandingAloneIsFound() {
    #expect("合计90万元，另".containsWhole("90万元"))
    #expect("（一）90万元".containsWhole("90万元"))
    #expect("190万元与90万元".containsWhole("90万元"))
    #expect("800万元 × 5% = 40万元".containsWhole("5% = 40万元"))
    #expect("合计90万元".containsWhole("合计90万元"))
  }
}
