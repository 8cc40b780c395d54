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

  init(_ document: PolicyDocument, language: Language) {
    title = document.title(in: language)
    shortName = document.shortName(in: language)
    number = document.number
    issuer = document.issuer(in: language)
    published = document.published
    isDraft = document.status == .draft
  }
}
