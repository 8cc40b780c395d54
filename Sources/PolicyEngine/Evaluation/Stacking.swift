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
          claims.append((thing, Claim(match: index, term: term)))
        }
      } else {
        let thing = ThingKey(group: benefit.stackGroup, list: -1, item: -1)
        claims.append((thing, Claim(match: index, term: amount.term)))
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
        let terms = survivors.map { claim in candidates.first { $0.match == claim }!.term }
        let set = AlternativeSet(
          members: survivors.map { matches[$0].location }, item: thing.item >= 0 ? thing.item : nil,
          min: terms.map(\.min).max() ?? .zero,
          max: terms.contains { $0.max == nil } ? nil : terms.compactMap(\.max).max())
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

  /// `a` pays at least as much as `b` whatever is decided: a's lowest reaches b's highest.
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
  /// benefit's own category). An alternative set counts once, at the highest minimum and the
  /// highest maximum of its members; a member's items outside any set count at its own
  /// category.
  func totals(
    _ matches: [BenefitOutcome], planned: [PlannedBenefit], possible: [BenefitOutcome],
    alternatives: [AlternativeSet]
  ) -> Totals {
    var lines = CertaintyTotals()
    func add(_ range: MoneyRange, to certainty: Certainty) { lines.add(range, to: certainty) }
    // By index, reading fields: iterating the matches copied each whole outcome.
    for index in matches.indices where matches[index].stackedOut == nil {
      guard let amount = matches[index].amount, let certainty = matches[index].certainty else {
        continue
      }
      if matches[index].alternatives.isEmpty {
        add(amount.term, to: certainty)
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
      if let partAmount = part.amount { add(partAmount.term, to: certainty) }
    }
    for set in alternatives { add(MoneyRange(min: set.min, max: set.max), to: .chooseHigher) }
    var total = MoneyRange.zero
    for (_, range) in lines { total = total + range }
    for outcome in possible {
      if let amount = outcome.amount { add(amount.term, to: .possible) }
    }
    return Totals(min: total.min, max: total.max, byCertainty: lines)
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
