import PolicyEngine
import ScreenKit

/// Answers the wizard's questions for a sample profile one key at a time, through the same
/// keys a person would press, so the demo shows the real flow.
public struct DemoPlayer: Sendable {
  public let target: Profile

  public init(target: Profile) { self.target = target }

  /// The next key towards the target's answers; nil once the result summary is reached.
  public func nextKey(_ state: WizardState) -> Key? {
    if state.modal != nil { return .escape }
    guard let fact = state.currentFact else { return nil }
    if state.focus == .panel { return .tab }
    let catalog = state.catalog
    let definition = catalog.facts[fact]
    let rows = state.currentRows

    if let editor = state.itemEditor {
      let items = target.items(fact)
      let index = editor.editing ?? state.profile.items(fact).count
      guard index < items.count else { return .escape }
      let field = editor.fields(catalog)[editor.field]
      let value = editor.field < items[index].count ? items[index][editor.field] : nil
      return keyFor(
        value, type: field.type, in: state, row: state.row, rowOf: { _ in nil }, text: editor.text)
    }
    if target.isUnknown[fact] {
      return move(to: rows.firstIndex(of: .unsure), from: state.row) ?? .enter
    }

    switch definition.type {
    case .enumeration where target[fact] == nil:
      return move(to: rows.firstIndex(of: .option(definition.defaultEnumIndex)), from: state.row)
        ?? .enter
    case .enumeration, .bool, .money, .count:
      return keyFor(
        target[fact], type: definition.type, in: state, row: state.row,
        rowOf: { rows.firstIndex(of: $0) },
        text: state.currentText)
    case .record(let fields):
      let values: [FactValue?]
      if case .record(let record)? = target[fact] { values = record } else { values = [] }
      // Fill each field in turn: move to it, type or choose, then on to "next".
      for (index, field) in fields.enumerated() {
        let wanted = index < values.count ? values[index] : nil
        let current: FactValue?
        if case .record(let have)? = state.profile[fact], index < have.count {
          current = have[index]
        } else {
          current = nil
        }
        guard !Self.same(wanted, current, type: field.type) else { continue }
        if let key = move(to: rows.firstIndex(of: .field(index)), from: state.row) { return key }
        switch field.type {
        case .bool, .enumeration: return .right
        default: return typing(wanted, type: field.type, in: state, text: state.currentText)
        }
      }
      return move(to: rows.firstIndex(of: .next), from: state.row) ?? .enter
    case .list:
      let have = state.profile.items(fact).count
      let want = target.items(fact).count
      if have < want { return move(to: rows.firstIndex(of: .addItem), from: state.row) ?? .enter }
      return move(to: rows.firstIndex(of: .next), from: state.row) ?? .enter
    }
  }

  private func keyFor(
    _ value: FactValue?, type: FactType, in state: WizardState, row: Int,
    rowOf: (WizardState.Row) -> Int?, text: String
  ) -> Key {
    switch (type, value) {
    case (.enumeration, .choice(let index)?): return move(to: index, from: row) ?? .enter
    case (.enumeration(let values), _):
      return move(to: min(values.names.count - 1, 0), from: row) ?? .enter
    case (.bool, .bool(true)?): return move(to: 0, from: row) ?? .enter
    case (.bool, _): return move(to: 1, from: row) ?? .enter
    default:
      if let fieldRow = rowOf(.field(nil)), let key = move(to: fieldRow, from: row) { return key }
      return typing(value, type: type, in: state, text: text)
    }
  }

  /// Types the number's text character by character (deleting what differs), then Enter.
  private func typing(_ value: FactValue?, type: FactType, in state: WizardState, text: String)
    -> Key
  {
    var wanted = ""
    if case .number(let number)? = value { wanted = state.draftText(number, type: type) }
    if text == wanted { return .enter }
    if wanted.hasPrefix(text) {
      return .character(wanted[wanted.index(wanted.startIndex, offsetBy: text.count)])
    }
    return .backspace
  }

  private func move(to target: Int?, from row: Int) -> Key? {
    guard let target, target != row else { return nil }
    return target < row ? .up : .down
  }

  static func same(_ lhs: FactValue?, _ rhs: FactValue?, type: FactType) -> Bool {
    switch type {
    case .bool: return (lhs == .bool(true)) == (rhs == .bool(true))
    case .money, .count: return Profile.number(lhs) == Profile.number(rhs)
    case .enumeration:
      if case .choice(let left)? = lhs, case .choice(let right)? = rhs { return left == right }
      return (lhs == nil || lhs == .choice(0)) && (rhs == nil || rhs == .choice(0))
    default: return lhs == rhs
    }
  }
}
