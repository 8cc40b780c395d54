/// A check of an input file, named like a sentence (`BenefitIDsAreUniqueInDocument`), in a file
/// of its own with its messages at the bottom, as swift-format's rules are. Every problem a rule
/// finds carries file, line and column of the offending value, a severity and the rule's name.
public protocol Rule {
  /// The name printed with every problem; the type's name.
  static var name: String { get }
  static var severity: InputProblem.Severity { get }
}

extension Rule {
  public static var name: String { String(describing: Self.self) }
  public static var severity: InputProblem.Severity { .error }

  /// A problem found by this rule at `position` of `file`.
  static func problem(_ message: String, file: String, at position: Position) -> InputProblem {
    InputProblem(file: file, at: position, message: message, severity: severity, rule: name)
  }
}

/// A rule that reads one parsed file (a document or `facts.yaml`) as written, before it becomes
/// a model: what the model can no longer tell (a null where a value is required, which
/// mapping a key came from).
protocol DocumentRule: Rule {
  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem])
}

/// A rule over the loaded catalog: what needs several documents or the facts.
protocol CatalogRule: Rule {
  static func check(_ catalog: Catalog, into problems: inout [InputProblem])
}

/// The rules `validate` runs on every file and on the catalog, in order.
enum CatalogRules {
  static let documentRules: [any DocumentRule.Type] = [
    RequiredValuesAreNotNull.self, TextHasNoControlCharacters.self,
    BenefitIDsAreUniqueInDocument.self,
    EnglishTextIsComplete.self, EnglishSumsAreTheChineseSums.self,
  ]
  static let catalogRules: [any CatalogRule.Type] = [
    NotBenefitFiguresAreFigures.self, NotBenefitFiguresAppearInText.self,
    TextFiguresArePaidOrExplained.self, ArticleTextIsTheLaw.self, ArticlesAreAllPresent.self,
  ]

  static func check(_ root: DataNode, file: String) -> [InputProblem] {
    var problems: [InputProblem] = []
    for rule in documentRules { rule.check(root, file: file, into: &problems) }
    return problems
  }

  static func check(_ catalog: Catalog) -> [InputProblem] {
    var problems: [InputProblem] = []
    for rule in catalogRules { rule.check(catalog, into: &problems) }
    return problems
  }
}
