/// Why a matched benefit (or one item of it) does not add to the total: another benefit pays
/// for the same thing, and is surely at least as high. Indirect: few outcomes have one, and
/// inline it made every outcome 57 bytes larger to build and copy.
public indirect enum StackingReason: Sendable, Equatable {
  /// 就高、从优、不重复 between the city's documents, as an article states it.
  case combinationRule(winner: BenefitLocation, ruleDocument: Int, ruleArticle: Int)
  /// The same, where no document of the city states the rule: applied so that the same thing
  /// is never promised twice, and flagged for confirmation.
  case customaryRule(winner: BenefitLocation)
  /// Tiers of one clause (national vs region, first vs renewed) never add up for one thing.
  case sameClauseTier(winner: BenefitLocation)
  /// The catalog states that the two benefits pay for the same thing (`sameThingAs` on either
  /// of them, with its note), citing the document's rule where it has one.
  case catalogDecision(winner: BenefitLocation, loser: BenefitLocation, ruleArticle: Int?)

  public var winner: BenefitLocation {
    switch self {
    case .combinationRule(let winner, _, _), .customaryRule(let winner),
      .sameClauseTier(let winner), .catalogDecision(let winner, _, _):
      return winner
    }
  }
}

/// How sure an amount is, in the words every output uses (`EngineText.certaintyLabel`).
/// One category a match, decided in this order: possible, choose-higher, draft, reserved,
/// 不低于, 最高, certain.
public enum Certainty: String, Sendable, CaseIterable, Codable, Comparable {
  /// 确定: a stated sum (fixed, or a percentage fully computed) from a document in force, every
  /// condition answered, no 择优 and no condition the text leaves unstated.
  case certain
  /// 征求意见稿: the document is a draft.
  case draft
  /// 最高: anything from (nearly) nothing up to a stated maximum.
  case upTo
  /// 不低于: a stated minimum, open above.
  case atLeast
  /// 择优 / 符合一定条件: the text sets conditions the catalog cannot check.
  case reserved
  /// 取其高: one of several benefits for the same thing, none surely higher; the totals take
  /// the higher range of the set.
  case chooseHigher
  /// 可能: hinges on an unanswered question (or an open list, 以申报通知为准).
  case possible

  /// The place in `allCases`, without building the array (sorting and hashing the totals'
  /// categories did so on every evaluation).
  var ordinal: Int {
    switch self {
    case .certain: return 0
    case .draft: return 1
    case .upTo: return 2
    case .atLeast: return 3
    case .reserved: return 4
    case .chooseHigher: return 5
    case .possible: return 6
    }
  }

  public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.ordinal < rhs.ordinal }

  /// By place rather than by raw text: a dictionary keyed by certainty hashed a string per use.
  public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

/// Why a benefit is possible rather than matched.
public enum PossibleReason: Sendable, Equatable {
  /// It hinges on the questions in `dependsOn`.
  case unanswered
  /// The clause's list ends in 等 and names no kind the applicant has: 以申报通知为准.
  case openList
}

/// One item of a per-item benefit that another benefit pays instead.
public struct ItemStacking: Sendable, Equatable {
  /// The item's position in its list.
  public var item: Int
  public var reason: StackingReason

  public init(item: Int, reason: StackingReason) {
    self.item = item
    self.reason = reason
  }
}

/// Benefits paying for the same thing where none is surely higher (最高300万 against 不低于200万):
/// all stay visible, and the totals take the highest minimum and the highest maximum.
public struct AlternativeSet: Sendable, Equatable {
  public var members: [BenefitLocation]
  /// The list item they compete for; nil when it is the applicant itself.
  public var item: Int?
  /// What the set adds to the totals, over the whole term.
  public var min: Money
  public var max: Money?
  /// The set's higher side (its minimum or its maximum) is offered only by draft members: the
  /// totals count it under 征求意见稿, and every output says so.
  public var draftDecides: Bool = false
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
  /// The category of certainty every output shows for this benefit; nil for support without a
  /// stated sum.
  public var certainty: Certainty?
  /// For a benefit paid per list item (each platform, each product): the positions of the items
  /// it pays for, after 就高; empty for a benefit paid once to the applicant.
  public var items: [Int]
  /// Items it would pay for that another benefit pays instead.
  public var itemsPaidElsewhere: [ItemStacking]
  /// Indices into `EvaluationResult.alternatives` of the sets this benefit belongs to.
  public var alternatives: [Int]
  public var possibleReason: PossibleReason?

  // Inlined and every field set here: called, it built the outcome and then copied it (a
  // copy of all its references) to return it, once for every benefit evaluation matches.
  @inline(__always)
  public init(
    location: BenefitLocation, amount: AmountRange?, computation: Computation?, points: Int64?,
    stackedOut: StackingReason?, dependsOn: [FactID]
  ) {
    self.location = location
    self.amount = amount
    self.computation = computation
    self.points = points
    self.stackedOut = stackedOut
    self.dependsOn = dependsOn
    self.certainty = nil
    self.items = []
    self.itemsPaidElsewhere = []
    self.alternatives = []
    self.possibleReason = nil
  }
}

/// A threshold the profile misses by a known gap.
public struct ThresholdGap: Sendable, Equatable {
  public var path: FactPath
  public var comparison: Comparison
  public var threshold: Int64
  public var current: Int64
  /// True when the threshold is the smallest base whose share reaches a payment floor.
  public var fromFloor: Bool
  /// For a threshold on a field of one list item (a contract of 199万 against 200万): the
  /// item's position, `path` naming the list and the field.
  public var item: Int? = nil

  /// How much more is needed (in the fact's unit).
  public var shortfall: Int64 {
    comparison == .above ? threshold - current + 1 : threshold - current
  }

  /// The value at which the benefit would be reached.
  public var target: Int64 { comparison == .above ? threshold + 1 : threshold }
}

/// A benefit that one more step would reach: a threshold missed by a known gap, or yes/no
/// questions the profile did not answer.
public struct NearMiss: Sendable, Equatable {
  public var location: BenefitLocation
  /// The threshold missed; nil for a near miss of the unanswered kind.
  public var gap: ThresholdGap?
  /// The yes/no questions the profile left out (neither answered nor listed unknown) that alone
  /// stand between it and the benefit: omitted pays nothing (the profile contract), but it is
  /// never a silent "no". Empty for a threshold near miss.
  public var unanswered: [FactPath] = []
  /// What the benefit would pay once the threshold is reached (or the questions answered yes).
  public var amountAtThreshold: AmountRange?
  /// What a points benefit would give at the threshold, when its rate is stated.
  public var pointsAtThreshold: Int64? = nil

  public init(
    location: BenefitLocation, gap: ThresholdGap?, unanswered: [FactPath] = [],
    amountAtThreshold: AmountRange?, pointsAtThreshold: Int64? = nil
  ) {
    self.location = location
    self.gap = gap
    self.unanswered = unanswered
    self.amountAtThreshold = amountAtThreshold
    self.pointsAtThreshold = pointsAtThreshold
  }
}

/// A sum from `min` to `max` (nil: open above) over the whole term of the benefits in it.
public struct MoneyRange: Sendable, Equatable, Hashable {
  public var min: Money
  public var max: Money?

  public init(min: Money, max: Money?) {
    self.min = min
    self.max = max
  }

  public static let zero = MoneyRange(min: .zero, max: .zero)

  public static func + (lhs: MoneyRange, rhs: MoneyRange) -> MoneyRange {
    MoneyRange(min: lhs.min + rhs.min, max: lhs.max.flatMap { left in rhs.max.map { left + $0 } })
  }

  public var isExact: Bool { max == min }
}

public struct Totals: Sendable, Equatable {
  public var min: Money
  /// Nil when a benefit counted has no stated maximum (不低于).
  public var max: Money?
  /// The same total split by certainty, each category that has something; `possible` holds
  /// what the possible benefits would add (not counted in `min`/`max`).
  public var byCertainty: CertaintyTotals
  /// A possible benefit pays per item (per project, per platform) and the number of items is
  /// unanswered: the possible line has no upper bound, and says why.
  public var possibleOpenPerItem: Bool = false
  /// With `possibleOpenPerItem`: what the other possible benefits would add at most.
  public var possibleCounted: Money = .zero

  public init(min: Money, max: Money?, byCertainty: CertaintyTotals = [:]) {
    self.min = min
    self.max = max
    self.byCertainty = byCertainty
  }

  /// The 确定 part: zero when nothing is certain.
  public var certain: Money { byCertainty[.certain]?.min ?? .zero }
}

public struct EvaluationResult: Sendable, Equatable {
  public var asOf: CalendarDay
  public var matches: [BenefitOutcome]
  public var possible: [BenefitOutcome]
  public var nearMisses: [NearMiss]
  public var totals: Totals
  /// Documents that were considered (city, drafts and dates applied).
  public var documentsConsidered: [Int]
  /// Sets of benefits for the same thing where none is surely higher.
  public var alternatives: [AlternativeSet] = []
  /// Support the clause offers with no condition at all (a programme, a service for all):
  /// shown apart from what the applicant qualifies for.
  public var general: [BenefitOutcome] = []

  public init(
    asOf: CalendarDay, matches: [BenefitOutcome], possible: [BenefitOutcome],
    nearMisses: [NearMiss], totals: Totals, documentsConsidered: [Int]
  ) {
    self.asOf = asOf
    self.matches = matches
    self.possible = possible
    self.nearMisses = nearMisses
    self.totals = totals
    self.documentsConsidered = documentsConsidered
  }
}
