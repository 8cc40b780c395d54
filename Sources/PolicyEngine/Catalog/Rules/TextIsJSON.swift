/// A `.json` file, or a text that starts as JSON and is not flow-style YAML, is JSON as RFC 8259
/// has it. The problem is placed where the reader stopped, naming the field it was reading.
enum TextIsJSON: Rule {
  static func message(in field: String, _ problem: String) -> String {
    "not valid JSON in \(field): \(problem)"
  }
}
