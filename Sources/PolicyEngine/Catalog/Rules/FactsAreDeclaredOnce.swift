/// A fact's name is declared once in the whole catalog, in `facts.yaml` or under one
/// document's `facts:`: the profile field it names must mean one thing.
enum FactsAreDeclaredOnce: Rule {
  static func message(fact: String, alsoBy earlier: String) -> String {
    "fact '\(fact)' is declared twice (also by \(earlier))"
  }
}
