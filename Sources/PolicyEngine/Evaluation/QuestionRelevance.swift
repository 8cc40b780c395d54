extension Evaluator {
  /// The facts whose answer can still change the result: each is read by a benefit of an
  /// applicable document that the other answers do not already rule out. The wizard asks only
  /// these.
  public func relevantFacts(_ profile: Profile, today: CalendarDay = .today()) -> Set<FactID> {
    let documents = applicableDocuments(profile, asOf: profile.asOf ?? today)
    var relevant: Set<FactID> = []
    // One copy, each fact opened and closed again in place; an applicant nobody named is open
    // throughout, as in `evaluate`.
    var open = withUnnamedApplicantOpen(profile) ?? profile
    // The plan holds the same benefits (reform clauses left out) with their facts worked out.
    for d in documents {
      for benefit in plan.benefits[d] {
        for fact in benefit.facts where !relevant.contains(fact) {
          if dependsOn(benefit.condition, fact, &open) { relevant.insert(fact) }
        }
      }
    }
    return relevant
  }

  /// The questions the profile leaves open (omitted or marked unknown) whose answer could still
  /// change the result, in the catalog's order: what a client should ask next (publicodes'
  /// missing variables).
  public func openQuestions(_ profile: Profile, today: CalendarDay = .today()) -> [FactID] {
    var open = profile
    let unanswered = catalog.facts.indices.filter { profile[$0] == nil || profile.isUnknown[$0] }
    for fact in unanswered { open.setUnknown(fact, true) }
    let relevant = relevantFacts(open, today: today)
    return unanswered.filter { relevant.contains($0) }
  }

  /// The benefits whose outcome the fact can change, for "why we ask".
  public func benefits(dependingOn fact: FactID, _ profile: Profile, today: CalendarDay = .today())
    -> [BenefitLocation]
  {
    var open = withUnnamedApplicantOpen(profile) ?? profile
    var locations: [BenefitLocation] = []
    for d in applicableDocuments(profile, asOf: profile.asOf ?? today) {
      for (a, article) in catalog.documents[d].articles.enumerated() {
        for (b, benefit) in article.benefits.enumerated()
        where benefit.kind != .reform && benefit.facts.contains(fact)
          && dependsOn(benefit.condition, fact, &open)
        {
          locations.append(BenefitLocation(document: d, article: a, benefit: b))
        }
      }
    }
    return locations
  }

  /// Whether, with `fact` left open, the benefit is still possible (not ruled out by the others).
  private func dependsOn(_ condition: Condition, _ fact: FactID, _ profile: inout Profile) -> Bool {
    let wasUnknown = profile.isUnknown[fact]
    profile.setUnknown(fact, true)
    defer { profile.setUnknown(fact, wasUnknown) }
    return condition.truth(profile, defaults: defaults) != .no
  }
}
