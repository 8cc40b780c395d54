import PolicyEngine

extension CaseDraft {
  /// A draft for `profile`, evaluated against `catalog` now so that the case keeps what the
  /// enterprise was told even after the catalog changes.
  public init(
    enterpriseName: String, contact: String? = nil, note: String? = nil, profile: Profile,
    catalog: Catalog, today: CalendarDay = .today()
  ) {
    let result = Evaluator(catalog: catalog).evaluate(profile, today: today)
    let resultJSON = ResultJSONWriter(catalog: catalog, language: .chinese, prepared: false).json(
      result, profile: profile, openQuestions: nil)
    self.init(
      enterpriseName: enterpriseName, contact: contact, note: note,
      profileJSON: ProfileEncoder(catalog: catalog).json(profile), resultJSON: resultJSON,
      catalogVersion: catalog.version)
  }
}
