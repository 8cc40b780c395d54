/// A LIKE pattern that matches `text` anywhere, with `%`, `_` and the escape character itself
/// taken literally: a consultant searching "100%" means the characters, not a wildcard.
struct SearchPattern {
  static let escape = "\\"

  let pattern: String

  init(containing text: String) {
    var escaped = ""
    for character in text {
      if character == "%" || character == "_" || String(character) == Self.escape {
        escaped += Self.escape
      }
      escaped.append(character)
    }
    pattern = "%" + escaped + "%"
  }
}
