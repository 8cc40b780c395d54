import PolicyEngine

extension SavedCase {
  /// The saved profile read with `catalog`, named after the case's enterprise; throws when the
  /// catalog no longer has a field the profile uses.
  public func profile(in catalog: Catalog) throws(ProfileProblem) -> Profile {
    var profile = try ProfileDecoder(catalog: catalog).decode(profileJSON, file: "case \(id)")
    profile.enterpriseName = enterpriseName
    return profile
  }
}
