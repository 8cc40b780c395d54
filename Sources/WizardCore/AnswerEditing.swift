import Foundation
import PolicyEngine
import ScreenKit

/// Keys on a question: choosing, typing sums, editing lists, marking "not sure".
extension WizardState {
  mutating func questionKey(_ key: Key) {
    let rows = currentRows
    switch key {
    case .up: moveRow(-1)
    case .down: moveRow(1)
    case .pageUp: moveRow(-max(1, layout.question.height - 6))
    case .pageDown: moveRow(max(1, layout.question.height - 6))
    case .home where !isOnTextField: row = 0
    case .end where !isOnTextField: row = max(0, rows.count - 1)
    case .enter: activate()
    case .left where isOnChoiceField: cycleChoice(-1)
    case .right where isOnChoiceField, .character(" ") where isOnChoiceField: cycleChoice(1)
    case .escape: backOut()
    case .left where !isOnTextField || currentText.isEmpty: backOut()
    case .right where !isOnTextField || currentText.isEmpty:
      if itemEditor == nil, commitText() { advance() }
    case .backspace:
      if isOnTextField {
        var text = currentText
        if !text.isEmpty { text.removeLast() }
        setText(text)
      } else if case .item(let index)? = rows[safe: row] {
        removeItem(index)
      }
    case .delete:
      if case .item(let index)? = rows[safe: row] {
        removeItem(index)
      } else if isOnTextField {
        setText("")
      }
    case .character(let character) where isOnTextField:
      // Bounded: a long paste costs one short check per character beyond the bound, and
      // parsing the field (on every keystroke) never reads more than the bound.
      let text = currentText
      guard text.count < FieldLimits.numberCharacters else {
        inputError = strings.fieldTooLong(FieldLimits.numberCharacters)
        return
      }
      setText(text + String(character))
    case .character(let character) where character.isNumber && !isOnTextField:
      // Digits pick an option directly: 1 is the first.
      if let number = character.wholeNumberValue, number >= 1, number <= rows.count {
        row = number - 1
        activate()
      }
    case .character(" ") where itemEditor == nil:
      activate()
    default:
      break
    }
  }

  mutating func moveRow(_ delta: Int) {
    let count = currentRows.count
    guard count > 0 else { return }
    if isOnTextField, !commitText(advancing: false) { return }
    row = min(max(0, row + delta), count - 1)
  }

  var isOnTextField: Bool {
    guard case .field? = currentRows[safe: row] else { return false }
    return currentFieldType == .money || currentFieldType == .count
  }

  /// A yes/no or enum field of a record: cycled with ← → or Space instead of typed.
  var isOnChoiceField: Bool {
    guard itemEditor == nil, case .field(_?)? = currentRows[safe: row] else { return false }
    return !isOnTextField
  }

  private mutating func cycleChoice(_ delta: Int) {
    guard let key = currentFieldKey, let field = key.field, let type = currentFieldType else {
      return
    }
    let current: FactValue?
    if case .record(let values)? = profile[key.fact], field < values.count {
      current = values[field]
    } else {
      current = nil
    }
    switch type {
    case .bool:
      if case .bool(let flag)? = current {
        store(.bool(!flag), at: key)
      } else {
        store(.bool(delta > 0), at: key)
      }
    case .enumeration(let values):
      let count = values.names.count
      let index: Int
      if case .choice(let chosen)? = current {
        index = (chosen + delta + count) % count
      } else {
        index = delta > 0 ? 0 : count - 1
      }
      store(.choice(index), at: key)
    default:
      break
    }
  }

  /// Esc and ←: leave the item editor field by field, else go to the previous question.
  private mutating func backOut() {
    if var editor = itemEditor {
      inputError = nil
      if editor.field == 0 {
        itemEditor = nil
        row = 0
      } else {
        editor.field -= 1
        editor.text = textOf(
          editor.values[editor.field], type: editor.fields(catalog)[editor.field].type)
        row = editor.selectedRow(catalog)
        itemEditor = editor
      }
      return
    }
    goBack()
  }

  // MARK: Choosing

  private mutating func activate() {
    if itemEditor != nil {
      activateInEditor()
      return
    }
    guard let fact = currentFact, let current = currentRows[safe: row] else { return }
    let definition = catalog.facts[fact]
    switch current {
    case .option(let index):
      if case .bool = definition.type {
        setAnswer(fact, .bool(index == 0))
      } else {
        setAnswer(fact, .choice(index))
      }
      advance()
    case .field(let field):
      guard commitText() else { return }
      if let field, field + 1 < definition.type.fields.count {
        row += 1
      } else {
        advance()
      }
    case .item(let index):
      let values = profile.items(fact)[index]
      openEditor(ItemEditor(list: fact, editing: index, values: values))
    case .addItem:
      // A list holds what a profile file may hold, so that a saved case reads back.
      guard profile.items(fact).count < ProfileDecoder.Limits.listItems else {
        inputError = strings.listFull(ProfileDecoder.Limits.listItems)
        return
      }
      let fields = definition.type.fields
      openEditor(
        ItemEditor(list: fact, editing: nil, values: Array(repeating: nil, count: fields.count)))
    case .next:
      profile.setUnknown(fact, false)
      reevaluate()
      advance()
    case .unsure:
      profile.setUnknown(fact, true)
      inputError = nil
      reevaluate()
      advance()
    }
  }

  private mutating func openEditor(_ editor: ItemEditor) {
    var editor = editor
    editor.text = textOf(editor.values[0], type: editor.fields(catalog)[0].type)
    row = editor.selectedRow(catalog)
    itemEditor = editor
    inputError = nil
  }

  private mutating func activateInEditor() {
    guard var editor = itemEditor else { return }
    let field = editor.fields(catalog)[editor.field]
    switch field.type {
    case .enumeration: editor.values[editor.field] = .choice(row)
    case .bool: editor.values[editor.field] = .bool(row == 0)
    default:
      switch parse(editor.text, type: field.type) {
      case .success(let value): editor.values[editor.field] = value
      case .failure(let message):
        inputError = message
        return
      }
    }
    inputError = nil
    if editor.field + 1 < editor.fields(catalog).count {
      editor.field += 1
      editor.text = textOf(
        editor.values[editor.field], type: editor.fields(catalog)[editor.field].type)
      itemEditor = editor
      row = editor.selectedRow(catalog)
      return
    }
    // Last field: store the item and go back to the list.
    var items = profile.items(editor.list)
    if let index = editor.editing, items.indices.contains(index) {
      items[index] = editor.values
    } else {
      items.append(editor.values)
    }
    itemEditor = nil
    setAnswer(editor.list, .list(items))
    row = items.count  // the "add" row, ready for another
  }

  private mutating func removeItem(_ index: Int) {
    guard let fact = currentFact else { return }
    var items = profile.items(fact)
    guard items.indices.contains(index) else { return }
    items.remove(at: index)
    setAnswer(fact, .list(items))
    row = min(row, max(0, currentRows.count - 1))
  }

  /// Records an answer (clearing "not sure") and re-evaluates: the panel follows every change.
  mutating func setAnswer(_ fact: FactID, _ value: FactValue?) {
    profile[fact] = value
    profile.setUnknown(fact, false)
    reevaluate()
  }

  // MARK: Text fields

  var currentText: String {
    if let editor = itemEditor { return editor.text }
    guard let key = currentFieldKey else { return "" }
    return drafts[key] ?? ""
  }

  var currentFieldKey: FieldKey? {
    guard let fact = currentFact, case .field(let field)? = currentRows[safe: row] else {
      return nil
    }
    return FieldKey(fact: fact, field: field)
  }

  /// The type of the text field in focus.
  var currentFieldType: FactType? {
    if let editor = itemEditor { return editor.fields(catalog)[editor.field].type }
    guard let key = currentFieldKey else { return nil }
    let fact = catalog.facts[key.fact]
    return key.field.map { fact.type.fields[$0].type } ?? fact.type
  }

  /// Typing: keep the text as typed, and if it reads as a number, use it at once so the panel
  /// updates with every keystroke; otherwise say what is wrong without losing the text.
  private mutating func setText(_ text: String) {
    if var editor = itemEditor {
      editor.text = text
      itemEditor = editor
      inputError = nil
      if !text.isEmpty, case .failure(let message) = parse(text, type: currentFieldType ?? .money) {
        inputError = message
      }
      return
    }
    guard let key = currentFieldKey, let type = currentFieldType else { return }
    drafts[key] = text
    switch parse(text, type: type) {
    case .success(let value):
      inputError = nil
      store(value, at: key)
    case .failure(let message):
      inputError = message
    }
  }

  /// Checks the field's text; false (with the message shown) when it cannot be read.
  @discardableResult
  mutating func commitText(advancing: Bool = true) -> Bool {
    guard isOnTextField, let key = currentFieldKey, let type = currentFieldType else { return true }
    switch parse(drafts[key] ?? "", type: type) {
    case .success(let value):
      inputError = nil
      store(value, at: key)
      return true
    case .failure(let message):
      inputError = message
      return false
    }
  }

  mutating func store(_ value: FactValue?, at key: FieldKey) {
    guard let field = key.field else {
      setAnswer(key.fact, value)
      return
    }
    let count = catalog.facts[key.fact].type.fields.count
    var fields = [FactValue?](repeating: nil, count: count)
    if case .record(let existing)? = profile[key.fact] {
      for (index, existingValue) in existing.enumerated() where index < count {
        fields[index] = existingValue
      }
    }
    fields[field] = value
    setAnswer(key.fact, fields.allSatisfy { $0 == nil } ? nil : .record(fields))
  }

  enum ParseOutcome {
    case success(FactValue?)
    case failure(String)
  }

  /// Money in 万 unless a unit is typed; an empty field means none.
  func parse(_ text: String, type: FactType) -> ParseOutcome {
    if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
    if type == .count {
      // The same limits as a profile file: beyond them the engine's sums could overflow.
      switch AmountParsing.count(text) {
      case .success(let count) where count <= ProfileDecoder.largestCount:
        return .success(.number(count))
      case .success, .failure(.tooLarge): return .failure(strings.tooLarge)
      case .failure(.negative): return .failure(strings.negative)
      case .failure(.misplacedSeparator): return .failure(strings.misplacedSeparator)
      case .failure: return .failure(strings.countHint)
      }
    }
    switch AmountParsing.money(text, defaultUnit: .wan) {
    case .success(let money) where money <= ProfileDecoder.largestMoney:
      return .success(.number(money.fen))
    case .success, .failure(.tooLarge): return .failure(strings.tooLarge)
    case .failure(.negative): return .failure(strings.negative)
    case .failure(.tooPrecise): return .failure(strings.tooPrecise)
    case .failure(.misplacedSeparator): return .failure(strings.misplacedSeparator)
    case .failure: return .failure(strings.notANumber)
    }
  }

  func textOf(_ value: FactValue?, type: FactType) -> String {
    guard case .number(let number)? = value else { return "" }
    return Self.draftText(number, type: type)
  }
}

/// How many characters the wizard's fields take: a sum or a count is short; text (a name, a
/// contact, a note, a search) is as long as a profile's text may be.
public enum FieldLimits {
  public static let numberCharacters = 64
  public static let textCharacters = ProfileDecoder.Limits.textCharacters
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
