/// What the same profile gets in each city: the presenter's comparison, and `compare`.
public struct CityComparison: Sendable {
  public struct Row: Sendable, Equatable {
    public var city: Int
    public var result: EvaluationResult
  }

  public let evaluator: Evaluator

  public init(catalog: Catalog) { self.evaluator = Evaluator(catalog: catalog) }

  /// Every city with policies of its own, then one city with only the region's (the first such),
  /// so that "what a city policy adds" is visible.
  public func rows(_ profile: Profile, today: CalendarDay = .today()) -> [Row] {
    let catalog = evaluator.catalog
    guard let city = catalog.fact(named: "city"), case .enumeration(let cities) = city.type else {
      return []
    }
    let withPolicies = cities.names.indices.filter { index in
      catalog.documents.contains { $0.city == cities.names[index] }
    }
    let regionOnly = cities.names.indices.first { !withPolicies.contains($0) }
    return (withPolicies + (regionOnly.map { [$0] } ?? [])).map { index in
      var variant = profile
      variant[city.id] = .choice(index)
      variant.setUnknown(city.id, false)
      return Row(city: index, result: evaluator.evaluate(variant, today: today))
    }
  }
}
