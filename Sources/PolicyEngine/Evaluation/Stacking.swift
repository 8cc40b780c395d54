/// The rules that keep matched benefits from adding up: tiers of one clause (national vs region,
/// first vs renewed) and 就高、从优、不重复 across a city's policies for the same subject.
struct Stacking {
  /// Per document, the article stating 就高、从优、不重复, if any.
  let combinationRules: [Int?]

  /// `planned[i]` is the benefit of `matches[i]`; its group numbers were worked out with the
  /// plan, so that no key is built or hashed per evaluation.
  func apply(to matches: inout [BenefitOutcome], planned: [PlannedBenefit]) {
    keepHighest(in: &matches, planned: planned, bySubject: false) { winner, _ in
      .sameClauseTier(winner: winner)
    }

    keepHighest(in: &matches, planned: planned, bySubject: true) { winner, losers in
      // Cite the rule of a document in the group that states it. Where none does (Hohhot), the
      // same city's money for the same thing is still not promised twice: the customary rule,
      // said to be one to confirm with the department.
      let documents = losers.map(\.document) + [winner.document]
      guard let ruling = documents.first(where: { combinationRules[$0] != nil }),
        let article = combinationRules[ruling]
      else { return .customaryRule(winner: winner) }
      return .combinationRule(winner: winner, ruleDocument: ruling, ruleArticle: article)
    }
  }

  /// Within each group of two or more live matches, marks all but the highest as stacked out.
  private func keepHighest(
    in matches: inout [BenefitOutcome], planned: [PlannedBenefit], bySubject: Bool,
    reason: (_ winner: BenefitLocation, _ losers: [BenefitLocation]) -> StackingReason?
  ) {
    var members: [(group: Int, index: Int)] = []
    members.reserveCapacity(matches.count)
    for index in matches.indices where matches[index].stackedOut == nil {
      let group = bySubject ? planned[index].subjectGroup : planned[index].tierGroup
      if group >= 0 { members.append((group, index)) }
    }
    guard members.count > 1 else { return }
    // Sorted, each group is one run, its matches in catalog order.
    members.sort { ($0.group, $0.index) < ($1.group, $1.index) }
    var start = 0
    while start < members.count {
      var end = start + 1
      while end < members.count, members[end].group == members[start].group { end += 1 }
      defer { start = end }
      guard end - start > 1 else { continue }
      let run = members[start..<end].map(\.index)
      let winner = run.max { lhs, rhs in
        let left = matches[lhs].amount?.rankingValue ?? .zero
        let right = matches[rhs].amount?.rankingValue ?? .zero
        return left < right || (left == right && lhs > rhs)
      }!
      let losers = run.filter { $0 != winner }
      guard let why = reason(matches[winner].location, losers.map { matches[$0].location }) else {
        continue
      }
      for loser in losers { matches[loser].stackedOut = why }
    }
  }
}
