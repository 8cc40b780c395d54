import Foundation

/// A sum in yuan as the JSON outputs write it: an exact decimal number (`1234.5`), held as fen.
public struct Yuan: Sendable, Equatable, Hashable, Encodable {
  public var fen: Int64

  public init(_ money: Money) { self.fen = money.fen }

  /// Encoded as Foundation's `Decimal` of the sum, which JSONEncoder writes as the shortest
  /// exact decimal; `JSONText.yuan` writes the same digits without Foundation.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Money(fen: fen).yuanDecimal)
  }
}
