extension Evaluator {
  /// A benefit missed by exactly one numeric threshold (or a payment floor) whose value is
  /// known: what the applicant could still reach, and what it would pay.
  func nearMiss(_ benefit: PlannedBenefit, _ profile: Profile) -> NearMiss? {
    guard let rule = benefit.amount else { return nil }
    let gap: ThresholdGap
    if let leaves = benefit.condition.failingLeaves(profile, defaults: defaults) {
      if leaves.isEmpty {
        // Every condition holds, so the amount rule gave nothing: below a payment floor?
        guard case .percentage(let rate, .fact(let path), _, let floor?, _) = rule,
          !profile.isUnknown[path.fact]
        else { return nil }
        gap = ThresholdGap(
          path: path, comparison: .atLeast, threshold: rate.baseNeeded(toReach: floor).fen,
          current: profile.number(path), fromFloor: true)
      } else {
        // A zero threshold only asks whether there is any at all: nothing to "reach".
        guard leaves.count == 1, case .compare(let path, let comparison, let threshold) = leaves[0],
          comparison.isLowerBound, threshold > 0
        else { return nil }
        gap = ThresholdGap(
          path: path, comparison: comparison, threshold: threshold, current: profile.number(path),
          fromFloor: false)
      }
    } else {
      return nil
    }
    // "Within reach" means at least half way there: a firm with no R&D spending is not near a
    // 1000万 increment, and listing every threshold for everybody would be noise.
    guard gap.current > 0, Int128(gap.current) * 2 >= Int128(gap.target) else { return nil }
    var reached = profile
    reached.setNumber(
      gap.target, at: gap.path, fieldCount: catalog.facts[gap.path.fact].type.fields.count)
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
}

extension NearMiss {
  /// Closer first: the smaller shortfall relative to the target.
  func isCloser(than other: NearMiss) -> Bool {
    let left = Int128(gap.shortfall) * Int128(Swift.max(other.gap.target, 1))
    let right = Int128(other.gap.shortfall) * Int128(Swift.max(gap.target, 1))
    return left < right
  }
}

extension Profile {
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
