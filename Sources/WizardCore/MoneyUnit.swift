import PolicyEngine

/// Money fields have one unit, 万元: the question says so and the field echoes what it read.
extension WizardState {
  /// Whether the question (or one of its fields) asks an amount of money.
  func asksMoney(_ definition: FactDefinition) -> Bool {
    if definition.type == .money { return true }
    return definition.type.fields.contains { $0.type == .money }
  }

  /// The question in the field's unit: "是多少元？" over a box in 万元 becomes "是多少万元？".
  func oneUnit(_ text: String, _ definition: FactDefinition) -> String {
    guard asksMoney(definition) else { return text }
    return text.replacingOccurrences(of: "多少元", with: "多少万元")
  }
}
