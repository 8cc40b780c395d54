/// Why a matched benefit does not add to the total.
public enum StackingReason: Sendable, Equatable {
  /// 就高、从优、不重复: a higher benefit for the same subject in the same city wins.
  case combinationRule(winner: BenefitLocation, ruleDocument: Int, ruleArticle: Int)
  /// The same, where no document of the city states the rule: applied so that the same thing
  /// is never promised twice, and flagged for confirmation.
  case customaryRule(winner: BenefitLocation)
  /// Tiers of one clause (national vs region, first vs renewed) never add up.
  case sameClauseTier(winner: BenefitLocation)
}

/// A benefit that applies (or may apply) to the profile.
public struct BenefitOutcome: Sendable, Equatable {
  public var location: BenefitLocation
  /// Nil for benefits without a stated sum (一事一议, 择优, points).
  public var amount: AmountRange?
  public var computation: Computation?
  public var points: Int64?
  public var stackedOut: StackingReason?
  /// For possible benefits: the unanswered questions that decide them.
  public var dependsOn: [FactID]
}

/// A threshold the profile misses by a known gap.
public struct ThresholdGap: Sendable, Equatable {
  public var path: FactPath
  public var comparison: Comparison
  public var threshold: Int64
  public var current: Int64
  /// True when the threshold is the smallest base whose share reaches a payment floor.
  public var fromFloor: Bool

  /// How much more is needed (in the fact's unit).
  public var shortfall: Int64 {
    comparison == .above ? threshold - current + 1 : threshold - current
  }

  /// The value at which the benefit would be reached.
  public var target: Int64 { comparison == .above ? threshold + 1 : threshold }
}

/// A benefit that one more step would reach.
public struct NearMiss: Sendable, Equatable {
  public var location: BenefitLocation
  public var gap: ThresholdGap
  /// What the benefit would pay once the threshold is reached.
  public var amountAtThreshold: AmountRange?
}

public struct Totals: Sendable, Equatable {
  public var min: Money
  /// Nil when a benefit counted has no stated maximum (不低于).
  public var max: Money?

  public init(min: Money, max: Money?) {
    self.min = min
    self.max = max
  }
}

public struct EvaluationResult: Sendable, Equatable {
  public var asOf: CalendarDay
  public var matches: [BenefitOutcome]
  public var possible: [BenefitOutcome]
  public var nearMisses: [NearMiss]
  public var totals: Totals
  /// Documents that were considered (city, drafts and dates applied).
  public var documentsConsidered: [Int]
}
