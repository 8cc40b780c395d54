extension CityComparison {
  /// The comparison as `compare --format json` prints it and `POST /v1/compare` answers it: an
  /// object from each city's name to the result the profile gets there. Nil when the catalog
  /// has no `city` choice to compare.
  public static func json(_ profile: Profile, catalog: Catalog, language: Language) -> String? {
    guard let city = catalog.fact(named: "city"), case .enumeration(let cities) = city.type else {
      return nil
    }
    let writer = ResultJSONWriter(catalog: catalog, language: language, prepared: false)
    let entries = CityComparison(catalog: catalog).rows(profile).map { row -> String in
      "\"\(cities.names[row.city])\": "
        + writer.json(row.result, profile: profile, openQuestions: nil)
    }
    return "{\n" + entries.joined(separator: ",\n") + "\n}"
  }
}
