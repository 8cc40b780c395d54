/// Escapes text from the catalog and the profile for Markdown, so that a clause reads as
/// written: no emphasis, links, raw HTML or table cells come out of `*`, `[`, `<` or `|`.
public enum MarkdownEscaping {
  /// The ASCII punctuation that CommonMark lets a backslash escape and that can start markup.
  private static let special: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!",
  ]

  public static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if special.contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// One table cell: escaped, with line breaks turned into spaces (a cell is one line).
  public static func cell(_ text: String) -> String {
    escape(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
