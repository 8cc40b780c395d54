/// What one payment of a benefit comes to: from `min` to `max` (nil: no stated maximum).
public struct AmountRange: Sendable, Equatable, Hashable {
  public var min: Money
  public var max: Money?
  public var per: Periodicity
  public var years: Int?

  public init(min: Money, max: Money?, per: Periodicity = .once, years: Int? = nil) {
    self.min = min
    self.max = max
    self.per = per
    self.years = years
  }

  /// How many payments the totals count: a per-year sum with no stated duration counts once.
  public var paymentCount: Int64 { per == .year ? Int64(years ?? 1) : 1 }

  public var isExact: Bool { max == min }

  /// The figure used to rank benefits under 就高: the most it can pay over its whole term.
  var rankingValue: Money { (max ?? min) * paymentCount }
}
