/// The combination step: which matched benefits pay for what, so that the same thing is never
/// paid twice and two different things are always paid twice.
///
/// A *thing* is what a payment is for: one entry of a list in the profile (a platform, a
/// product, a contract) for a benefit paid per item, or the applicant itself for any other
/// benefit. Benefits that may pay for the same thing share a stack group (`EvaluationPlan`):
/// tiers of one clause, one subject across a city's documents, a `sameThingAs` statement.
/// Within a group, each thing claimed by two or more benefits goes to the one that is surely
/// the highest — its lowest term is at least the other's highest — and where none is, every
/// candidate stays visible as an alternative and the totals take the highest minimum and the
/// highest maximum (取其高，以主管部门核定为准). A draft never removes money of a document in force.
/// docs/combination.md says the same for policy officers.
struct Stacking {
  /// Per document, the article stating 就高、从优、不重复, if any.
  let combinationRules: [Int?]

  /// One claim on a thing, by one match.
  private struct Claim {
    var match: Int
    var term: MoneyRange
  }

  /// `planned[i]` is the benefit of `matches[i]`. Returns the alternative sets.
  func apply(to matches: inout [BenefitOutcome], planned: [PlannedBenefit]) -> [AlternativeSet] {
    // Things claimed in each group, as (group, list, position) with position -1 for the
    // applicant itself: one array sorted by thing, where a dictionary of arrays cost a hash
    // and an allocation per thing on every evaluation.
    var claims: [(thing: ThingKey, claim: Claim)] = []
    for index in matches.indices where matches[index].stackedOut == nil {
      let benefit = planned[index]
      guard benefit.stackGroup >= 0, let amount = matches[index].amount else { continue }
      // Paid per item when the items are known; otherwise (no item found) once, as a whole.
      if let list = benefit.itemList, !matches[index].items.isEmpty {
        // The parts read, not the whole match: passing a match by value copied all of it.
        let items = matches[index].items
        let computation = matches[index].computation
        for item in items {
          let thing = ThingKey(group: benefit.stackGroup, list: list, item: item)
          let term = unitTerm(
            amount, computation, itemCount: items.count, benefit, item: item)
          claims.append((thing, Claim(match: index, term: Self.settledClaim(term, benefit))))
        }
      } else {
        let thing = ThingKey(group: benefit.stackGroup, list: -1, item: -1)
        claims.append((thing, Claim(match: index, term: Self.settledClaim(amount.term, benefit))))
      }
    }
    var alternatives: [AlternativeSet] = []
    guard claims.count > 1 else { return alternatives }
    // By thing, then in the order of the matches (a match claims each thing once): the order
    // the candidates of one thing were appended in, so the result does not depend on sorting.
    claims.sort { ($0.thing, $0.claim.match) < ($1.thing, $1.claim.match) }
    // Per match, the items another match pays for, in the order of the things.
    var lost: [[ItemStacking]] = []
    var first = 0
    while first < claims.count {
      let thing = claims[first].thing
      var end = first + 1
      while end < claims.count, claims[end].thing == thing { end += 1 }
      defer { first = end }
      guard end - first > 1 else { continue }
      let candidates = claims[first..<end].map(\.claim)
      let (survivors, losers) = resolve(candidates, planned: planned)
      for (loser, winner) in losers {
        let reason = self.reason(winner: winner, loser: loser, planned: planned)
        if lost.isEmpty { lost = Array(repeating: [], count: matches.count) }
        lost[loser].append(ItemStacking(item: thing.item, reason: reason))
      }
      if survivors.count > 1 {
        // The highest minimum and maximum, of all members and of those in force, in one pass
        // (no arrays: this runs for every set on every evaluation). A reserved member's claim
        // settles no minimum (`settledClaim`).
        var highest = MoneyRange.zero
        var highestInForce = MoneyRange.zero
        var hasDraft = false
        for claim in survivors {
          let term = candidates.first { $0.match == claim }!.term
          highest = Self.higher(highest, term)
          if planned[claim].isDraft {
            hasDraft = true
          } else {
            highestInForce = Self.higher(highestInForce, term)
          }
        }
        var set = AlternativeSet(
          members: survivors.map { matches[$0].location }, item: thing.item >= 0 ? thing.item : nil,
          min: highest.min, max: highest.max)
        set.draftDecides =
          hasDraft
          && (highestInForce.min < set.min || Self.exceeds(set.max, highestInForce.max))
        for member in survivors { matches[member].alternatives.append(alternatives.count) }
        alternatives.append(set)
      }
    }
    for (index, items) in lost.enumerated() where !items.isEmpty {
      if planned[index].itemList == nil || matches[index].items.isEmpty {
        matches[index].stackedOut = items[0].reason
        continue
      }
      let kept = matches[index].items.filter { item in !items.contains { $0.item == item } }
      matches[index].itemsPaidElsewhere = items.sorted { $0.item < $1.item }
      if kept.isEmpty {
        matches[index].stackedOut = items[0].reason
      } else {
        repay(&matches[index], planned[index], items: kept)
      }
    }
    return alternatives
  }

  /// The candidates no other is surely at least as high as, and each other one with a
  /// candidate that surely is.
  private func resolve(_ candidates: [Claim], planned: [PlannedBenefit])
    -> (survivors: [Int], losers: [(loser: Int, winner: Int)])
  {
    var survivors: [Int] = []
    var losers: [(Int, Int)] = []
    for claim in candidates {
      let winner = candidates.first { other in
        guard other.match != claim.match, Self.surelyAtLeast(other.term, claim.term) else {
          return false
        }
        // A draft never takes money from a document in force.
        if planned[other.match].isDraft, !planned[claim.match].isDraft { return false }
        // Equal sums: one is kept, the one in force, else the first in the catalog.
        if Self.surelyAtLeast(claim.term, other.term) {
          return prefer(other.match, over: claim.match, planned: planned)
        }
        return true
      }
      if let winner {
        losers.append((claim.match, winner.match))
      } else {
        survivors.append(claim.match)
      }
    }
    // Name a winner that is itself paid, where one is surely as high.
    let paid = candidates.filter { survivors.contains($0.match) }
    losers = losers.map { loser, winner in
      let term = candidates.first { $0.match == loser }!.term
      let better = paid.first { Self.surelyAtLeast($0.term, term) }
      return (loser, better?.match ?? winner)
    }
    return (survivors, losers)
  }

  /// The higher minimum and the higher maximum of two ranges (nil, no maximum, is highest).
  static func higher(_ a: MoneyRange, _ b: MoneyRange) -> MoneyRange {
    MoneyRange(
      min: Swift.max(a.min, b.min), max: a.max.flatMap { left in b.max.map { Swift.max(left, $0) } }
    )
  }

  /// `a` is above `b`, an open maximum above every sum.
  static func exceeds(_ a: Money?, _ b: Money?) -> Bool {
    guard let b else { return false }
    guard let a else { return true }
    return a > b
  }

  /// `a` pays at least as much as `b` whatever is decided: a's lowest reaches b's highest.
  /// What a claim on a thing surely pays: a reserved benefit (择优, 符合一定条件) may never be
  /// paid, so it settles no minimum. It therefore never knocks out a benefit it only might
  /// beat: 就高 between a certain 20万 and a 择优 30万 pays at least the 20万 (the two stay as
  /// alternatives, 20万至30万), where taking the 择优 side's 30万 as sure left 0 settled.
  private static func settledClaim(_ term: MoneyRange, _ benefit: PlannedBenefit) -> MoneyRange {
    benefit.reservation == nil ? term : MoneyRange(min: .zero, max: term.max)
  }

  static func surelyAtLeast(_ a: MoneyRange, _ b: MoneyRange) -> Bool {
    guard let bMax = b.max else { return false }
    return a.min >= bMax
  }

  private func prefer(_ a: Int, over b: Int, planned: [PlannedBenefit]) -> Bool {
    if planned[a].isDraft != planned[b].isDraft { return !planned[a].isDraft }
    return a < b
  }

  /// Why match `loser` is not paid for a thing match `winner` pays (indices into the matches).
  private func reason(winner: Int, loser: Int, planned: [PlannedBenefit]) -> StackingReason {
    let (w, l) = (planned[winner].location, planned[loser].location)
    if planned[loser].sameThingAs.contains(w) {
      return .catalogDecision(winner: w, loser: l, ruleArticle: combinationRules[l.document])
    }
    if w.document == l.document, w.article == l.article { return .sameClauseTier(winner: w) }
    let documents = [l.document, w.document]
    if let ruling = documents.first(where: { combinationRules[$0] != nil }),
      let article = combinationRules[ruling]
    {
      return .combinationRule(winner: w, ruleDocument: ruling, ruleArticle: article)
    }
    return .customaryRule(winner: w)
  }

  /// What one item is worth to a per-item benefit paying `amount` for `itemCount` items, over
  /// the whole term.
  private func unitTerm(
    _ amount: AmountRange, _ computation: Computation?, itemCount: Int,
    _ benefit: PlannedBenefit, item: Int
  ) -> MoneyRange {
    switch computation {
    case .perItem(_, _, _, let shares, _, _)?:
      let paid = shares.first { $0.position == item }?.paid ?? .zero
      let ceiling = benefit.amountIsCeiling
      return AmountRange(
        min: ceiling ? .zero : paid, max: paid, per: amount.per, years: amount.years,
        yearsAtMost: amount.yearsAtMost
      ).term
    default:
      return Self.perItem(amount, items: itemCount).term
    }
  }

  /// One payment of a stated sum paid per item: `amount` is that payment times `items`.
  private static func perItem(_ amount: AmountRange, items: Int) -> AmountRange {
    let count = Int64(Swift.max(items, 1))
    return AmountRange(
      min: Money(fen: amount.min.fen / count), max: amount.max.map { Money(fen: $0.fen / count) },
      per: amount.per, years: amount.years, yearsAtMost: amount.yearsAtMost)
  }

  /// Pays a per-item benefit for the items it keeps.
  func repay(_ match: inout BenefitOutcome, _ benefit: PlannedBenefit, items kept: [Int]) {
    guard let amount = match.amount else { return }
    switch match.computation {
    case .perItem(let rate, let list, let field, let shares, _, let cap)?:
      let keptShares = shares.filter { kept.contains($0.position) }
      let sum = keptShares.reduce(Money.zero) { $0 + $1.paid }
      let total = cap.map { Swift.min(sum, $0) } ?? sum
      match.computation = .perItem(
        rate, list: list, field: field, items: keptShares, sum: sum, cap: cap)
      match.amount = AmountRange(
        min: benefit.amountIsCeiling ? .zero : total, max: total, per: amount.per,
        years: amount.years, yearsAtMost: amount.yearsAtMost)
    case .stated(let rule, _)?:
      let count = Int64(kept.count)
      match.amount = Self.perItem(amount, items: match.items.count).times(count)
      match.computation = .stated(rule, quantity: count == 1 ? nil : count)
    default:
      break
    }
    match.items = kept
  }
}

extension Stacking {
  /// What the matches add up to, split by certainty (`matches[i].certainty` still the
  /// benefit's own category), and what the possible benefits would add.
  ///
  /// The lower bound counts only money whose award the profile settles: a reserved benefit
  /// (择优, 符合一定条件) adds 0 to it and its highest to the upper bound. An alternative set
  /// counts once, at the highest settled minimum and the highest maximum of its members; a
  /// member's items outside any set count at its own category. A set whose higher side only a
  /// draft offers counts under `draft`, never as 取其高 money of a document in force.
  ///
  /// Possible benefits are not in `min`/`max` (they hinge on answers not given); their line is
  /// what the combination step would pay for the best one set of answers: one thing claimed by
  /// several benefits of one stack group (tiers of one clause, one subject across documents)
  /// counts once, at the highest, and benefits asking different answers to one open choice
  /// never add up — so its floor is one that some single answer guarantees. A benefit paid per
  /// item whose number of items is unanswered adds 0 to the floor and leaves the upper bound
  /// open (`possibleOpenPerItem`).
  func totals(
    _ matches: [BenefitOutcome], planned: [PlannedBenefit], possible: [BenefitOutcome],
    plan: EvaluationPlan, alternatives: [AlternativeSet], profile: Profile
  ) -> Totals {
    var lines = CertaintyTotals()
    func add(_ range: MoneyRange, to certainty: Certainty) { lines.add(range, to: certainty) }
    // By index, reading fields: iterating the matches copied each whole outcome.
    for index in matches.indices where matches[index].stackedOut == nil {
      guard let amount = matches[index].amount, let certainty = matches[index].certainty else {
        continue
      }
      if matches[index].alternatives.isEmpty {
        add(Self.settled(amount.term, certainty), to: certainty)
        continue
      }
      // Items that no set holds still count at the benefit's own category.
      let sets = matches[index].alternatives
      let sole = matches[index].items.filter { item in
        !sets.contains { alternatives[$0].item == item }
      }
      guard !sole.isEmpty else { continue }
      var part = matches[index]
      repay(&part, planned[index], items: sole)
      if let partAmount = part.amount {
        add(Self.settled(partAmount.term, certainty), to: certainty)
      }
    }
    for set in alternatives {
      add(MoneyRange(min: set.min, max: set.max), to: set.draftDecides ? .draft : .chooseHigher)
    }
    var total = MoneyRange.zero
    for (_, range) in lines { total = total + range }
    var totals = Totals(min: total.min, max: total.max, byCertainty: lines)
    if !possible.isEmpty {
      let (range, open, counted) = Self.possibleRange(possible, plan: plan, profile: profile)
      totals.byCertainty[.possible] = range
      if open, let counted {
        totals.possibleOpenPerItem = true
        totals.possibleCounted = counted
      }
    }
    return totals
  }

  /// The part of a term the profile settles: nothing of a reserved benefit's lowest.
  static func settled(_ term: MoneyRange, _ certainty: Certainty) -> MoneyRange {
    certainty == .reserved ? MoneyRange(min: .zero, max: term.max) : term
  }

  /// What the possible benefits would add for the best one set of answers to the open
  /// questions; `open` when a per-item count is unanswered.
  ///
  /// Benefits that ask for different answers to the same open choice (首次 or 再次 high-tech,
  /// rated 一级 or 二级, talent recruited full-time or local) never add up: the open choices
  /// they ask about are tried answer by answer and the highest sum is kept. Within one answer,
  /// benefits of one stack group pay for one thing once, at the highest.
  static func possibleRange(
    _ possible: [BenefitOutcome], plan: EvaluationPlan, profile: Profile
  ) -> (range: MoneyRange, open: Bool, counted: Money?) {
    var open = false
    var candidates: [PossibleCandidate] = []
    candidates.reserveCapacity(possible.count)
    for index in possible.indices {
      guard let amount = possible[index].amount else { continue }
      // Looked up rather than kept beside each possible outcome: a parallel array cost an
      // allocation per growth on every evaluation.
      let location = possible[index].location
      guard let benefit = plan.benefits[location.document].first(where: { $0.location == location })
      else { continue }
      if benefit.countsUnanswered(profile) {
        open = true
        continue
      }
      var choices: [(path: FactPath, mask: UInt64)] = []
      benefit.condition.openChoices(profile, into: &choices)
      candidates.append(
        PossibleCandidate(term: amount.term, group: benefit.stackGroup, choices: choices))
    }
    let best = PossibleCandidate.highestSum(candidates)
    return (MoneyRange(min: best.min, max: open ? nil : best.max), open, best.max)
  }
}

/// A possible benefit as the possible line combines it: its highest, its stack group, and the
/// answers to open choices it asks for.
struct PossibleCandidate {
  var term: MoneyRange
  var group: Int
  var choices: [(path: FactPath, mask: UInt64)]

  /// More answer combinations than this are not tried: the line then adds every cluster's
  /// members, each group once, which is still an upper bound.
  static let combinationLimit = 4_096

  /// The most one set of answers pays: the highest sum of minimums and the highest sum of
  /// maximums (nil: no maximum) any one set of answers gives.
  static func highestSum(_ candidates: [PossibleCandidate]) -> MoneyRange {
    if candidates.allSatisfy({ $0.choices.isEmpty }) { return sum(candidates) }
    // Clusters of candidates linked by the open paths they ask about.
    var clusterOfPath: [FactPath: Int] = [:]
    var clusters: [[Int]] = []
    var free: [Int] = []
    for (index, candidate) in candidates.enumerated() {
      guard !candidate.choices.isEmpty else {
        free.append(index)
        continue
      }
      let linked = Set(candidate.choices.compactMap { clusterOfPath[$0.path] }).sorted()
      let target = linked.first ?? clusters.count
      if target == clusters.count { clusters.append([]) }
      clusters[target].append(index)
      for other in linked.dropFirst() {
        clusters[target] += clusters[other]
        clusters[other] = []
      }
      for member in clusters[target] {
        for choice in candidates[member].choices { clusterOfPath[choice.path] = target }
      }
    }
    var total = sum(free.map { candidates[$0] })
    for cluster in clusters where !cluster.isEmpty {
      total = total + highestOverAnswers(cluster.map { candidates[$0] })
    }
    return total
  }

  /// Each benefit once, each stack group once at its highest. Quadratic and without a
  /// dictionary: there are a few possible benefits, and this runs on every evaluation.
  private static func sum(_ members: [PossibleCandidate]) -> MoneyRange {
    var total = MoneyRange.zero
    for (index, member) in members.enumerated() {
      var term = member.term
      if member.group >= 0 {
        // Counted at the group's first member, with the group's highest.
        if members[..<index].contains(where: { $0.group == member.group }) { continue }
        for other in members[(index + 1)...] where other.group == member.group {
          term = Stacking.higher(term, other.term)
        }
      }
      total = total + term
    }
    return total
  }

  /// Tries every answer to the open paths the members ask about (each value some member asks
  /// for, and one none asks for) and keeps the highest sum.
  private static func highestOverAnswers(_ members: [PossibleCandidate]) -> MoneyRange {
    var paths: [FactPath] = []
    var values: [[Int]] = []
    for member in members {
      for choice in member.choices {
        let place =
          paths.firstIndex(of: choice.path)
          ?? {
            paths.append(choice.path)
            values.append([-1])
            return paths.count - 1
          }()
        for bit in 0..<64
        where choice.mask & (1 << UInt64(bit)) != 0 && !values[place].contains(bit) {
          values[place].append(bit)
        }
      }
    }
    let combinations = values.reduce(1) { $0 > combinationLimit ? $0 : $0 * $1.count }
    guard combinations <= combinationLimit else { return sum(members) }
    var best = MoneyRange.zero
    var answer = [Int](repeating: 0, count: paths.count)
    for _ in 0..<combinations {
      let accepted = members.filter { member in
        member.choices.allSatisfy { choice in
          let value = values[paths.firstIndex(of: choice.path)!][
            answer[paths.firstIndex(of: choice.path)!]]
          return value >= 0 && choice.mask & (1 << UInt64(value)) != 0
        }
      }
      best = Stacking.higher(best, sum(accepted))
      // The next combination, like an odometer.
      for place in answer.indices {
        answer[place] += 1
        if answer[place] < values[place].count { break }
        answer[place] = 0
      }
    }
    return best
  }
}

extension Condition {
  /// The choices among the condition's top-level parts that ask an open (unknown) enum
  /// question for particular answers.
  func openChoices(_ profile: Profile, into choices: inout [(path: FactPath, mask: UInt64)]) {
    switch self {
    case .oneOf(let path, let mask) where profile.isUnknown[path.fact]:
      choices.append((path, mask))
    case .all(let parts):
      for part in parts { part.openChoices(profile, into: &choices) }
    default:
      break
    }
  }
}

extension PlannedBenefit {
  /// It pays a sum for each of a number of things (projects, matching platforms) and the
  /// profile leaves that number unanswered: no upper bound is known.
  func countsUnanswered(_ profile: Profile) -> Bool {
    switch amount {
    case .fixed(_, let each?), .upTo(_, let each?), .atLeast(_, let each?):
      return profile.isUnknown[each.fact]
    default:
      return false
    }
  }
}

/// One thing in one stack group: an item of a list, or (`list` and `item` -1) the applicant.
struct ThingKey: Hashable, Comparable {
  var group: Int
  var list: Int
  var item: Int

  static func < (lhs: ThingKey, rhs: ThingKey) -> Bool {
    (lhs.group, lhs.list, lhs.item) < (rhs.group, rhs.list, rhs.item)
  }
}

extension PlannedBenefit {
  /// The document's percentage is only an upper bound (不超过…比例).
  var amountIsCeiling: Bool {
    if case .percentage(_, _, _, _, true)? = amount { return true }
    return false
  }
}
