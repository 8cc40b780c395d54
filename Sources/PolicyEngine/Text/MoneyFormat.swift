/// Sums written the way each language's readers write them: 50万元, 1.2亿元, 9,900元 in
/// Chinese; CNY 500,000 and CNY 1,234.50 in English. Outputs reach these through their
/// language's table (`EngineText.money`), so that no output words money without its language.
public enum MoneyFormat {
  /// `50万元`, `1.2亿元`, `9,900元`. One rule decides the unit, by size alone, the same in
  /// every output: from 1亿 on in 亿, from 1万 on in 万, below in yuan with separators; the
  /// digits after the point are as many as the sum needs to stay exact to the fen
  /// (`2469.13578万元`, `4.558265亿元`), so a report never switches to `24,691,357.8元` beside
  /// `万元`, nor writes `45582.65万元` beside `1.3929亿元`.
  public static func chinese(_ money: Money, unit: Bool = true) -> String {
    let suffix = unit ? "元" : ""
    if money.fen < 0 {
      // The magnitude of the most negative sum does not fit; one fen less is as good a word.
      return "-" + chinese(Money(fen: money.fen == .min ? .max : -money.fen), unit: unit)
    }
    let fen = money.fen
    if fen >= 10_000_000_000 { return decimal(fen, scale: 10_000_000_000) + "亿" + suffix }
    if fen >= 1_000_000 { return decimal(fen, scale: 1_000_000) + "万" + suffix }
    return yuan(money) + suffix
  }

  /// `CNY 500,000`, `CNY 1,234.50`: exact to the fen, never rounded into "million" (a wrong
  /// amount is the worst mistake; `¥` is also the yen's sign).
  public static func english(_ money: Money) -> String {
    (money.fen < 0 ? "-CNY " : "CNY ") + digits(money.fen.magnitude)
  }

  /// `500,000`, `1,234.50`: yuan grouped by thousands, the fen as two digits when there are any.
  public static func yuanToTheFen(_ money: Money) -> String {
    (money.fen < 0 ? "-" : "") + digits(money.fen.magnitude)
  }

  private static func digits(_ fen: UInt64) -> String {
    let cents = fen % 100
    let whole = grouped(fen / 100)
    if cents == 0 { return whole }
    return whole + "." + (cents < 10 ? "0\(cents)" : String(cents))
  }

  /// `1,234,567`.
  private static func grouped(_ value: UInt64) -> String {
    var whole = String(value)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    return whole + grouped
  }

  /// The sum in 万, without unit: `19.8` for 198,000 yuan.
  public static func inWan(_ money: Money) -> String {
    decimal(money.fen, scale: 1_000_000)
  }

  /// `12,345.6` style yuan with separators, no unit.
  public static func yuan(_ money: Money) -> String {
    let sign = money.fen < 0 ? "-" : ""
    let fen = abs(money.fen)
    var whole = String(fen / 100)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    grouped = whole + grouped
    let cents = fen % 100
    if cents == 0 { return sign + grouped }
    let fraction = cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0\(cents)" : String(cents))
    return sign + grouped + "." + fraction
  }

  /// `value / scale` with trailing zeros of the fraction dropped.
  private static func decimal(_ value: Int64, scale: Int64) -> String {
    let whole = value / scale
    var remainder = value % scale
    guard remainder != 0 else { return String(whole) }
    var digits = ""
    var place = scale / 10
    while remainder != 0, place > 0 {
      digits += String(remainder / place)
      remainder %= place
      place /= 10
    }
    return "\(whole).\(digits)"
  }
}
