extension CityComparison {
  /// The comparison as `compare --format json` prints it and `POST /v1/compare` answers it: an
  /// object from each city's name to the result the profile gets there. Nil when the catalog
  /// has no `city` choice to compare.
  public static func json(_ profile: Profile, catalog: Catalog, language: Language) -> String? {
    guard let city = catalog.fact(named: "city"), case .enumeration(let cities) = city.type else {
      return nil
    }
    let explainer = Explainer(catalog: catalog, language: language)
    let entries = CityComparison(catalog: catalog).rows(profile).map { row -> String in
      let report = EvaluationReport(result: row.result, profile: profile, explainer: explainer)
      return "\"\(cities.names[row.city])\": \(report.json())"
    }
    return "{\n" + entries.joined(separator: ",\n") + "\n}"
  }
}
