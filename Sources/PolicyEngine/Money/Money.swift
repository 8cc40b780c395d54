import Foundation

/// An exact sum of money, counted in fen (0.01 yuan). Never a floating-point number.
public struct Money: Hashable, Comparable, Sendable {
  public var fen: Int64

  public init(fen: Int64) { self.fen = fen }
  public init(yuan: Int64) { self.fen = yuan * 100 }
  public static func wan(_ wan: Int64) -> Money { Money(yuan: wan * 10_000) }

  public static let zero = Money(fen: 0)

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
  public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
  public static func * (lhs: Money, rhs: Int64) -> Money { Money(fen: lhs.fen * rhs) }

  /// The sum in yuan as an exact decimal, for JSON.
  public var yuanDecimal: Decimal { Decimal(fen) / 100 }

  /// Whether the sum is a whole number of yuan.
  public var isWholeYuan: Bool { fen % 100 == 0 }
}
