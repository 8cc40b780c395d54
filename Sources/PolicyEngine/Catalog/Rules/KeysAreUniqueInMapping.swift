/// A key appears once in a mapping: a second `amount:` in a benefit would silently replace the
/// first. The problem is placed at the second key, naming the line of the first.
enum KeysAreUniqueInMapping: Rule {
  static func message(key: String, firstLine: Int) -> String {
    "\(key): the key appears twice in the same mapping (first at line \(firstLine)); keep one"
  }
}
