/// How often a sum is paid.
public enum Periodicity: String, Sendable, Codable {
  case once, year
}

/// What a stated sum is paid for each of: a counted thing (`each: applicationScenarios`), or
/// each item of a list that the benefit's condition asks for (each new platform of the kind).
public enum Multiplier: Sendable, Equatable {
  case count(FactID)
  /// Counted by the evaluation from the condition's one filter on this list.
  case matchingItems(list: FactID)

  var fact: FactID {
    switch self {
    case .count(let fact), .matchingItems(let fact): return fact
    }
  }
}

/// What a percentage is taken of: one number, or each item of a list.
public enum RateBase: Sendable, Equatable {
  case fact(FactPath)
  case eachItem(list: FactID, field: Int, filter: ItemFilter, capEach: Money?)
}

/// The sum a benefit pays, as the document states it.
public enum AmountRule: Sendable, Equatable {
  /// 一次性给予 X (or X each of a counted thing, when `each` names a count fact).
  case fixed(Money, each: Multiplier?)
  /// 最高 X: anything from nothing up to X.
  case upTo(Money, each: Multiplier?)
  /// 不低于 X: X or more, no stated maximum.
  case atLeast(Money, each: Multiplier?)
  /// A percentage of a base, capped; nothing when the result is under `floor`;
  /// `ceiling` when the document says the percentage is only an upper bound (不超过…比例).
  case percentage(Rate, of: RateBase, cap: Money?, floor: Money?, ceiling: Bool)

  /// The list whose items this rule pays one by one (each matching platform, each item of a
  /// per-item percentage); nil when it pays the applicant once.
  public var itemList: FactID? {
    switch self {
    case .fixed(_, .matchingItems(let list)?), .upTo(_, .matchingItems(let list)?),
      .atLeast(_, .matchingItems(let list)?), .percentage(_, .eachItem(let list, _, _, _), _, _, _):
      return list
    default: return nil
    }
  }

  public var facts: Set<FactID> {
    switch self {
    case .fixed(_, let each), .upTo(_, let each), .atLeast(_, let each):
      return each.map { [$0.fact] } ?? []
    case .percentage(_, let base, _, _, _):
      switch base {
      case .fact(let path): return [path.fact]
      case .eachItem(let list, _, _, _): return [list]
      }
    }
  }
}

/// Points on the 蒙科聚 platform, either computed as a share of a sum or promised without a rate.
public enum PointsRule: Sendable, Equatable {
  case percentage(Rate, of: RateBase)
  case unstated
}
