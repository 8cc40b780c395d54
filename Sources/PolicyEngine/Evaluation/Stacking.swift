/// The rules that keep matched benefits from adding up: tiers of one clause (national vs region,
/// first vs renewed) and 就高、从优、不重复 across a city's policies for the same subject.
struct Stacking {
  let catalog: Catalog

  func apply(to matches: inout [BenefitOutcome]) {
    keepHighest(in: &matches, groupedBy: { match in
      guard let group = catalog[match.location].group else { return nil }
      return "\(match.location.document)/\(match.location.article)/\(group)"
    }) { winner, _ in .sameClauseTier(winner: winner) }

    keepHighest(in: &matches, groupedBy: { match in
      let document = catalog.documents[match.location.document]
      guard let city = document.city, let subject = catalog[match.location].subject else { return nil }
      return "\(city)/\(subject)"
    }) { winner, members in
      // Cite the rule of a document in the group that states it; nil: nobody states it here.
      let documents = members.map(\.location.document) + [winner.document]
      guard let ruling = documents.first(where: { catalog.documents[$0].combinationRule != nil }),
        let article = catalog.documents[ruling].combinationRule
      else { return nil }
      return .combinationRule(winner: winner, ruleDocument: ruling, ruleArticle: article)
    }
  }

  /// Within each group of two or more live matches, marks all but the highest as stacked out.
  private func keepHighest(
    in matches: inout [BenefitOutcome], groupedBy key: (BenefitOutcome) -> String?,
    reason: (BenefitLocation, [BenefitOutcome]) -> StackingReason?
  ) {
    var groups: [String: [Int]] = [:]
    for index in matches.indices where matches[index].stackedOut == nil {
      if let key = key(matches[index]) { groups[key, default: []].append(index) }
    }
    for members in groups.values where members.count > 1 {
      let winner = members.max { lhs, rhs in
        let left = matches[lhs].amount?.rankingValue ?? .zero
        let right = matches[rhs].amount?.rankingValue ?? .zero
        return left < right || (left == right && lhs > rhs)
      }!
      let losers = members.filter { $0 != winner }
      guard let why = reason(matches[winner].location, losers.map { matches[$0] }) else { continue }
      for loser in losers { matches[loser].stackedOut = why }
    }
  }
}
