import PolicyEngine

/// The self-service terminal speaks to a stranger: years by name, jargon explained.
extension WizardState {
  /// The text with the catalog's relative years (上年度, 本年度 …; last year, this year) as
  /// named years (2026年, 2026) in a kiosk; as it is elsewhere (a consultant knows what the
  /// catalog means). The phrases are the language's table's (`WizardStrings.relativeYears`).
  func plain(_ text: String) -> String {
    guard mode.isKiosk else { return text }
    var text = text
    for (phrase, yearsBack) in strings.relativeYears {
      text = text.replacingOccurrences(of: phrase, with: strings.namedYear(today.year - yearsBack))
    }
    return text
  }

  /// Plain explanations of the jargon in a text, in a kiosk.
  func glossary(_ text: String) -> [String] {
    guard mode.isKiosk else { return [] }
    return strings.kioskGlossary.filter { text.contains($0.term) }.map(\.explanation)
  }
}
