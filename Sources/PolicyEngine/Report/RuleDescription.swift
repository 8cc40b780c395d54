import Foundation

/// A benefit's condition as data an outside check can read without Swift (`policies --format
/// json`): every fact by its profile name, every enum value by name, every money threshold in
/// yuan.
public indirect enum ConditionEntry: Encodable, Sendable {
  case oneOf(fact: String, values: [String])
  case isTrue(fact: String, value: Bool)
  case compare(fact: String, comparison: Comparison, threshold: Decimal)
  case has(list: String, filter: [ItemTestEntry])
  case all([ConditionEntry])
  case any([ConditionEntry])
  case not(ConditionEntry)

  private enum Keys: String, CodingKey {
    case fact, `in`, `is`, atLeast, above, below, atMost, has, `where`, all, any, not
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    switch self {
    case .oneOf(let fact, let values):
      try container.encode(fact, forKey: .fact)
      try container.encode(values, forKey: .in)
    case .isTrue(let fact, let value):
      try container.encode(fact, forKey: .fact)
      try container.encode(value, forKey: .is)
    case .compare(let fact, let comparison, let threshold):
      try container.encode(fact, forKey: .fact)
      try container.encode(threshold, forKey: Keys(rawValue: comparison.rawValue)!)
    case .has(let list, let filter):
      try container.encode(list, forKey: .has)
      try container.encode(filter, forKey: .where)
    case .all(let parts): try container.encode(parts, forKey: .all)
    case .any(let parts): try container.encode(parts, forKey: .any)
    case .not(let part): try container.encode(part, forKey: .not)
    }
  }
}

/// One test on a field of a list item.
public struct ItemTestEntry: Encodable, Sendable {
  public var field: String
  public var values: [String]?
  public var value: Bool?
  public var comparison: String?
  public var threshold: Decimal?

  enum CodingKeys: String, CodingKey { case field, `in`, `is`, comparison, threshold }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(field, forKey: .field)
    try container.encodeIfPresent(values, forKey: .in)
    try container.encodeIfPresent(value, forKey: .is)
    try container.encodeIfPresent(comparison, forKey: .comparison)
    try container.encodeIfPresent(threshold, forKey: .threshold)
  }
}

extension CatalogReport {
  /// `rd.increment`, `talent.tier`, `platforms`.
  func name(_ path: FactPath) -> String {
    let fact = catalog.facts[path.fact]
    if path.derived == .rdIncrement { return "\(fact.name).increment" }
    if let field = path.field { return "\(fact.name).\(fact.type.fields[field].name)" }
    return fact.name
  }

  private func type(_ path: FactPath) -> FactType {
    let fact = catalog.facts[path.fact]
    if path.derived != nil { return .money }
    if let field = path.field { return fact.type.fields[field].type }
    return fact.type
  }

  /// A number in its fact's unit for JSON: money in yuan, counts as they are.
  private func number(_ value: Int64, _ type: FactType) -> Decimal {
    type == .money ? Money(fen: value).yuanDecimal : Decimal(value)
  }

  private static func names(_ mask: UInt64, _ type: FactType) -> [String] {
    guard case .enumeration(let values) = type else { return [] }
    return values.names.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { values.names[$0] }
  }

  func describe(_ condition: Condition) -> ConditionEntry {
    switch condition {
    case .oneOf(let path, let mask):
      return .oneOf(fact: name(path), values: Self.names(mask, type(path)))
    case .isTrue(let path, let value): return .isTrue(fact: name(path), value: value)
    case .compare(let path, let comparison, let threshold):
      return .compare(
        fact: name(path), comparison: comparison, threshold: number(threshold, type(path)))
    case .has(let list, let filter):
      return .has(list: catalog.facts[list].name, filter: describe(filter, of: list))
    case .all(let parts): return .all(parts.map(describe))
    case .any(let parts): return .any(parts.map(describe))
    case .not(let part): return .not(describe(part))
    }
  }

  func describe(_ filter: ItemFilter, of list: FactID) -> [ItemTestEntry] {
    let fields = catalog.facts[list].type.fields
    return filter.tests.map { field, test in
      var entry = ItemTestEntry(field: fields[field].name)
      switch test {
      case .oneOf(let mask): entry.values = Self.names(mask, fields[field].type)
      case .isTrue(let value): entry.value = value
      case .compare(let comparison, let threshold):
        entry.comparison = comparison.rawValue
        entry.threshold = number(threshold, fields[field].type)
      }
      return entry
    }
  }
}
