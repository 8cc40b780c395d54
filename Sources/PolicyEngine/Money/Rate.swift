/// A percentage, held exactly in hundredths of a percent (basis points): 5% is 500.
public struct Rate: Hashable, Comparable, Sendable {
  public var basisPoints: Int64

  public init(basisPoints: Int64) { self.basisPoints = basisPoints }
  public static func percent(_ percent: Int64) -> Rate {
    Rate(basisPoints: percent.multipliedSaturating(by: 100))
  }

  public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.basisPoints < rhs.basisPoints }

  /// `base × rate`, rounded down to the fen: a grant is never paid above what the rate gives.
  public func applied(to base: Money) -> Money {
    // Wide arithmetic: a huge base or rate never traps; the result saturates instead.
    Money(fen: Int64(clamping: Int128(base.fen) * Int128(basisPoints) / 10_000))
  }

  /// The smallest base whose share reaches `target`.
  public func baseNeeded(toReach target: Money) -> Money {
    guard basisPoints > 0 else { return target }
    return Money(
      fen: Int64(
        clamping: (Int128(target.fen) * 10_000 + Int128(basisPoints) - 1) / Int128(basisPoints)))
  }

  public var isEqualMatch: Bool { basisPoints == 10_000 }
}
