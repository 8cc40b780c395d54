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
  /// The yes/no questions the condition asks to be yes: when the profile leaves one out, the
  /// benefit may be a near miss of the unanswered kind. Empty for most benefits.
  let yesFlags: [FactPath]
  /// For a sum paid per matching platform, the condition's `has` node that counts them.
  let perItemNode: Int?
  /// Benefits that may pay for the same thing share a stack group (tiers of one clause, one
  /// subject across a city's documents, `sameThingAs`); -1 for none. See `Stacking`.
  let stackGroup: Int
  /// The tier group (`group:` of one article); -1 for none.
  let tierGroup: Int
  /// The benefits the catalog states pay for the same thing as this one, either way round.
  let sameThingAs: [BenefitLocation]
  let isDraft: Bool
  let reservation: Reservation?
  let yearsAtMost: Bool
  /// No condition at all and an amount that reads no answer: general support, shown apart from
  /// matches.
  let isUnconditional: Bool
  /// The list whose items are the things this benefit pays for one by one: the platforms of a
  /// per-platform sum, the items of a per-item percentage; nil when it pays the applicant once.
  let itemList: FactID?

  init(
    _ benefit: Benefit, at location: BenefitLocation, conditionRoot: Int, cityBound: Bool,
    isDraft: Bool, tierGroup: Int, stacking: StackLinks, program: ConditionProgram
  ) {
    self.location = location
    self.stackGroup = stacking.group
    self.sameThingAs = stacking.sameThingAs
    self.isDraft = isDraft
    self.reservation = benefit.reservation
    self.yearsAtMost = benefit.yearsAtMost
    // `Benefit.facts`, gathered into one array rather than a set per condition node: the plan
    // is built at every start, and the sets were a tenth of a cold `evaluate`.
    var facts: [FactID] = []
    benefit.condition.gatherFacts(into: &facts)
    if let amount = benefit.amount { amount.gatherFacts(into: &facts) }
    if case .percentage(_, let base)? = benefit.points { base.gatherFacts(into: &facts) }
    facts.sort()
    var unique: [FactID] = []
    unique.reserveCapacity(facts.count)
    for fact in facts where unique.last != fact { unique.append(fact) }
    // Nothing about the applicant decides it: neither a condition nor an amount that reads a fact.
    if case .all(let parts) = benefit.condition, parts.isEmpty, unique.isEmpty {
      self.isUnconditional = true
    } else {
      self.isUnconditional = false
    }
    self.itemList = benefit.amount?.itemList
    switch benefit.amount {
    case .fixed(_, .matchingItems(let list)?), .upTo(_, .matchingItems(let list)?),
      .atLeast(_, .matchingItems(let list)?):
      self.perItemNode = program.topLevelHas(list, root: conditionRoot)
    default:
      self.perItemNode = nil
    }
    self.condition = benefit.condition
    self.yesFlags = benefit.condition.yesFlags
    self.conditionRoot = conditionRoot
    self.amount = benefit.amount
    self.per = benefit.per
    self.years = benefit.years
    self.points = benefit.points
    self.facts = unique
    self.cityBound = cityBound
    self.tierGroup = tierGroup
    if let amount = benefit.amount {
      var hasFloor = false
      if case .percentage(_, .fact, _, _?, _) = amount { hasFloor = true }
      self.mayBeNearMiss = hasFloor || benefit.condition.hasReachableLowerBound
    } else if benefit.points != nil {
      // Points thresholds are within reach as money thresholds are (199,999 of revenue).
      self.mayBeNearMiss = benefit.condition.hasReachableLowerBound
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
    func id(_ key: String?, in groups: inout [String: Int]) -> Int {
      guard let key else { return -1 }
      if let existing = groups[key] { return existing }
      groups[key] = groups.count
      return groups.count - 1
    }
    let links = Self.stackLinks(catalog)
    benefits = catalog.documents.enumerated().map { d, document in
      document.articles.enumerated().flatMap { a, article in
        article.benefits.enumerated().compactMap { b, benefit -> PlannedBenefit? in
          guard benefit.kind != .reform else { return nil }
          let tier = benefit.group.map { "\(d)/\(a)/\($0)" }
          let root = conditions.append(benefit.condition)
          return PlannedBenefit(
            benefit, at: BenefitLocation(document: d, article: a, benefit: b),
            conditionRoot: root, cityBound: document.city != nil,
            isDraft: document.status == .draft, tierGroup: id(tier, in: &tierGroups),
            stacking: links[BenefitLocation(document: d, article: a, benefit: b)] ?? StackLinks(),
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

/// What links benefits into one stack group: one article's tier group, or one subject in a city.
enum LinkKey: Hashable {
  case tier(Int, Int, String)
  case subject(String, String)
}

/// A benefit's place among those that may pay for the same thing.
struct StackLinks: Sendable {
  var group = -1
  var sameThingAs: [BenefitLocation] = []
}

extension EvaluationPlan {
  /// Links the benefits that may pay for the same thing into stack groups: one article's
  /// tiers (`group`), one subject across a city's documents, and the catalog's `sameThingAs`
  /// statements. Linked benefits still add up for different items; `Stacking` decides per item.
  static func stackLinks(_ catalog: Catalog) -> [BenefitLocation: StackLinks] {
    // One pass over the catalog by element: reading `catalog[location]` and
    // `catalog.documents[d]` copied a whole document or benefit (a retain and a release of
    // every string in it) each time, and this was a sixth of a cold `evaluate`.
    var locations: [BenefitLocation] = []
    var keysOf: [[LinkKey]] = []
    var references: [[String]] = []
    for (d, document) in catalog.documents.enumerated() {
      for (a, article) in document.articles.enumerated() {
        for (b, benefit) in article.benefits.enumerated() where benefit.kind != .reform {
          locations.append(BenefitLocation(document: d, article: a, benefit: b))
          var keys: [LinkKey] = []
          if let group = benefit.group { keys.append(.tier(d, a, group)) }
          if let city = document.city, let subject = benefit.subject {
            keys.append(.subject(city, subject))
          }
          keysOf.append(keys)
          references.append(benefit.sameThingAs)
        }
      }
    }
    var parent = Array(locations.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    func link(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
    let index = Dictionary(
      locations.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var firstByKey: [LinkKey: Int] = [:]
    var linked = Set<Int>()
    var links: [BenefitLocation: StackLinks] = [:]
    for (position, location) in locations.enumerated() {
      for key in keysOf[position] {
        if let first = firstByKey[key] {
          link(position, first)
          linked.formUnion([position, first])
        } else {
          firstByKey[key] = position
        }
      }
      for reference in references[position] {
        guard let other = catalog.location(of: reference, from: location.document),
          let otherPosition = index[other]
        else { continue }
        link(position, otherPosition)
        linked.formUnion([position, otherPosition])
        links[location, default: StackLinks()].sameThingAs.append(other)
        links[other, default: StackLinks()].sameThingAs.append(location)
      }
    }
    var groupIDs: [Int: Int] = [:]
    for position in linked.sorted() {
      let group = root(position)
      if groupIDs[group] == nil { groupIDs[group] = groupIDs.count }
      links[locations[position], default: StackLinks()].group = groupIDs[group]!
    }
    return links
  }
}

extension Catalog {
  /// Resolves a benefit reference: `article/benefit` in the given document, or
  /// `document/article/benefit`.
  public func location(of reference: String, from document: Int) -> BenefitLocation? {
    let parts = reference.split(separator: "/").map(String.init)
    let documentIndex: Int?
    let rest: ArraySlice<String>
    switch parts.count {
    case 2: (documentIndex, rest) = (document, parts[...])
    case 3: (documentIndex, rest) = (documents.firstIndex { $0.id == parts[0] }, parts[1...])
    default: return nil
    }
    guard let d = documentIndex, let number = Int(rest[rest.startIndex]),
      let a = documents[d].articles.firstIndex(where: { $0.number == number }),
      let b = documents[d].articles[a].benefits.firstIndex(where: {
        $0.id == rest[rest.startIndex + 1]
      })
    else { return nil }
    return BenefitLocation(document: d, article: a, benefit: b)
  }
}

extension Condition {
  /// Whether a positive `atLeast`/`above` threshold can be the one failing leaf that
  /// `failingLeaves` reports: the leaf itself or a part of `all`, never under `any` or `not`.
  var hasReachableLowerBound: Bool {
    switch self {
    case .compare(_, let comparison, let threshold): return comparison.isLowerBound && threshold > 0
    case .all(let parts): return parts.contains { $0.hasReachableLowerBound }
    case .has(_, let filter):
      // One item short of a bound on its number (a contract of 199万 against 200万).
      return filter.tests.contains {
        if case .compare(let comparison, let threshold) = $0.test {
          return comparison.isLowerBound && threshold > 0
        }
        return false
      }
    case .oneOf, .isTrue, .any, .not: return false
    }
  }
}

extension Condition {
  /// The facts of `facts`, appended (with repeats) to an array.
  func gatherFacts(into facts: inout [FactID]) {
    switch self {
    case .oneOf(let path, _), .isTrue(let path, _), .compare(let path, _, _):
      facts.append(path.fact)
    case .has(let list, _): facts.append(list)
    case .all(let parts), .any(let parts):
      for part in parts { part.gatherFacts(into: &facts) }
    case .not(let part): part.gatherFacts(into: &facts)
    }
  }
}

extension AmountRule {
  /// The facts of `facts`, appended to an array.
  func gatherFacts(into facts: inout [FactID]) {
    switch self {
    case .fixed(_, let each), .upTo(_, let each), .atLeast(_, let each):
      if let each { facts.append(each.fact) }
    case .percentage(_, let base, _, _, _): base.gatherFacts(into: &facts)
    }
  }
}

extension RateBase {
  func gatherFacts(into facts: inout [FactID]) {
    switch self {
    case .fact(let path): facts.append(path.fact)
    case .eachItem(let list, _, _, _): facts.append(list)
    }
  }
}
