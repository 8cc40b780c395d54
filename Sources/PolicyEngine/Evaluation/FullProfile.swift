/// A profile that answers every question of the catalog, with values that make as many
/// conditions as possible hold: every platform type, several items in every list, every flag
/// set, sums large enough to pass thresholds, drafts included. The heaviest profile the wizard
/// can produce; the throughput benchmarks (`policy-bench evaluate`, Benchmarks/) and the
/// allocation tests all evaluate this one, so that their figures are of the same work.
public enum FullProfile {
  /// The day the benchmarks evaluate on (every document of the catalog in force).
  public static let day = CalendarDay(year: 2026, month: 6, day: 1)

  public static func make(catalog: Catalog, city: String) -> Profile {
    var profile = Profile(factCount: catalog.facts.count)
    for fact in catalog.facts {
      profile[fact.id] = value(fact.type, variant: fact.id)
    }
    set("city", to: city, in: &profile, catalog)
    set("applicant", to: "enterprise", in: &profile, catalog)
    set("highTech", to: "new", in: &profile, catalog)
    if let rd = catalog.fact(named: "rd") {
      // 8000万 last year, 5000万 the year before: a 3000万 increment.
      profile[rd.id] = .record([.number(Money.wan(8000).fen), .number(Money.wan(5000).fen)])
    }
    profile.asOf = day
    profile.includeDrafts = true
    return profile
  }

  private static func set(
    _ name: String, to valueName: String, in profile: inout Profile, _ catalog: Catalog
  ) {
    guard let fact = catalog.fact(named: name), case .enumeration(let values) = fact.type,
      let index = values.index(of: valueName)
    else { preconditionFailure("the catalog has no \(name) \(valueName)") }
    profile[fact.id] = .choice(index)
  }

  private static func value(_ type: FactType, variant: Int) -> FactValue {
    switch type {
    case .bool: return .bool(true)
    case .money: return .number(Money.wan(Int64(500 + 100 * (variant % 20))).fen)
    case .count: return .number(3)
    case .enumeration(let values):
      // The first value is usually "none"; skip it when there is another.
      let count = values.names.count
      return .choice(count > 1 ? 1 + variant % (count - 1) : 0)
    case .record(let fields):
      return .record(fields.enumerated().map { value($1.type, variant: variant + $0) })
    case .list(let fields):
      // One item per value of the list's first enum field (every platform type), at least three.
      let kinds = fields.lazy.compactMap { field -> Int? in
        if case .enumeration(let values) = field.type { return values.names.count }
        return nil
      }.first
      let itemCount = max(3, kinds ?? 0)
      return .list(
        (0..<itemCount).map { item in
          fields.enumerated().map { index, field -> FactValue? in
            // Every value in turn; a list of more items than values starts again (an index
            // past the values would be a profile no decoder accepts).
            if index == 0, case .enumeration(let values) = field.type {
              return .choice(item % max(1, values.names.count))
            }
            return value(field.type, variant: item + index)
          }
        })
    }
  }
}
