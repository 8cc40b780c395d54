/// What one payment of a benefit comes to: from `min` to `max` (nil: no stated maximum).
public struct AmountRange: Sendable, Equatable, Hashable {
  public var min: Money
  public var max: Money?
  public var per: Periodicity
  public var years: Int?
  /// `years` is a ceiling (最多5年): the term is from one year up to `years`.
  public var yearsAtMost: Bool

  public init(
    min: Money, max: Money?, per: Periodicity = .once, years: Int? = nil, yearsAtMost: Bool = false
  ) {
    self.min = min
    self.max = max
    self.per = per
    self.years = years
    self.yearsAtMost = yearsAtMost
  }

  /// How many payments the totals count at most: a per-year sum with no stated duration
  /// counts once.
  public var paymentCount: Int64 { per == .year ? Int64(years ?? 1) : 1 }

  /// How many payments are sure: one when the years are only a ceiling.
  public var minimumPaymentCount: Int64 { yearsAtMost ? 1 : paymentCount }

  /// One payment is exact, and so is the term.
  public var isExact: Bool { max == min && !(yearsAtMost && paymentCount > 1) }

  /// The whole term: every payment at its lowest, and at its highest.
  public var term: MoneyRange {
    MoneyRange(min: min * minimumPaymentCount, max: max.map { $0 * paymentCount })
  }

  /// The same payment for `count` things.
  func times(_ count: Int64) -> AmountRange {
    AmountRange(
      min: min * count, max: max.map { $0 * count }, per: per, years: years,
      yearsAtMost: yearsAtMost)
  }
}
