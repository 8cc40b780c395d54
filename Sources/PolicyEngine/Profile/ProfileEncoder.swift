import Foundation

/// Writes a profile back as the JSON `evaluate` reads: money in yuan, enums by name, only the
/// facts that are set, plus `unknown`, `asOf` and `includeDrafts` when they differ from the
/// defaults. `decode(encode(p)) == p`.
public struct ProfileEncoder: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) { self.catalog = catalog }

  public func jsonObject(_ profile: Profile) -> [String: Any] {
    var object: [String: Any] = [:]
    for fact in catalog.facts {
      guard let value = profile[fact.id], let encoded = encode(value, type: fact.type) else {
        continue
      }
      object[fact.name] = encoded
    }
    let unknown = profile.unknownFacts.map { catalog.facts[$0].name }
    if !unknown.isEmpty { object["unknown"] = unknown }
    if let asOf = profile.asOf { object["asOf"] = asOf.description }
    if !profile.includeDrafts { object["includeDrafts"] = false }
    if let name = profile.enterpriseName { object["enterpriseName"] = name }
    return object
  }

  public func json(_ profile: Profile, pretty: Bool = true) -> String {
    var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { options.insert(.prettyPrinted) }
    guard
      let data = try? JSONSerialization.data(withJSONObject: jsonObject(profile), options: options)
    else {
      return "{}"
    }
    return String(decoding: data, as: UTF8.self)
  }

  private func encode(_ value: FactValue, type: FactType) -> Any? {
    switch (type, value) {
    case (.bool, .bool(let flag)): return flag
    case (.money, .number(let fen)):
      return fen % 100 == 0
        ? NSNumber(value: fen / 100) : NSDecimalNumber(decimal: Money(fen: fen).yuanDecimal)
    case (.count, .number(let count)): return NSNumber(value: count)
    case (.enumeration(let values), .choice(let index)): return values.names[index]
    case (.record(let fields), .record(let values)): return record(values, fields)
    case (.list(let fields), .list(let items)): return items.map { record($0, fields) }
    default: return nil
    }
  }

  private func record(_ values: [FactValue?], _ fields: [FieldDefinition]) -> [String: Any] {
    var object: [String: Any] = [:]
    for (index, field) in fields.enumerated() where index < values.count {
      if let value = values[index], let encoded = encode(value, type: field.type) {
        object[field.name] = encoded
      }
    }
    return object
  }
}
