/// A caution printed with the report, so that nobody takes a draft or a limit for a promise.
public struct ReportNotice: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    /// A shown clause comes from a 征求意见稿.
    case draft
    /// A shown amount is a limit (最高、不低于), not the sum paid.
    case range
    /// A per-year sum states no number of years; the total counts one.
    case perYearCounted
    /// Always: the report is for information, the departments decide.
    case general
  }

  public var kind: Kind
  /// A short heading: `征求意见稿`.
  public var heading: String
  public var text: String

  static func draft(_ documents: [String], words: ReportStrings) -> ReportNotice {
    ReportNotice(
      kind: .draft, heading: words.draftNoticeHeading,
      text: words.draftNotice(documents.joined(separator: words.listSeparator)))
  }

  static func range(_ words: ReportStrings) -> ReportNotice {
    ReportNotice(kind: .range, heading: words.rangeNoticeHeading, text: words.rangeNotice)
  }

  static func perYearCounted(_ words: ReportStrings) -> ReportNotice {
    ReportNotice(
      kind: .perYearCounted, heading: words.perYearNoticeHeading, text: words.perYearNotice)
  }

  static func general(_ words: ReportStrings) -> ReportNotice {
    ReportNotice(kind: .general, heading: words.generalNoticeHeading, text: words.generalNotice)
  }
}
