import PolicyEngine

/// Money fields have one unit, the language's (`WizardStrings.moneyInputUnit`: 万元 in
/// Chinese, yuan in English): the question says so and the field echoes what it read.
extension WizardState {
  /// Whether the question (or one of its fields) asks an amount of money.
  func asksMoney(_ definition: FactDefinition) -> Bool {
    if definition.type == .money { return true }
    return definition.type.fields.contains { $0.type == .money }
  }

  /// The question in the field's unit: "是多少元？" over a box in 万元 becomes "是多少万元？".
  func oneUnit(_ text: String, _ definition: FactDefinition) -> String {
    guard asksMoney(definition), let rewrite = strings.questionUnit else { return text }
    return text.replacingOccurrences(of: rewrite.catalog, with: rewrite.field)
  }
}
