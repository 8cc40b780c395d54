extension Evaluator {
  /// A benefit missed by exactly one numeric threshold (or a payment floor) whose value is
  /// known: what the applicant could still reach, and what it would pay.
  ///
  /// It reads the compiled conditions under `conditions` (the profile's run): `failingLeaves(at:)`
  /// finds the false leaves without the tree's truth worked out again at every level.
  func nearMiss(_ benefit: PlannedBenefit, _ profile: Profile, conditions: ConditionRun)
    -> NearMiss?
  {
    let rule = benefit.amount
    guard rule != nil || benefit.points != nil else { return nil }
    let gap: ThresholdGap
    var leaves: [Int] = []
    guard failingLeaves(at: benefit.conditionRoot, conditions, into: &leaves) else { return nil }
    let program = plan.conditions
    if leaves.count == 1, program.nodes[leaves[0]].operation == .has {
      let node = program.nodes[leaves[0]]
      guard
        let itemGap = itemGap(
          node.path.fact, ItemFilter(tests: Array(program.tests[node.tests])), profile)
      else { return nil }
      gap = itemGap
    } else if leaves.isEmpty {
      guard let floorGap = Self.floorGap(rule, profile) else { return nil }
      gap = floorGap
    } else {
      // A zero threshold only asks whether there is any at all: nothing to "reach".
      guard leaves.count == 1 else { return nil }
      let node = program.nodes[leaves[0]]
      guard node.operation == .compare, node.comparison.isLowerBound, node.value > 0 else {
        return nil
      }
      gap = ThresholdGap(
        path: node.path, comparison: node.comparison, threshold: node.value,
        current: profile.number(node.path), fromFloor: false)
    }
    return nearMiss(benefit, profile, reaching: gap)
  }

  /// Every condition holds, so the amount rule gave nothing: the gap to its payment floor, when
  /// it is a percentage of a known figure that has one.
  static func floorGap(_ rule: AmountRule?, _ profile: Profile) -> ThresholdGap? {
    guard case .percentage(let rate, .fact(let path), _, let floor?, _)? = rule,
      !profile.isUnknown[path.fact]
    else { return nil }
    return ThresholdGap(
      path: path, comparison: .atLeast, threshold: rate.baseNeeded(toReach: floor).fen,
      current: profile.number(path), fromFloor: true)
  }

  /// The near miss of a gap found: none unless the applicant is at least half way there; else
  /// what the benefit would pay (or score) with the threshold reached.
  func nearMiss(_ benefit: PlannedBenefit, _ profile: Profile, reaching gap: ThresholdGap)
    -> NearMiss?
  {
    let rule = benefit.amount
    // "Within reach" means at least half way there: a firm with no R&D spending is not near a
    // 1000万 increment, and listing every threshold for everybody would be noise.
    guard gap.current > 0, Int128(gap.current) * 2 >= Int128(gap.target) else { return nil }
    var reached = profile
    if let item = gap.item, let field = gap.path.field {
      reached.setItemNumber(gap.target, list: gap.path.fact, item: item, field: field)
    } else {
      reached.setNumber(
        gap.target, at: gap.path, fieldCount: catalog.facts[gap.path.fact].type.fields.count)
    }
    guard let rule else {
      return NearMiss(
        location: benefit.location, gap: gap, amountAtThreshold: nil,
        pointsAtThreshold: benefit.points?.trace(reached)?.points)
    }
    var amount: AmountRange? = nil
    if case .amount(let range, _) = rule.apply(
      reached, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost)
    {
      amount = range
    } else if gap.path.derived == nil, !rule.facts.contains(gap.path.fact) {
      amount = Self.ruleRange(
        rule, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost)
    }
    return NearMiss(location: benefit.location, gap: gap, amountAtThreshold: amount)
  }

  /// A benefit that fails only on yes/no questions the profile left out, everything else
  /// holding (or open on a question listed unknown): a near miss of the unanswered kind, naming
  /// them, with what it would pay answered yes. Left out still pays nothing (the profile
  /// contract: omitted is not claimed); it is only never a silent "no". Nil when something else
  /// fails it, or when answered yes it would still pay nothing. `conditions` is the profile's
  /// run, under which the benefit's condition is false.
  ///
  /// It runs for every failing benefit that asks a left-out question (most of a sample's), so
  /// it reads the compiled conditions (`omittedFlags(at:)`) rather than the tree. `answered` is scratch: a run over a
  /// copy of the profile (start it as `conditions`), whose questions are answered yes for one
  /// benefit and put back as they were before it returns, so that an evaluation copies the
  /// profile once, not once per near miss (that copy and its release were a fifth of a sample's
  /// evaluation).
  func unansweredNearMiss(
    _ benefit: PlannedBenefit, _ profile: Profile, conditions: ConditionRun,
    answered: inout ConditionRun
  ) -> NearMiss? {
    var flags: [FactPath] = []
    guard omittedFlags(at: benefit.conditionRoot, conditions, into: &flags), !flags.isEmpty
    else { return nil }
    // Answering yes/no questions changes no list, so the profile's item index still holds
    // (`setFlag` writes over a list only when a flag's path names one, which no catalog asks;
    // then the answers get a copy and an index of their own).
    if flags.contains(where: { conditions.firstFields.isIndexed($0.fact) }) {
      var reached = profile
      for path in flags {
        reached.setFlag(true, at: path, fieldCount: catalog.facts[path.fact].type.fields.count)
      }
      var own = ConditionRun(
        program: plan.conditions, profile: reached, defaults: defaults,
        firstFields: FirstFieldIndex(reached))
      return reachedNearMiss(benefit, flags, answered: &own)
    }
    for path in flags {
      answered.profile.setFlag(
        true, at: path, fieldCount: catalog.facts[path.fact].type.fields.count)
    }
    defer {
      for path in flags { answered.profile.values[path.fact] = profile.values[path.fact] }
    }
    return reachedNearMiss(benefit, flags, answered: &answered)
  }

  /// The unanswered near miss, `answered` having the benefit's left-out questions answered yes:
  /// nil when it still fails or pays nothing.
  private func reachedNearMiss(
    _ benefit: PlannedBenefit, _ flags: [FactPath], answered: inout ConditionRun
  ) -> NearMiss? {
    var outcome = BenefitOutcome(
      location: benefit.location, amount: nil, computation: nil, points: nil, stackedOut: nil,
      dependsOn: [])
    switch answered.truth(at: benefit.conditionRoot) {
    case .no:
      return nil
    case .unknown:
      // Answered yes, it would still hang on a question listed unknown: what it may pay.
      outcome = undecided(benefit, answered.profile, extra: false)
    case .yes:
      if self.outcome(benefit, answered.profile, conditions: answered, into: &outcome) == .none {
        return nil
      }
    }
    return NearMiss(
      location: benefit.location, gap: nil, unanswered: flags, amountAtThreshold: outcome.amount,
      pointsAtThreshold: outcome.points)
  }

  /// For the compiled condition at `index`, which is false under `run`: appends the left-out
  /// yes/no questions that, answered yes, would make it hold (each once, in condition order;
  /// under `any`, those of every alternative that would do) and returns true; false when
  /// anything else fails it (a question answered no, a threshold, a choice).
  /// CompiledNearMissSearchTests holds it to the definition on the `Condition` tree. An
  /// Evaluator method over node indices, not a closure over `self`: the closure copied the
  /// whole Evaluator on every call, and the tree's `truth` was worked out again at each level.
  func omittedFlags(at index: Int, _ run: ConditionRun, into paths: inout [FactPath]) -> Bool {
    let node = plan.conditions.nodes[index]
    switch node.operation {
    case .isTrue:
      guard node.value != 0, leavesOut(node.path, run.profile) else { return false }
      if !paths.contains(node.path) { paths.append(node.path) }
      return true
    case .all:
      // Parts that hold (or are open) ask for nothing; every false one must be reachable.
      var part = index + 1
      while part < node.end {
        if run.truth(at: part) == .no, !omittedFlags(at: part, run, into: &paths) {
          return false
        }
        part = plan.conditions.nodes[part].end
      }
      return true
    case .any:
      // Every part of a false `any` is false; those that cannot be reached add nothing.
      var reachable = false
      var part = index + 1
      while part < node.end {
        let mark = paths.count
        if omittedFlags(at: part, run, into: &paths) {
          reachable = true
        } else {
          paths.removeSubrange(mark...)
        }
        part = plan.conditions.nodes[part].end
      }
      return reachable
    case .oneOf, .compare, .has, .not:
      return false
    }
  }

  /// Whether the profile leaves out a yes/no question the benefit's condition asks to be yes.
  /// It runs for every failing benefit that asks one: indexed, since a `for … in` over the array
  /// (or a closure over the profile) cost an allocation per call in a debug build.
  func asksLeftOutFlag(_ benefit: PlannedBenefit, _ profile: Profile) -> Bool {
    let flags = benefit.yesFlags
    var index = 0
    while index < flags.count {
      if leavesOut(flags[index], profile) { return true }
      index += 1
    }
    return false
  }

  /// Whether the profile leaves out the yes/no question at `path` (`Profile.omits`) and the
  /// question is one its applicant is asked (`appliesTo`): an enterprise was never asked whether
  /// it is an excellent S&T commissioner, so that is no unanswered question of its.
  func leavesOut(_ path: FactPath, _ profile: Profile) -> Bool {
    guard profile.omits(path) else { return false }
    let mask = askedOf[path.fact]
    guard mask != 0, let applicant = applicantFact, !profile.isUnknown[applicant] else {
      return true
    }
    let index = profile.choice(FactPath(fact: applicant), fallback: defaults[applicant])
    return mask & (1 << UInt64(index)) != 0
  }

  /// For the compiled condition at `index`: appends the nodes of the atomic conditions that are
  /// false when the rest is true (an `any` or a `not` that is false counts as one) and returns
  /// true; false when it is open on a question listed unknown. CompiledNearMissSearchTests
  /// holds it to the definition on the `Condition` tree.
  func failingLeaves(at index: Int, _ run: ConditionRun, into leaves: inout [Int]) -> Bool {
    let node = plan.conditions.nodes[index]
    switch node.operation {
    case .all:
      var part = index + 1
      while part < node.end {
        switch run.truth(at: part) {
        case .yes: break
        case .unknown: return false
        case .no: if !failingLeaves(at: part, run, into: &leaves) { return false }
        }
        part = plan.conditions.nodes[part].end
      }
      return true
    case .any, .not:
      // Alternatives give no single thing to reach for.
      if run.truth(at: index) == .no { leaves.append(index) }
      return true
    case .oneOf, .isTrue, .compare, .has:
      switch run.truth(at: index) {
      case .yes: return true
      case .no:
        leaves.append(index)
        return true
      case .unknown: return false
      }
    }
  }

  /// A list condition missed by one item short of a lower bound on one of its numbers (a sold
  /// contract of 1,999,999 against 200万), every other test of the filter passing: the gap of
  /// the item closest to it.
  func itemGap(_ list: FactID, _ filter: ItemFilter, _ profile: Profile)
    -> ThresholdGap?
  {
    guard !profile.isUnknown[list] else { return nil }
    var best: ThresholdGap? = nil
    for (position, item) in profile.items(list).enumerated() {
      let failing = filter.tests.filter {
        !$0.test.accepts($0.field < item.count ? item[$0.field] : nil)
      }
      guard failing.count == 1, case .compare(let comparison, let threshold) = failing[0].test,
        comparison.isLowerBound, threshold > 0
      else { continue }
      let field = failing[0].field
      let gap = ThresholdGap(
        path: FactPath(fact: list, field: field), comparison: comparison, threshold: threshold,
        current: Profile.number(field < item.count ? item[field] : nil), fromFloor: false,
        item: position)
      if best.map({ gap.current > $0.current }) ?? true { best = gap }
    }
    return best
  }
}

extension ThresholdGap {
  /// Closer first: the smaller shortfall relative to the target.
  func isCloser(than other: ThresholdGap) -> Bool {
    let left = Int128(shortfall) * Int128(Swift.max(other.target, 1))
    let right = Int128(other.shortfall) * Int128(Swift.max(target, 1))
    return left < right
  }
}

extension Profile {
  /// Sets one number field of one list item.
  mutating func setItemNumber(_ number: Int64, list: FactID, item: Int, field: Int) {
    guard case .list(var items)? = values[list], item < items.count else { return }
    while items[item].count <= field { items[item].append(nil) }
    items[item][field] = .number(number)
    values[list] = .list(items)
  }

  /// Sets a number at a path; for `rd.increment`, raises last year's spending.
  mutating func setNumber(_ number: Int64, at path: FactPath, fieldCount: Int) {
    if path.derived == .rdIncrement {
      var fields = [FactValue?](repeating: nil, count: Swift.max(fieldCount, 2))
      if case .record(let existing)? = values[path.fact] {
        for (index, value) in existing.enumerated() where index < fields.count {
          fields[index] = value
        }
      }
      fields[0] = .number(Profile.number(fields[1]) + number)
      values[path.fact] = .record(fields)
    } else if let field = path.field {
      var fields = [FactValue?](repeating: nil, count: fieldCount)
      if case .record(let existing)? = values[path.fact] {
        for (index, value) in existing.enumerated() where index < fields.count {
          fields[index] = value
        }
      }
      fields[field] = .number(number)
      values[path.fact] = .record(fields)
    } else {
      values[path.fact] = .number(number)
    }
  }
}

extension Catalog {
  /// A question's key as profiles and the JSON name it: the fact's name, `record.field` for a
  /// field of a record.
  public func questionKey(_ path: FactPath) -> String {
    let fact = facts[path.fact]
    guard let field = path.field, field < fact.type.fields.count else { return fact.name }
    return fact.name + "." + fact.type.fields[field].name
  }
}
