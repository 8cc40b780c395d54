/// A benefit as evaluation reads it, worked out once per catalog. A class, so that walking the
/// catalog on every keystroke costs one reference per benefit rather than a copy of every
/// string and rule of `Benefit`.
final class PlannedBenefit: Sendable {
  let location: BenefitLocation
  let condition: Condition
  /// The condition's root in the plan's `ConditionProgram`.
  let conditionRoot: Int
  let amount: AmountRule?
  let per: Periodicity
  let years: Int?
  let points: PointsRule?
  /// `Benefit.facts`, sorted.
  let facts: [FactID]
  /// The document belongs to a city (not the whole region).
  let cityBound: Bool
  /// Whether `Evaluator.nearMiss` can ever find something: an amount, and either a payment
  /// floor or a positive lower bound reached through `all` alone.
  let mayBeNearMiss: Bool
  /// For a sum paid per matching platform, the condition's `has` node that counts them.
  let perItemNode: Int?
  /// Matches sharing a tier group never add up; -1 for none. See `Stacking`.
  let tierGroup: Int
  /// Matches sharing a subject group (same city, same subject) are 就高不重复; -1 for none.
  let subjectGroup: Int

  init(
    _ benefit: Benefit, at location: BenefitLocation, conditionRoot: Int, cityBound: Bool,
    tierGroup: Int,
    subjectGroup: Int,
    program: ConditionProgram
  ) {
    self.location = location
    switch benefit.amount {
    case .fixed(_, .matchingItems(let list)?), .upTo(_, .matchingItems(let list)?),
      .atLeast(_, .matchingItems(let list)?):
      self.perItemNode = program.topLevelHas(list, root: conditionRoot)
    default:
      self.perItemNode = nil
    }
    self.condition = benefit.condition
    self.conditionRoot = conditionRoot
    self.amount = benefit.amount
    self.per = benefit.per
    self.years = benefit.years
    self.points = benefit.points
    self.facts = benefit.facts.sorted()
    self.cityBound = cityBound
    self.tierGroup = tierGroup
    self.subjectGroup = subjectGroup
    if let amount = benefit.amount {
      var hasFloor = false
      if case .percentage(_, .fact, _, _?, _) = amount { hasFloor = true }
      self.mayBeNearMiss = hasFloor || benefit.condition.hasReachableLowerBound
    } else {
      self.mayBeNearMiss = false
    }
  }
}

/// What evaluation reads of a document, so that choosing the applicable documents copies no
/// titles and texts.
struct PlannedDocument: Sendable {
  let isDraft: Bool
  let effectiveFrom: CalendarDay?
  let effectiveUntil: CalendarDay?
  let city: String?
}

/// The catalog's benefits grouped by document, reform clauses left out, in catalog order.
struct EvaluationPlan: Sendable {
  let documents: [PlannedDocument]
  let benefits: [[PlannedBenefit]]
  let conditions: ConditionProgram
  /// Per document, the 就高、从优、不重复 article, if it states one.
  let combinationRules: [Int?]

  init(catalog: Catalog) {
    var conditions = ConditionProgram()
    var tierGroups: [String: Int] = [:]
    var subjectGroups: [String: Int] = [:]
    func id(_ key: String?, in groups: inout [String: Int]) -> Int {
      guard let key else { return -1 }
      if let existing = groups[key] { return existing }
      groups[key] = groups.count
      return groups.count - 1
    }
    benefits = catalog.documents.enumerated().map { d, document in
      document.articles.enumerated().flatMap { a, article in
        article.benefits.enumerated().compactMap { b, benefit -> PlannedBenefit? in
          guard benefit.kind != .reform else { return nil }
          let tier = benefit.group.map { "\(d)/\(a)/\($0)" }
          let subject = document.city.flatMap { city in benefit.subject.map { "\(city)/\($0)" } }
          let root = conditions.append(benefit.condition)
          return PlannedBenefit(
            benefit, at: BenefitLocation(document: d, article: a, benefit: b),
            conditionRoot: root, cityBound: document.city != nil,
            tierGroup: id(tier, in: &tierGroups), subjectGroup: id(subject, in: &subjectGroups),
            program: conditions)
        }
      }
    }
    self.conditions = conditions
    combinationRules = catalog.documents.map(\.combinationRule)
    documents = catalog.documents.map { document in
      PlannedDocument(
        isDraft: document.status == .draft,
        effectiveFrom: [document.effectiveFrom, document.notBefore].compactMap { $0 }.max(),
        effectiveUntil: document.effectiveUntil, city: document.city)
    }
  }
}

extension Condition {
  /// Whether a positive `atLeast`/`above` threshold can be the one failing leaf that
  /// `failingLeaves` reports: the leaf itself or a part of `all`, never under `any` or `not`.
  var hasReachableLowerBound: Bool {
    switch self {
    case .compare(_, let comparison, let threshold): return comparison.isLowerBound && threshold > 0
    case .all(let parts): return parts.contains { $0.hasReachableLowerBound }
    case .oneOf, .isTrue, .has, .any, .not: return false
    }
  }
}
