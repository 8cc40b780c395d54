/// Escapes text from the catalog and the profile for Markdown, so that a clause reads as
/// written: no emphasis, links, raw HTML or table cells come out of `*`, `[`, `<` or `|`.
public enum MarkdownEscaping {
  /// Punctuation that starts markup anywhere in a line (CommonMark and GitHub's tables and
  /// strikethrough); each may be escaped with a backslash.
  private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]
  /// Punctuation that starts markup only at the start of a line: headings, quotes, lists.
  private static let lineStart: Set<Character> = ["#", ">", "-", "+"]

  /// Escapes `text`, which the renderers always place at the start of a line or after their
  /// own markup, so a leading `#`, `>`, `-` or `+` is escaped too.
  public static func escape(_ text: String) -> String {
    var escaped = ""
    for (index, character) in text.enumerated() {
      if inline.contains(character) || (index == 0 && lineStart.contains(character)) {
        escaped.append("\\")
      }
      escaped.append(character)
    }
    return escaped
  }

  /// One table cell: escaped, with line breaks turned into spaces (a cell is one line).
  public static func cell(_ text: String) -> String {
    escape(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
