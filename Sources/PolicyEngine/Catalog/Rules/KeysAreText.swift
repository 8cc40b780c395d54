/// A mapping's keys are plain text (`city`, `rd`): a list or a mapping used as a key (YAML's
/// complex keys, `? [a, b] : 1`) names no field.
enum KeysAreText: Rule {
  static func message(in field: String) -> String {
    "\(field): a key must be plain text such as city or rd, not a list or a mapping"
  }
}
