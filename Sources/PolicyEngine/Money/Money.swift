import Foundation

/// An exact sum of money, counted in fen (0.01 yuan). Never a floating-point number.
///
/// Arithmetic saturates: a sum that would leave `Int64` stays at `Money.largest` (or
/// `Money.smallest`) instead of trapping, so that no input, however long its lists, can crash
/// an evaluation. Profiles are bounded far below that (`ProfileDecoder.Limits`); saturation is
/// the last guard, not the rule.
public struct Money: Hashable, Comparable, Sendable {
  public var fen: Int64

  public init(fen: Int64) { self.fen = fen }
  public init(yuan: Int64) { self.fen = yuan.multipliedSaturating(by: 100) }
  public static func wan(_ wan: Int64) -> Money {
    Money(yuan: wan.multipliedSaturating(by: 10_000))
  }

  public static let zero = Money(fen: 0)
  /// The largest sum a `Money` holds; sums beyond it saturate here.
  public static let largest = Money(fen: .max)
  /// The smallest (most negative) sum; differences below it saturate here.
  public static let smallest = Money(fen: .min)

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(fen: lhs.fen.addingSaturating(rhs.fen))
  }
  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(fen: lhs.fen.subtractingSaturating(rhs.fen))
  }
  public static func * (lhs: Money, rhs: Int64) -> Money {
    Money(fen: lhs.fen.multipliedSaturating(by: rhs))
  }
  public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }

  /// Whether the sum reached the end of the range and stands for “at least this much”.
  public var isSaturated: Bool { fen == .max || fen == .min }

  /// The sum in yuan as an exact decimal, for JSON.
  public var yuanDecimal: Decimal { Decimal(fen) / 100 }

  /// Whether the sum is a whole number of yuan.
  public var isWholeYuan: Bool { fen % 100 == 0 }
}

extension Int64 {
  /// `self + other`, staying at `.max` or `.min` instead of overflowing.
  public func addingSaturating(_ other: Int64) -> Int64 {
    let (result, overflow) = addingReportingOverflow(other)
    guard overflow else { return result }
    return other > 0 ? .max : .min
  }

  /// `self − other`, staying at `.max` or `.min` instead of overflowing.
  public func subtractingSaturating(_ other: Int64) -> Int64 {
    let (result, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return result }
    return other < 0 ? .max : .min
  }

  /// `self × other`, staying at `.max` or `.min` instead of overflowing.
  public func multipliedSaturating(by other: Int64) -> Int64 {
    let (result, overflow) = multipliedReportingOverflow(by: other)
    guard overflow else { return result }
    return (self < 0) == (other < 0) ? .max : .min
  }
}
