/// A YAML file (a catalog file, a YAML profile, the configuration) is YAML, one document. The
/// problem is placed where libyaml stopped, naming the field it was reading.
enum TextIsYAML: Rule {
  static func message(in field: String, _ problem: String) -> String {
    "not valid YAML/JSON in \(field): \(problem)"
  }

  static let oneDocument = "the document: a file holds one document; remove the second '---'"
}
