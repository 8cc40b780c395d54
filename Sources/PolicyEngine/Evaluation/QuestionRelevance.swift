extension Evaluator {
  /// The facts whose answer can still change the result: each is read by a benefit of an
  /// applicable document that the other answers do not already rule out. The wizard asks only
  /// these.
  public func relevantFacts(_ profile: Profile, today: CalendarDay = .today()) -> Set<FactID> {
    let documents = applicableDocuments(profile, asOf: profile.asOf ?? today)
    var relevant: Set<FactID> = []
    for d in documents {
      for article in catalog.documents[d].articles {
        for benefit in article.benefits where benefit.kind != .reform {
          for fact in benefit.facts where !relevant.contains(fact) {
            if dependsOn(benefit, fact, profile) { relevant.insert(fact) }
          }
        }
      }
    }
    return relevant
  }

  /// The benefits whose outcome the fact can change, for "why we ask".
  public func benefits(dependingOn fact: FactID, _ profile: Profile, today: CalendarDay = .today())
    -> [BenefitLocation]
  {
    applicableDocuments(profile, asOf: profile.asOf ?? today).flatMap { d in
      catalog.documents[d].articles.enumerated().flatMap { a, article in
        article.benefits.enumerated().compactMap { b, benefit in
          benefit.kind != .reform && benefit.facts.contains(fact) && dependsOn(benefit, fact, profile)
            ? BenefitLocation(document: d, article: a, benefit: b) : nil
        }
      }
    }
  }

  /// Whether, with `fact` left open, the benefit is still possible (not ruled out by the others).
  private func dependsOn(_ benefit: Benefit, _ fact: FactID, _ profile: Profile) -> Bool {
    var open = profile
    open.setUnknown(fact, true)
    return benefit.condition.truth(open, defaults: defaults) != .no
  }
}
