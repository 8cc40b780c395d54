/// Every number of the catalog is within its range, so that no amount a policy officer can
/// write passes `validate` and then overflows an evaluation: a sum (amount, cap, floor,
/// threshold) at most 1万亿元 (what a profile may state), a percentage above 0 and at most
/// 1000%, years of payment 1 to 50, a count threshold at most what a profile may count.
/// The reader applies the rule to every value as it reads it.
enum NumbersAreInRange: Rule {
  static let largestMoney = ProfileDecoder.Limits.money
  static let rates = Rate(basisPoints: 1)...Rate.percent(1000)
  static let years = 1...50
  static let largestCount = ProfileDecoder.Limits.count

  static func moneyMessage(_ what: String, text: String) -> String {
    "\(what) is \(text); a sum in the catalog must be at most \(AmountParsing.largestSumText) (1000000000000 yuan)"
  }

  static func rateMessage(_ what: String, text: String) -> String {
    "\(what) is \(text); a percentage must be more than 0% and at most 1000%"
  }

  static func yearsMessage(text: String) -> String {
    "years is \(text); a benefit is paid for 1 to \(years.upperBound) years"
  }

  static func countMessage(_ what: String, text: String) -> String {
    "\(what) is \(text); a count must be a whole number from 0 to \(largestCount)"
  }
}
