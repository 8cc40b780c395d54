import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// Issue 10, item 5: sums over long lists at the largest money a profile may state trapped
/// (SIGILL). Money arithmetic saturates; a profile's lists are bounded.
@Suite struct MoneyLimitsTests {
  static let largest = ProfileDecoder.Limits.money

  @Test func additionAndMultiplicationSaturateInsteadOfTrapping() {
    // 92,234 awards of 1万亿 each: 9.2234 × 10^18 fen, past Int64.max.
    #expect(Self.largest * 92_234 == .largest)
    var total = Money.zero
    for _ in 0..<92_234 { total = total + Self.largest }
    #expect(total == .largest)
    #expect(total.isSaturated)
    #expect(Money.largest + Money(fen: 1) == .largest)
    #expect(Money.smallest - Money(fen: 1) == .smallest)
    #expect(Money(fen: -5) * .max == .smallest)
    #expect(Money(yuan: .max) == .largest)
    #expect(Money.wan(.max) == .largest)
    // Below the end of the range nothing changes.
    #expect(Self.largest * 3 == Money(yuan: 3_000_000_000_000))
    #expect(Money.wan(50) + Money.wan(40) == Money.wan(90))
  }

  @Test func aRateOfAHugeBaseSaturates() {
    #expect(Rate.percent(1000).applied(to: .largest) == .largest)
    #expect(Rate(basisPoints: .max).applied(to: .largest) == .largest)
    #expect(Rate.percent(.max).basisPoints == .max)
  }

  static func awards(_ count: Int) -> String {
    let award = #"{"level":"national","prize":1000000000000,"firstUnit":true}"#
    return #"{"city":"hohhot","applicant":"enterprise","awards":["#
      + Array(repeating: award, count: count).joined(separator: ",") + "]}"
  }

  @Test func aListLongerThanTheLimitIsRefusedNamingTheFieldAndTheLimit() throws {
    let decoder = ProfileDecoder(catalog: DefaultCatalog.catalog)
    #expect(throws: ProfileProblem.self) { try decoder.decode(Self.awards(92_234)) }
    do {
      _ = try decoder.decode(Self.awards(ProfileDecoder.Limits.listItems + 1))
      Issue.record("a list over the limit was accepted")
    } catch {
      #expect(error.field == "awards")
      #expect(error.message.contains("at most \(ProfileDecoder.Limits.listItems)"), "\(error)")
    }
  }

  @Test func aProfileAtEveryLimitEvaluatesWithoutTrapping() throws {
    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(
      Self.awards(ProfileDecoder.Limits.listItems))
    let result = Evaluator(catalog: catalog).evaluate(
      profile, today: CalendarDay(year: 2026, month: 6, day: 1))
    // 等额奖励 of 1,000 prizes of 1万亿 (hohhot-2024-draft): 1000万亿, exact, below the end of
    // the range.
    let award = try #require(
      result.matches.first { catalog[$0.location].id == "science-award-match" })
    #expect(award.amount?.min == Self.largest * 1000)
  }

  @Test func textLongerThanTheLimitIsRefused() throws {
    let name = String(repeating: "企", count: ProfileDecoder.Limits.textCharacters + 1)
    do {
      _ = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
        #"{"city":"hohhot","applicant":"enterprise","enterpriseName":"\#(name)"}"#)
      Issue.record("a long name was accepted")
    } catch {
      #expect(error.field == "enterpriseName")
      #expect(error.message.contains("at most \(ProfileDecoder.Limits.textCharacters)"))
    }
  }
}
