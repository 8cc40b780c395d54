/// A comparison of a number with a threshold written in the catalog.
public enum Comparison: String, Sendable, CaseIterable {
  case atLeast, above, below, atMost

  public func holds(_ value: Int64, _ threshold: Int64) -> Bool {
    switch self {
    case .atLeast: return value >= threshold
    case .above: return value > threshold
    case .below: return value < threshold
    case .atMost: return value <= threshold
    }
  }

  /// Whether raising the value can make it hold: what makes a "within reach" hint.
  public var isLowerBound: Bool { self == .atLeast || self == .above }
}

/// A test on one field of a list item (a platform, a contract, an award).
public enum FieldTest: Sendable, Equatable {
  case oneOf(mask: UInt64)
  case isTrue(Bool)
  case compare(Comparison, Int64)
}

/// Which items of a list fact a condition or an amount looks at.
public struct ItemFilter: Sendable, Equatable {
  public var tests: [(field: Int, test: FieldTest)]

  public init(tests: [(field: Int, test: FieldTest)] = []) { self.tests = tests }

  public static func == (lhs: ItemFilter, rhs: ItemFilter) -> Bool {
    lhs.tests.map(\.field) == rhs.tests.map(\.field)
      && lhs.tests.map(\.test) == rhs.tests.map(\.test)
  }
}

/// A benefit's eligibility rule, compiled from the catalog's `when:`.
public indirect enum Condition: Sendable, Equatable {
  /// An enum fact takes one of the values in `mask` (bit i = value i).
  case oneOf(FactPath, mask: UInt64)
  case isTrue(FactPath, Bool)
  case compare(FactPath, Comparison, Int64)
  /// The list fact holds at least one item passing the filter.
  case has(list: FactID, ItemFilter)
  case all([Condition])
  case any([Condition])
  case not(Condition)

  /// Every top-level fact the condition reads.
  public var facts: Set<FactID> {
    switch self {
    case .oneOf(let path, _), .isTrue(let path, _), .compare(let path, _, _): return [path.fact]
    case .has(let list, _): return [list]
    case .all(let parts), .any(let parts): return parts.reduce(into: []) { $0.formUnion($1.facts) }
    case .not(let part): return part.facts
    }
  }
}
