import PolicyEngine

/// A policy document the evaluation considered, listed so that the enterprise can fetch it.
public struct ReportDocument: Sendable, Equatable {
  public var title: String
  public var shortName: String
  /// 文号; nil when the document has none.
  public var number: String?
  public var issuer: String
  public var published: CalendarDay?
  public var isDraft: Bool

  init(_ document: PolicyDocument) {
    title = document.title
    shortName = document.shortName
    number = document.number
    issuer = document.issuer
    published = document.published
    isDraft = document.status == .draft
  }
}
