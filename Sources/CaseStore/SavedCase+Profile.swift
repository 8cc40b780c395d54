import PolicyEngine

extension SavedCase {
  /// The saved profile read with `catalog`, named after the case's enterprise; throws when the
  /// catalog no longer has a field the profile uses. A case is answers in progress: one saved
  /// before the applicant question keeps it unanswered (open), never refused nor assumed.
  public func profile(in catalog: Catalog) throws(ProfileProblem) -> Profile {
    var profile = try ProfileDecoder(catalog: catalog, requiresApplicant: false).decode(
      profileJSON, file: "case \(id)")
    profile.enterpriseName = enterpriseName
    return profile
  }
}
