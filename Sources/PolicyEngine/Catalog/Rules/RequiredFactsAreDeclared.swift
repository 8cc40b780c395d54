/// The facts the engine itself reads (`city`, `applicant`, `rd`, `platforms`) are declared,
/// in `facts.yaml`; the problem names that file with its directory.
enum RequiredFactsAreDeclared: Rule {
  static func message(fact: String) -> String {
    "the fact '\(fact)' must be declared (under facts:)"
  }
}
