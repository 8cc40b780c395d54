import PolicyEngine

/// The self-service terminal speaks to a stranger: years by name, jargon explained.
extension WizardState {
  /// The text with 本年度, 上年度 and 前一年度 as named years (2026年 …) in a kiosk; as it is
  /// elsewhere (a consultant knows what the catalog means).
  func plain(_ text: String) -> String {
    guard mode.isKiosk else { return text }
    let year = today.year
    return
      text
      .replacingOccurrences(of: "前一年度", with: "\(year - 2)年")
      .replacingOccurrences(of: "上一年度", with: "\(year - 1)年")
      .replacingOccurrences(of: "上年度", with: "\(year - 1)年")
      .replacingOccurrences(of: "本年度", with: "\(year)年")
  }

  /// Plain explanations of the jargon in a text, in a kiosk.
  func glossary(_ text: String) -> [String] {
    guard mode.isKiosk else { return [] }
    return strings.kioskGlossary.filter { text.contains($0.term) }.map(\.explanation)
  }
}
