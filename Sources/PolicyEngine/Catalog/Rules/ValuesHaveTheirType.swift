/// Every value has the type the format gives its key: a mapping, a list, text, true or false,
/// a whole number, a sum of money, a percentage, a date. The reader applies the rule to every
/// value as it reads it and places the problem at the value.
enum ValuesHaveTheirType: Rule {
  static func mapping(_ what: String, found: String) -> String {
    "\(what) must be a mapping, found \(found)"
  }

  static func list(_ what: String, found: String) -> String {
    "\(what) must be a list, found \(found)"
  }

  static func text(_ what: String, found: String) -> String {
    "\(what) must be text, found \(found)"
  }

  static func bool(_ what: String) -> String { "\(what) must be true or false" }

  static func wholeNumber(_ what: String) -> String { "\(what) must be a whole number" }

  static func money(_ what: String, failure: AmountParsing.Failure? = nil) -> String {
    "\(what) must be a sum of money such as \(AmountParsing.examples)"
      + (failure.map(AmountParsing.explanation) ?? "")
  }

  static func rate(_ what: String) -> String { "\(what) must be a percentage such as 5% or 0.5%" }

  static func date(_ what: String) -> String { "\(what) must be a date written YYYY-MM-DD" }
}
