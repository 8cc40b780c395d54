import PolicyEngine

/// How the report words a sum: the per-payment figure, and for a per-year benefit the number of
/// years and the whole, so that the enterprise sees what the total counts.
enum ReportAmount {
  /// `50万元`, `最高200万元`, `每年 40万元`, `每年 不低于500万元 × 3 年，共不低于1500万元`;
  /// `CNY 400,000 a year`, `at least CNY 5,000,000 a year × 3 years, at least CNY 15,000,000 in all`.
  static func text(_ range: AmountRange, wording: EngineText, words: ReportStrings) -> String {
    let each = sum(min: range.min, max: range.max, wording: wording)
    guard range.per == .year else { return each }
    let yearly = wording.yearly(each, nil)
    guard let years = range.years, years > 1 else {
      return yearly + (range.years == 1 ? words.years(1) : "")
    }
    // The whole term: from one year up when the years are only a ceiling (最多5年).
    let whole = wording.sum(range.term)
    let term = range.yearsAtMost ? words.atMostYears(years) : words.years(years)
    return "\(yearly)\(term)\(words.inAll(whole))"
  }

  /// One figure: exact, capped (最高), open-ended (不低于) or from–to.
  static func sum(min: Money, max: Money?, wording: EngineText) -> String {
    wording.sum(MoneyRange(min: min, max: max))
  }

  /// True when the figure is a limit the department fixes (最高、不低于、区间), not the sum paid.
  static func isRange(_ range: AmountRange) -> Bool { !range.isExact }
}
