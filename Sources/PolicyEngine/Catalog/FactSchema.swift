/// What a fact can hold: the profile's fields, declared in the catalog so that the wizard asks
/// about them and the engine reads them without knowing any one policy.
public indirect enum FactType: Sendable, Equatable {
  case bool
  case money
  case count
  case enumeration(EnumValues)
  case record([FieldDefinition])
  case list([FieldDefinition])

  public var name: String {
    switch self {
    case .bool: return "bool"
    case .money: return "money"
    case .count: return "count"
    case .enumeration: return "enum"
    case .record: return "record"
    case .list: return "list"
    }
  }

  public var fields: [FieldDefinition] {
    switch self {
    case .record(let fields), .list(let fields): return fields
    default: return []
    }
  }
}

/// The values of an enumeration, in the catalog's order, with their labels.
public struct EnumValues: Sendable, Equatable {
  public var names: [String]
  public var labels: [String: String]
  /// The `en:` block's `valueLabels`.
  public var englishLabels: [String: String] = [:]

  public func index(of name: String) -> Int? { names.firstIndex(of: name) }
  public func label(_ index: Int) -> String { labels[names[index]] ?? names[index] }
}

/// One field of a record or list fact.
public struct FieldDefinition: Sendable, Equatable {
  public var name: String
  public var type: FactType
  public var label: String
  public var english: Translation? = nil
}

/// Index of a top-level fact in the catalog's fact table.
public typealias FactID = Int

public struct FactDefinition: Sendable, Equatable {
  public var id: FactID
  public var name: String
  public var type: FactType
  public var label: String
  public var question: String
  public var help: String?
  public var unit: String?
  /// Applicant types for which the question makes sense; empty means all.
  public var appliesTo: [String]
  /// The value an omitted enum fact takes (index into its values).
  public var defaultEnumIndex: Int
  /// The document that declared the fact, or nil for `facts.yaml`.
  public var declaredBy: String?
  /// The `en:` block.
  public var english: Translation? = nil

  public func field(named name: String) -> Int? {
    type.fields.firstIndex(where: { $0.name == name })
  }
}

/// Where a condition or an amount reads a number, a flag or an enum value.
public struct FactPath: Sendable, Hashable {
  public enum Derived: Sendable, Hashable {
    /// `rd.increment` = `rd.lastYear − rd.yearBefore`.
    case rdIncrement
  }

  public var fact: FactID
  public var field: Int?
  public var derived: Derived?

  public init(fact: FactID, field: Int? = nil, derived: Derived? = nil) {
    self.fact = fact
    self.field = field
    self.derived = derived
  }
}
