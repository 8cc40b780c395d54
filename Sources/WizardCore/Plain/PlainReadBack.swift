import PolicyEngine

/// How a plain line names an option by its label: the whole label, else the only label that
/// starts with it, else the only one that contains it (case ignored). `鄂尔多斯` names
/// 鄂尔多斯市（有本市政策）; `呼` fits 呼和浩特市 and 呼伦贝尔市, which are then listed.
enum PlainOptionMatch: Equatable {
  case one(Int)
  case several([Int])
  case none

  init(_ text: String, labels: [String]) {
    if let number = Int(AmountParsing.normalizeWidth(text)), (1...labels.count).contains(number) {
      self = .one(number - 1)
      return
    }
    let wanted = text.lowercased()
    guard !wanted.isEmpty else {
      self = .none
      return
    }
    let lowered = labels.map { $0.lowercased() }
    if let exact = lowered.firstIndex(of: wanted) {
      self = .one(exact)
      return
    }
    for fits in [{ (label: String) in label.hasPrefix(wanted) }, { $0.contains(wanted) }] {
      let matches = lowered.indices.filter { fits(lowered[$0]) }
      if matches.count == 1 {
        self = .one(matches[0])
        return
      }
      if matches.count > 1 {
        self = .several(matches)
        return
      }
    }
    self = .none
  }
}

extension PlainConversation {
  /// Whether Enter alone must not answer `fact`: it has no answer yet and no default. The city
  /// is the one such question: an omitted city is unknown to the engine (no city's own
  /// policies apply), not its first option.
  func hasNoDefault(_ fact: FactID) -> Bool {
    let definition = catalog.facts[fact]
    guard case .enumeration = definition.type, definition.name == "city" else { return false }
    return state.profile[fact] == nil
  }

  /// What the wizard works out from an answer, read back once the question is done (the
  /// full screen shows it under the fields): the annual increase in R&D spending.
  func computedReadBack(after fact: FactID) -> [String]? {
    let definition = catalog.facts[fact]
    guard definition.name == "rd", state.currentFact != fact, state.itemEditor == nil,
      state.profile[fact] != nil
    else { return nil }
    let increment = state.profile.number(FactPath(fact: fact, derived: .rdIncrement))
    return [wording.labelled(strings.derivedIncrement, wording.money(Money(fen: increment)))]
  }
}
