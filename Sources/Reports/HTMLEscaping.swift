/// Escapes text from the catalog and the profile for HTML, in element content and in quoted
/// attribute values alike, so that no clause or note can open a tag or end an attribute.
public enum HTMLEscaping {
  public static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      // Invisible and only trouble in a document meant for print.
      case "\u{0}": escaped += "\u{FFFD}"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
