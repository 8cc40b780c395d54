extension Evaluator {
  /// The facts whose answer can still change the result: each is read by a benefit of an
  /// applicable document that the other answers do not already rule out. The wizard asks only
  /// these.
  public func relevantFacts(_ profile: Profile, today: CalendarDay = .today()) -> Set<FactID> {
    let documents = applicableDocuments(profile, asOf: profile.asOf ?? today)
    var relevant: Set<FactID> = []
    var isRelevant = [Bool](repeating: false, count: catalog.facts.count)
    // One run over one copy, each fact opened and closed again in place; an applicant nobody
    // named is open throughout, as in `evaluate`. The compiled conditions give the tree's truth
    // (`ConditionRun`) without a retain and release of every node.
    var run = ConditionRun(
      program: plan.conditions, profile: withUnnamedApplicantOpen(profile) ?? profile,
      defaults: defaults, firstFields: FirstFieldIndex(profile))
    // The plan holds the same benefits (reform clauses left out) with their facts worked out.
    for d in documents {
      for benefit in plan.benefits[d] {
        // A fact already open opens nothing more: the benefit's truth as it stands, worked out
        // once.
        var asItStands: Truth? = nil
        for fact in benefit.facts where !isRelevant[fact] {
          let truth: Truth
          if run.profile.isUnknown[fact] {
            truth = asItStands ?? run.truth(at: benefit.conditionRoot)
            asItStands = truth
          } else {
            run.profile.setUnknown(fact, true)
            truth = run.truth(at: benefit.conditionRoot)
            run.profile.setUnknown(fact, false)
          }
          if truth != .no {
            isRelevant[fact] = true
            relevant.insert(fact)
          }
        }
      }
    }
    return relevant
  }

  /// The questions the profile leaves open (omitted or marked unknown) whose answer could still
  /// change the result, in the catalog's order: what a client should ask next (publicodes'
  /// missing variables).
  ///
  /// `relevantFacts` of the profile with every open question listed unknown, kept to the open
  /// ones: for those, leaving the fact open changes nothing, so each benefit's truth is worked
  /// out once (not once per fact), and answered facts, which are dropped, are not tried.
  public func openQuestions(_ profile: Profile, today: CalendarDay = .today()) -> [FactID] {
    var open = profile
    var isOpen = [Bool](repeating: false, count: catalog.facts.count)
    for fact in catalog.facts.indices where profile[fact] == nil || profile.isUnknown[fact] {
      open.setUnknown(fact, true)
      isOpen[fact] = true
    }
    // An applicant nobody named is open now, as `withUnnamedApplicantOpen` would make it.
    let documents = applicableDocuments(open, asOf: open.asOf ?? today)
    let run = ConditionRun(
      program: plan.conditions, profile: open, defaults: defaults,
      firstFields: FirstFieldIndex(open))
    var isRelevant = [Bool](repeating: false, count: catalog.facts.count)
    for d in documents {
      for benefit in plan.benefits[d] {
        var asksNew = false
        for fact in benefit.facts where isOpen[fact] && !isRelevant[fact] {
          asksNew = true
          break
        }
        guard asksNew, run.truth(at: benefit.conditionRoot) != .no else { continue }
        for fact in benefit.facts where isOpen[fact] { isRelevant[fact] = true }
      }
    }
    return catalog.facts.indices.filter { isOpen[$0] && isRelevant[$0] }
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
