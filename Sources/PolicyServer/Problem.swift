import PolicyEngine

/// An answer that is not a result: RFC 9457 problem details (`application/problem+json`), with
/// the field it concerns and, in `detail`, what is allowed — the same words the command line
/// prints for the same mistake.
public struct Problem: Error, Sendable, Equatable {
  /// What went wrong, one kind per status; also the label of the `errors` metric.
  public enum Kind: String, Sendable, CaseIterable {
    /// 400: the body is not JSON (or YAML), or a query parameter is not allowed.
    case malformed = "malformed-request"
    /// 404: no such route, document or article.
    case notFound = "not-found"
    /// 405: the route exists, but not for this method.
    case methodNotAllowed = "method-not-allowed"
    /// 413: the body (or a batch row) is longer than the server takes.
    case tooLarge = "body-too-large"
    /// 415: the body is not JSON.
    case unsupportedMediaType = "unsupported-media-type"
    /// 422: well-formed, but a field holds what the profile does not allow.
    case invalidProfile = "invalid-profile"
    /// 503: every evaluation slot is taken; try again.
    case busy = "busy"

    public var status: Int {
      switch self {
      case .malformed: 400
      case .notFound: 404
      case .methodNotAllowed: 405
      case .tooLarge: 413
      case .unsupportedMediaType: 415
      case .invalidProfile: 422
      case .busy: 503
      }
    }

    public var title: String {
      switch self {
      case .malformed: "The request cannot be read"
      case .notFound: "Not found"
      case .methodNotAllowed: "Method not allowed"
      case .tooLarge: "The body is too large"
      case .unsupportedMediaType: "Unsupported media type"
      case .invalidProfile: "The profile is not valid"
      case .busy: "The server is busy"
      }
    }
  }

  public var kind: Kind
  /// What is wrong and what is allowed, for a person.
  public var detail: String
  /// The field concerned: a profile's field path (`rd.lastYear`, `awards[1].level`) or a query
  /// parameter (`lang`); nil when the problem is the request as a whole.
  public var field: String?
  /// The line of the body where the problem is, when there is one.
  public var line: Int?

  public init(_ kind: Kind, _ detail: String, field: String? = nil, line: Int? = nil) {
    self.kind = kind
    self.detail = detail
    self.field = field
    self.line = line
  }

  public var status: Int { kind.status }

  /// The problem document. Its text passes through the same escaping as every JSON the project
  /// hands out, as `detail` may quote what the client sent.
  public func json() -> String {
    var out = JSONText(capacity: 256)
    out.beginObject()
    // Keys in order, as every JSON of the project.
    out.key("detail")
    out.string(detail)
    if let field {
      out.key("field")
      out.string(field)
    }
    if let line {
      out.key("line")
      out.int(line)
    }
    out.key("status")
    out.int(status)
    out.key("title")
    out.string(kind.title)
    out.key("type")
    out.string("urn:policy-wizard:problem:\(kind.rawValue)")
    out.endObject()
    return out.text + "\n"
  }
}
