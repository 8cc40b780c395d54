/// A key is at most `maximumLength` characters: every field name is a short word, and YAML
/// itself gives up on longer plain keys.
enum KeysAreShort: Rule {
  static let maximumLength = 1024

  static func message(in field: String, length: Int) -> String {
    "\(field): a key of \(length) characters; keys are field names of at most \(maximumLength) characters"
  }

  static let unfinishedMessage =
    "a key longer than \(maximumLength) characters, or one without ':' after it; keys are field names such as city, followed by ':'"
}
