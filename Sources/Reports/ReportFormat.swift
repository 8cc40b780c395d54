/// The formats a report is written in, named as on the command line.
public enum ReportFormat: String, Sendable, CaseIterable {
  case md, html, txt

  /// The format a file name asks for by its extension (`report.html`), if any.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: ".") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "md", "markdown": self = .md
    case "html", "htm": self = .html
    case "txt", "text": self = .txt
    default: return nil
    }
  }

  public func render(_ report: EnterpriseReport) -> String {
    switch self {
    case .md: return MarkdownReport().render(report)
    case .html: return HTMLReport().render(report)
    case .txt: return PlainTextReport().render(report)
    }
  }
}
