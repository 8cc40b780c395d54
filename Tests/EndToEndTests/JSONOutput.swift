import Foundation
import Testing

/// Reading the CLI's JSON the way a consumer would: with `JSONSerialization`, no shared types.
enum JSONOutput {
  static func object(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String: Any]
  {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(
      value as? [String: Any], "not a JSON object", sourceLocation: sourceLocation)
  }

  static func array(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [[String: Any]]
  {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(
      value as? [[String: Any]], "not a JSON array of objects", sourceLocation: sourceLocation)
  }

  static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

  /// A JSON number (never a string holding one), as an exact decimal.
  static func number(_ value: Any?) -> Decimal? {
    guard !(value is String), let number = value as? NSNumber else { return nil }
    return number.decimalValue
  }

  static func isNull(_ value: Any?) -> Bool { value is NSNull }
}
