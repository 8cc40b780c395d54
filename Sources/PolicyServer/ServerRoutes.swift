/// Every route the server answers, as the OpenAPI document writes its paths: the one list the
/// router is built from, the 405 answer reads and the contract test compares with
/// `openapi.yaml`.
public enum ServerRoute: String, CaseIterable, Sendable {
  case evaluate = "/v1/evaluate"
  case batch = "/v1/batch"
  case compare = "/v1/compare"
  case policies = "/v1/policies"
  case policy = "/v1/policies/{document}/{article}"
  case profileSchema = "/v1/schema/profile"
  case resultSchema = "/v1/schema/result"
  case catalog = "/v1/catalog"
  case health = "/healthz"
  case metrics = "/metrics"
  case openAPI = "/openapi.yaml"

  public var path: String { rawValue }

  public var method: String {
    switch self {
    case .evaluate, .batch, .compare: "POST"
    default: "GET"
    }
  }

  /// The route whose path pattern matches a request's path, whatever its method.
  public static func matching(path: String) -> ServerRoute? {
    // A path without parameters is its route's own: no splitting (every request asks).
    if let route = ServerRoute(rawValue: path) { return route }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return allCases.first { route in
      let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
      guard pattern.count == parts.count else { return false }
      return zip(pattern, parts).allSatisfy { pattern, part in
        pattern.hasPrefix("{") ? !part.isEmpty : pattern == part
      }
    }
  }
}
