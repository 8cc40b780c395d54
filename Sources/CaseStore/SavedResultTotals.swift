import Foundation

/// The `totals` object of a saved case's result, as `evaluate --format json` wrote it at save
/// time: the sum, the sums by certainty (the same categories everywhere: 确定, 征求意见稿, 可能 …)
/// and their worded lines. Read exactly (Decimal yuan), never re-derived from the benefits.
public struct SavedResultTotals: Codable, Sendable, Equatable {
  public struct Range: Codable, Sendable, Equatable {
    public var min: Decimal
    /// Nil: no upper bound (不低于).
    public var max: Decimal?

    public init(min: Decimal, max: Decimal?) {
      self.min = min
      self.max = max
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(min, forKey: .min)
      try container.encode(max, forKey: .max)
    }

    enum CodingKeys: String, CodingKey { case min, max }
  }

  public struct Line: Codable, Sendable, Equatable {
    public var label: String
    public var value: String
  }

  /// By certainty key (`certain`, `draft`, `possible`, …), as the result names them.
  public var byCertainty: [String: Range]
  public var lines: [Line]
  public var min: Decimal
  public var max: Decimal?

  public init?(resultJSON: String) {
    struct Report: Decodable { var totals: SavedResultTotals }
    guard let report = try? JSONDecoder().decode(Report.self, from: Data(resultJSON.utf8)) else {
      return nil
    }
    self = report.totals
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(byCertainty, forKey: .byCertainty)
    try container.encode(lines, forKey: .lines)
    try container.encode(min, forKey: .min)
    try container.encode(max, forKey: .max)
  }

  enum CodingKeys: String, CodingKey { case byCertainty, lines, min, max }
}
