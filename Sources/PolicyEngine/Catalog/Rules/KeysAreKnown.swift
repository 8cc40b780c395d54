/// Every key of a document, an article, a benefit, an amount or a condition is one the format
/// knows: a misspelt `amonut:` would otherwise be ignored and the benefit pay nothing. The
/// problem is placed at the key's value and lists the keys allowed there.
enum KeysAreKnown: Rule {
  static func message(key: String, in what: String, allowed: Set<String>) -> String {
    "unknown key '\(key)' in \(what); allowed: \(allowed.sorted().joined(separator: ", "))"
  }
}
