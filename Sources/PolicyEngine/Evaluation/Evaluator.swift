/// Profile in, result out: which benefits apply, for how much, which may apply, and which are
/// within reach. Pure and cheap enough to run on every keystroke.
public struct Evaluator: Sendable {
  public let catalog: Catalog
  /// Each fact's value when omitted (enum facts), indexed by fact.
  let defaults: [Int]
  let cityFact: FactID
  let plan: EvaluationPlan
  /// The `applicant` question, when the catalog has one.
  let applicantFact: FactID?
  /// Per fact, the applicant types it is asked of (`appliesTo`, bit i = value i of
  /// `applicant`); 0 when it is asked of every applicant.
  let askedOf: [UInt64]

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.defaults = catalog.facts.map(\.defaultEnumIndex)
    self.cityFact = catalog.fact(named: "city")?.id ?? 0
    self.plan = EvaluationPlan(catalog: catalog)
    let applicant = catalog.fact(named: "applicant")
    self.applicantFact = applicant?.id
    if case .enumeration(let values)? = applicant?.type {
      self.askedOf = catalog.facts.map { fact in
        fact.appliesTo.reduce(0) { mask, name in
          values.index(of: name).map { mask | 1 << UInt64($0) } ?? mask
        }
      }
    } else {
      self.askedOf = Array(repeating: 0, count: catalog.facts.count)
    }
  }

  /// The documents that can apply to a profile: its city's and the region's, in force on the
  /// day, drafts only when asked for.
  public func applicableDocuments(_ profile: Profile, asOf: CalendarDay) -> [Int] {
    let cityName: String?
    if profile.isUnknown[cityFact] {
      cityName = nil
    } else if case .choice(let index)? = profile[cityFact],
      case .enumeration(let cities) = catalog.facts[cityFact].type
    {
      cityName = cities.names[index]
    } else {
      cityName = nil
    }
    return plan.documents.indices.filter { index in
      let document = plan.documents[index]
      if document.isDraft, !profile.includeDrafts { return false }
      if let from = document.effectiveFrom, asOf < from { return false }
      if let until = document.effectiveUntil, until < asOf { return false }
      guard let city = document.city else { return true }
      return cityName == nil ? profile.isUnknown[cityFact] : city == cityName
    }
  }

  /// The profile with its applicant type listed unknown when nobody named it; nil when it is
  /// named or already unknown (nothing to change, no copy).
  func withUnnamedApplicantOpen(_ profile: Profile) -> Profile? {
    guard let applicant = applicantFact, profile[applicant] == nil, !profile.isUnknown[applicant]
    else { return nil }
    var open = profile
    open.setUnknown(applicant, true)
    return open
  }

  public func evaluate(_ profile: Profile, today: CalendarDay = .today()) -> EvaluationResult {
    // Nobody's applicant type is assumed (an enterprise's 1000万 is no answer for a person):
    // until it is answered, as when it is listed unknown, every sum it decides is possible,
    // never 确定. A profile file must give it (`ProfileDecoder`); the wizard's answers may not
    // have reached it yet.
    if let open = withUnnamedApplicantOpen(profile) { return evaluate(open, today: today) }
    let asOf = profile.asOf ?? today
    let documents = applicableDocuments(profile, asOf: asOf)
    // Room for a full profile's matches, so that the large outcomes are not copied on growth.
    var matches: [BenefitOutcome] = []
    matches.reserveCapacity(64)
    var matched: [PlannedBenefit] = []
    matched.reserveCapacity(64)
    var possible: [BenefitOutcome] = []
    var general: [BenefitOutcome] = []
    var nearMisses: [NearMiss] = []
    // Near misses of the unanswered kind, in catalog order after the threshold gaps.
    var unansweredMisses: [NearMiss] = []
    let cityUnknown = profile.isUnknown[cityFact]
    let conditions = ConditionRun(
      program: plan.conditions, profile: profile, defaults: defaults,
      firstFields: FirstFieldIndex(profile))
    // Scratch for the unanswered near misses: the profile, copied at the first one.
    var answered = conditions

    for d in documents {
      for benefit in plan.benefits[d] {
        var truth = conditions.truth(at: benefit.conditionRoot)
        if cityUnknown, benefit.cityBound, truth == .yes { truth = .unknown }
        switch truth {
        case .no:
          if benefit.mayBeNearMiss, let miss = nearMiss(benefit, profile, conditions: conditions) {
            nearMisses.append(miss)
          } else if asksLeftOutFlag(benefit, profile),
            let miss = unansweredNearMiss(
              benefit, profile, conditions: conditions, answered: &answered)
          {
            unansweredMisses.append(miss)
          }
        case .unknown:
          possible.append(undecided(benefit, profile, extra: cityUnknown && benefit.cityBound))
        case .yes:
          // Built in its place at the end of `matches`, where most outcomes stay: an outcome
          // is a large value (281 bytes), and building it in a local and moving it cost
          // three copies of it and a copy of its references.
          matches.append(
            BenefitOutcome(
              location: benefit.location, amount: nil, computation: nil, points: nil,
              stackedOut: nil, dependsOn: []))
          let last = matches.count - 1
          switch outcome(benefit, profile, conditions: conditions, into: &matches[last]) {
          case .match:
            matches[last].certainty = Self.certainty(of: matches[last].amount, benefit)
            if benefit.isUnconditional {
              general.append(matches.removeLast())
            } else if benefit.reservation == .openList {
              // A kind the list does not name, under a list ending in 等: 以申报通知为准.
              var result = matches.removeLast()
              result.certainty = .possible
              result.possibleReason = .openList
              possible.append(result)
            } else {
              matched.append(benefit)
            }
          case .possible:
            var result = matches.removeLast()
            result.certainty = .possible
            result.possibleReason = .unanswered
            possible.append(result)
          case .none:
            matches.removeLast()
            if benefit.mayBeNearMiss, let miss = nearMiss(benefit, profile, conditions: conditions)
            {
              nearMisses.append(miss)
            }
          }
        }
      }
    }
    let stacking = Stacking(combinationRules: plan.combinationRules)
    let alternatives = stacking.apply(to: &matches, planned: matched)
    let totals = stacking.totals(
      matches, planned: matched, possible: possible, plan: plan,
      alternatives: alternatives, profile: profile)
    for index in matches.indices where !matches[index].alternatives.isEmpty {
      // A draft whose offer decides a set keeps its own word: 取其高 never hides a draft.
      let draftDecides = matches[index].alternatives.allSatisfy { alternatives[$0].draftDecides }
      if draftDecides, matched[index].isDraft { continue }
      // Paid per item, with items no other benefit competes for (a city-level centre beside a
      // national and a region one): not 取其高 as a whole; its notes name the items that are.
      let sets = matches[index].alternatives
      if matched[index].itemList != nil,
        matches[index].items.contains(where: { item in
          !sets.contains { alternatives[$0].item == item }
        })
      {
        continue
      }
      matches[index].certainty = .chooseHigher
    }
    nearMisses.sort { left, right in
      guard let leftGap = left.gap, let rightGap = right.gap else { return false }
      return leftGap.isCloser(than: rightGap)
    }
    nearMisses += unansweredMisses
    var result = EvaluationResult(
      asOf: asOf, matches: matches, possible: possible, nearMisses: nearMisses, totals: totals,
      documentsConsidered: documents)
    result.alternatives = alternatives
    result.general = general
    return result
  }

  /// The category a matched amount falls in before 就高 (see `Certainty`); nil for support
  /// without a stated sum.
  static func certainty(of amount: AmountRange?, _ benefit: PlannedBenefit) -> Certainty? {
    guard let amount else {
      // Points worked out from a stated rate are as certain as the document that states it.
      guard case .percentage? = benefit.points else { return nil }
      return benefit.isDraft ? .draft : benefit.reservation != nil ? .reserved : .certain
    }
    if benefit.isDraft { return .draft }
    if benefit.reservation != nil { return .reserved }
    let term = amount.term
    guard let max = term.max else { return .atLeast }
    return term.min < max ? .upTo : .certain
  }

  enum Outcome {
    case match, possible, none
  }

  func outcome(
    _ benefit: PlannedBenefit, _ profile: Profile, conditions: ConditionRun,
    into result: inout BenefitOutcome
  )
    -> Outcome
  {
    if let rule = benefit.amount {
      let positions = benefit.perItemNode.map { conditions.matchingPositions(at: $0) }
      let count = positions.map { Int64($0.count) }
      switch rule.apply(
        profile, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost,
        matchingItems: count)
      {
      case .amount(let range, let computation):
        result.amount = range
        result.computation = computation
        if let positions {
          result.items = positions
        } else if case .perItem(_, _, _, let shares, _, _) = computation {
          result.items = shares.map(\.position)
        }
      case .nothing:
        return .none
      case .undecided(let range):
        result.amount = range
        result.dependsOn = benefit.facts.filter { profile.isUnknown[$0] }
        return .possible
      }
    }
    if let points = benefit.points, case .percentage = points {
      if benefit.facts.contains(where: { profile.isUnknown[$0] }) {
        result.dependsOn = benefit.facts.filter { profile.isUnknown[$0] }
        return .possible
      }
      guard let trace = points.trace(profile) else { return .none }
      result.points = trace.points
      result.computation = trace.working
      result.items = trace.items
    }
    return .match
  }

  func undecided(_ benefit: PlannedBenefit, _ profile: Profile, extra cityUnknown: Bool)
    -> BenefitOutcome
  {
    var dependsOn = benefit.facts.filter { profile.isUnknown[$0] }
    if cityUnknown, !dependsOn.contains(cityFact) {
      dependsOn.append(cityFact)
      dependsOn.sort()
    }
    var amount: AmountRange? = nil
    if let rule = benefit.amount {
      switch rule.apply(
        profile, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost)
      {
      case .amount(let range, _), .undecided(let range): amount = range
      case .nothing:
        amount = Self.ruleRange(
          rule, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost)
      }
    }
    var outcome = BenefitOutcome(
      location: benefit.location, amount: amount, computation: nil, points: nil, stackedOut: nil,
      dependsOn: dependsOn)
    outcome.certainty = .possible
    outcome.possibleReason = .unanswered
    return outcome
  }

  /// The widest range a rule can pay, for a benefit whose inputs are not known yet.
  static func ruleRange(
    _ rule: AmountRule, per: Periodicity, years: Int?, yearsAtMost: Bool = false
  ) -> AmountRange {
    func range(_ min: Money, _ max: Money?) -> AmountRange {
      AmountRange(min: min, max: max, per: per, years: years, yearsAtMost: yearsAtMost)
    }
    switch rule {
    // Per matching platform: the sum for one (the condition asks for at least one).
    case .fixed(let sum, nil), .fixed(let sum, .matchingItems?): return range(sum, sum)
    case .fixed(let sum, _), .upTo(let sum, _): return range(.zero, sum)
    case .atLeast(let sum, _): return range(sum, nil)
    case .percentage(_, _, let cap, _, _): return range(.zero, cap)
    }
  }
}
