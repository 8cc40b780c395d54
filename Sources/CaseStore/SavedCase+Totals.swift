import Foundation
import PolicyEngine

extension SavedCase {
  /// The total the enterprise was told at save time, read from `resultJSON`; nil when that
  /// JSON has no readable totals.
  public var savedTotals: Totals? {
    struct Report: Decodable {
      struct Totals: Decodable {
        var min: Decimal
        var max: Decimal?
      }
      var totals: Totals
    }
    guard let report = try? JSONDecoder().decode(Report.self, from: Data(resultJSON.utf8)) else {
      return nil
    }
    return Totals(min: Self.money(report.totals.min), max: report.totals.max.map(Self.money))
  }

  static func money(_ yuan: Decimal) -> Money {
    var fen = yuan * 100
    var rounded = Decimal()
    NSDecimalRound(&rounded, &fen, 0, .plain)
    return Money(fen: NSDecimalNumber(decimal: rounded).int64Value)
  }
}
