/// How an amount was worked out, kept as data so that the explanation is written only when
/// somebody reads it.
public enum Computation: Sendable, Equatable {
  /// A stated sum, times a count when the benefit is per counted thing.
  case stated(AmountRule, quantity: Int64?)
  /// `base × rate`, then the cap; `ceiling`: the result is only an upper bound.
  case percentage(Rate, basePath: FactPath, base: Money, raw: Money, cap: Money?, ceiling: Bool)
  /// A percentage of each item, each capped, then the total capped.
  case perItem(Rate, list: FactID, field: Int, items: [ItemShare], sum: Money, cap: Money?)
  /// Points (蒙科聚积分) worked out as `working` works out yuan: each yuan of a share is one
  /// point, so every output says 积分 where the working says 元.
  indirect case inPoints(Computation)

  /// A single stated sum needs no working shown (a sum times a count does).
  public var isStatedSum: Bool {
    if case .stated(_, nil) = self { return true }
    return false
  }

  public struct ItemShare: Sendable, Equatable {
    /// The item's position in its list.
    public var position: Int
    public var base: Money
    public var raw: Money
    public var paid: Money
  }
}

/// The outcome of applying an amount rule to a profile.
enum AmountOutcome {
  case amount(AmountRange, Computation)
  /// The rule gives nothing (a zero base, a count of zero, below the floor).
  case nothing(Computation?)
  /// The rule reads an unanswered fact.
  case undecided(AmountRange)
}

extension AmountRule {
  /// `matchingItems` is how many list items pass the condition's filter, for a sum paid per
  /// matching platform; the evaluation counts them, other callers get the sum for one.
  /// `yearsAtMost`: `years` is a ceiling (最多5年), carried by every range the rule gives.
  func apply(
    _ profile: Profile, per: Periodicity, years: Int?, yearsAtMost: Bool = false,
    matchingItems: Int64? = nil
  ) -> AmountOutcome {
    func range(_ min: Money, _ max: Money?) -> AmountRange {
      AmountRange(min: min, max: max, per: per, years: years, yearsAtMost: yearsAtMost)
    }
    switch self {
    case .fixed(let sum, let each), .upTo(let sum, let each), .atLeast(let sum, let each):
      var quantity: Int64? = nil
      if let each {
        if profile.isUnknown[each.fact] {
          return .undecided(
            statedRange(sum, quantity: 1, per: per, years: years, yearsAtMost: yearsAtMost))
        }
        switch each {
        case .count(let fact):
          quantity = profile.number(FactPath(fact: fact))
        case .matchingItems:
          // One payment per matching item; a single one needs no "× 1" in the working.
          let count = matchingItems ?? 1
          quantity = count == 1 ? nil : count
        }
        if quantity == 0 { return .nothing(nil) }
      }
      return .amount(
        statedRange(
          sum, quantity: quantity ?? 1, per: per, years: years, yearsAtMost: yearsAtMost),
        .stated(self, quantity: quantity))

    case .percentage(let rate, .fact(let path), let cap, let floor, let ceiling):
      if profile.isUnknown[path.fact] { return .undecided(range(.zero, cap)) }
      let base = Money(fen: Swift.max(0, profile.number(path)))
      let raw = rate.applied(to: base)
      let paid = cap.map { Swift.min(raw, $0) } ?? raw
      let computation = Computation.percentage(
        rate, basePath: path, base: base, raw: raw, cap: cap, ceiling: ceiling)
      if paid == .zero { return .nothing(computation) }
      if let floor, raw < floor { return .nothing(computation) }
      return .amount(range(ceiling ? .zero : paid, paid), computation)

    case .percentage(
      let rate, .eachItem(let list, let field, let filter, let capEach), let cap, let floor,
      let ceiling):
      if profile.isUnknown[list] { return .undecided(range(.zero, cap)) }
      let items = profile.items(list)
      var shares: [Computation.ItemShare] = []
      shares.reserveCapacity(items.count)
      var sum = Money.zero
      for (position, item) in items.enumerated() where filter.accepts(item) {
        let base = Money(fen: Profile.number(field < item.count ? item[field] : nil))
        let raw = rate.applied(to: base)
        let paid = capEach.map { Swift.min(raw, $0) } ?? raw
        shares.append(.init(position: position, base: base, raw: raw, paid: paid))
        sum = sum + paid
      }
      let total = cap.map { Swift.min(sum, $0) } ?? sum
      let computation = Computation.perItem(
        rate, list: list, field: field, items: shares, sum: sum, cap: cap)
      if total == .zero { return .nothing(shares.isEmpty ? nil : computation) }
      if let floor, total < floor { return .nothing(computation) }
      return .amount(range(ceiling ? .zero : total, total), computation)
    }
  }

  private func statedRange(
    _ sum: Money, quantity: Int64, per: Periodicity, years: Int?, yearsAtMost: Bool
  ) -> AmountRange {
    let total = sum * quantity
    switch self {
    case .fixed:
      return AmountRange(min: total, max: total, per: per, years: years, yearsAtMost: yearsAtMost)
    case .upTo:
      return AmountRange(min: .zero, max: total, per: per, years: years, yearsAtMost: yearsAtMost)
    default:
      return AmountRange(min: total, max: nil, per: per, years: years, yearsAtMost: yearsAtMost)
    }
  }
}

extension PointsRule {
  /// Points as a number (counted like the yuan they are a share of), with the working and the
  /// list items they are paid for; nil when unstated or zero.
  func trace(_ profile: Profile) -> (points: Int64, working: Computation, items: [Int])? {
    guard case .percentage(let rate, let base) = self else { return nil }
    switch base {
    case .fact(let path):
      let money = Money(fen: Swift.max(0, profile.number(path)))
      let raw = rate.applied(to: money)
      let points = raw.fen / 100
      guard points > 0 else { return nil }
      let working = Computation.percentage(
        rate, basePath: path, base: money, raw: raw, cap: nil, ceiling: false)
      return (points, .inPoints(working), [])
    case .eachItem(let list, let field, let filter, let capEach):
      // Each list entry is one thing: one share per contract, each named in the working.
      var shares: [Computation.ItemShare] = []
      var sum = Money.zero
      for (position, item) in profile.items(list).enumerated() where filter.accepts(item) {
        let money = Money(fen: Profile.number(field < item.count ? item[field] : nil))
        let raw = rate.applied(to: money)
        let paid = capEach.map { Swift.min(raw, $0) } ?? raw
        shares.append(.init(position: position, base: money, raw: raw, paid: paid))
        sum = sum + paid
      }
      let points = sum.fen / 100
      guard points > 0 else { return nil }
      let working = Computation.perItem(
        rate, list: list, field: field, items: shares, sum: sum, cap: nil)
      return (points, .inPoints(working), shares.map(\.position))
    }
  }
}
