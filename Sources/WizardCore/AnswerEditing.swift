import Foundation
import PolicyEngine
import ScreenKit

/// Keys on a question: choosing, typing sums, editing lists, marking "not sure".
extension WizardState {
  /// A key on a question: the key map's action, else typing (text, digits, a filter).
  mutating func questionKey(_ key: Key, _ action: KeyAction?) {
    let rows = currentRows
    if flow.filter != nil, filterKey(key, action) { return }
    if key != .enter, !(key.isDigit && !isOnTextField) { flow.pendingDigits = "" }
    switch action {
    case .moveUp?: moveRow(-1)
    case .moveDown?: moveRow(1)
    case .pageUp?: moveRow(-max(1, layout.question.height - 6))
    case .pageDown?: moveRow(max(1, layout.question.height - 6))
    case .first? where !isOnTextField: row = 0
    case .last? where !isOnTextField: row = max(0, rows.count - 1)
    case .confirm?:
      if !flow.pendingDigits.isEmpty {
        pickNumber(flow.pendingDigits, final: true)
      } else {
        activate()
      }
    case .cycle?: cycleChoice(1)
    case .back?: backOut()
    case .forward?: moveOn()
    case .remove?:
      if case .item(let index)? = rows[safe: row] {
        removeItem(index)
      } else if isOnTextField {
        setText("")
      }
    case .filter? where !isOnTextField && rows.count > 9:
      flow.filter = ""
    default:
      typed(key)
    }
  }

  /// A key no binding claims: text into a field, digits picking an option, Backspace.
  private mutating func typed(_ key: Key) {
    let rows = currentRows
    switch key {
    case .backspace:
      if isOnTextField {
        var text = currentText
        if !text.isEmpty { text.removeLast() }
        setText(text)
      } else if case .item(let index)? = rows[safe: row] {
        removeItem(index)
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
      if flow.pendingDigits.isEmpty { flow.pendingDigitsSince = clock }
      flow.pendingDigits.append(character)
      pickNumber(flow.pendingDigits, final: false)
    case .character(" ") where itemEditor == nil:
      activate()
    default:
      break
    }
  }

  /// Digits pick an option directly: 1 is the first. On a list of more than nine options a
  /// digit that could start a two-digit number waits for the second one (or Enter).
  mutating func pickNumber(_ digits: String, final: Bool) {
    let count = optionCount
    guard let number = Int(digits), number >= 1 else {
      flow.pendingDigits = ""
      return
    }
    if !final, number * 10 <= count {
      // "1" on a list of 34: 1 or 10–19; wait, showing the first candidate.
      if number <= count { row = number - 1 }
      return
    }
    flow.pendingDigits = ""
    guard number <= count else { return }
    row = number - 1
    activate()
  }

  /// The number of numbered options on screen (the "not sure" row is numbered too).
  var optionCount: Int { currentRows.count }

  /// → always moves on: the shown value is kept, and the next field or question comes.
  private mutating func moveOn() {
    if itemEditor != nil {
      activate()
      return
    }
    if isOnChoiceField, let key = currentFieldKey, fieldValue(key) == nil { cycleChoice(0) }
    guard commitText() else { return }
    if let fact = currentFact, case .record = catalog.facts[fact].type {
      profile.setUnknown(fact, false)
      reevaluate()
    }
    advance()
  }

  private func fieldValue(_ key: FieldKey) -> FactValue? {
    guard let field = key.field, case .record(let values)? = profile[key.fact],
      field < values.count
    else { return nil }
    return values[field]
  }

  /// Typing while filtering a long option list; true when the key was the filter's.
  private mutating func filterKey(_ key: Key, _ action: KeyAction?) -> Bool {
    guard var text = flow.filter else { return false }
    switch key {
    case .escape:
      flow.filter = nil
      return true
    case .backspace:
      if text.isEmpty {
        flow.filter = nil
      } else {
        text.removeLast()
        flow.filter = text
      }
    case .character(let character):
      text.append(character)
      flow.filter = text
    case .enter:
      flow.filter = nil
      activate()
      return true
    default:
      return false
    }
    if let first = filteredRows.first { row = first }
    return true
  }

  /// The option rows whose label contains the filter text, in order.
  public var filteredRows: [Int] {
    guard let filter = flow.filter, !filter.isEmpty else { return currentRows.indices.map { $0 } }
    return currentRows.indices.filter { rowLabel($0).localizedCaseInsensitiveContains(filter) }
  }

  /// An option row's label, as the filter matches it.
  func rowLabel(_ index: Int) -> String {
    guard let fact = currentFact, case .option(let option)? = currentRows[safe: index] else {
      return currentRows[safe: index] == .unsure ? strings.unsure : ""
    }
    let type = itemEditor.map { $0.fields(catalog)[$0.field].type } ?? catalog.facts[fact].type
    switch type {
    case .enumeration(let values): return values.label(option, in: language)
    default: return option == 0 ? strings.yes : strings.no
    }
  }

  mutating func moveRow(_ delta: Int) {
    let count = currentRows.count
    guard count > 0 else { return }
    if isOnTextField, !commitText(advancing: false) { return }
    if flow.filter != nil {
      let visible = filteredRows
      guard let position = visible.firstIndex(of: row) ?? visible.indices.first else { return }
      row = visible[min(max(0, position + delta), visible.count - 1)]
      return
    }
    row = min(max(0, row + delta), count - 1)
  }

  /// Whether a typed field (money, count) has the focus: letters go into it.
  public var isOnTextField: Bool {
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
        if delta != 0 { store(.bool(!flag), at: key) }
      } else {
        // Unanswered shows 否: the first change makes it 是, keeping it stores 否.
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
      if delta == 0, current == nil {
        store(.choice(0), at: key)
        return
      }
      store(.choice(index), at: key)
    default:
      break
    }
  }

  /// Esc and ←: leave the item editor field by field, else go to the previous question.
  /// (The plain mode's `back` too.)
  mutating func backOut() {
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

  /// Enter on the selected row: choose it, take the typed text, open or store a list item.
  /// The plain mode selects a row and calls this too, so both modes change answers alike.
  mutating func activate() {
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
    itemEditor = nil
    if let index = editor.editing, items.indices.contains(index) {
      items[index] = editor.values
    } else if editor.values.allSatisfy({ $0 == nil }) {
      // Nothing was entered: no empty item.
      row = items.count + 1
      return
    } else {
      items.append(editor.values)
    }
    setAnswer(editor.list, .list(items))
    row = items.count + 1  // 完成, the default once an item is added
  }

  /// Del on a list entry (and the plain mode's `删除 N`).
  mutating func removeItem(_ index: Int) {
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
      // The panel must not go on computing from the last prefix that read (`1` of `1,5亿`).
      store(nil, at: key)
    }
  }

  /// The first text field whose text cannot be read, with its label: what is typed there is
  /// not the answer, so it may not be saved as one.
  var fieldInError: (key: FieldKey, label: String)? {
    for (key, text) in drafts.sorted(by: {
      ($0.key.fact, $0.key.field ?? -1) < ($1.key.fact, $1.key.field ?? -1)
    }) {
      let fact = catalog.facts[key.fact]
      let type = key.field.map { fact.type.fields[$0].type } ?? fact.type
      guard case .failure = parse(text, type: type) else { continue }
      let label =
        key.field.map { fact.type.fields[$0].label(in: language) } ?? fact.label(in: language)
      return (key, label)
    }
    return nil
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

  /// Money in the language's unit (万 in Chinese, yuan in English) unless a unit is typed; an
  /// empty field means none.
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
    switch AmountParsing.money(text, defaultUnit: strings.moneyInputUnit) {
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
    return draftText(number, type: type)
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

extension Key {
  /// A typed digit.
  var isDigit: Bool {
    if case .character(let character) = self { return character.isNumber }
    return false
  }
}

extension Key {
  /// Typing into a field: a character or Backspace.
  var isTyping: Bool {
    switch self {
    case .character, .backspace: return true
    default: return false
    }
  }
}
