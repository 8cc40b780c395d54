import PolicyEngine
import Reports
import ScreenKit

/// The wizard as a conversation of plain lines, for a screen reader, a dumb terminal or a file
/// of answers: the same questions in the same order, asked one at a time as numbered prompts.
///
/// It owns a `WizardState` and turns each line into the state changes a key would make there
/// (selecting a row and `activate`, `goBack`, `backOut`), so the order, the relevance rules,
/// the parsing of sums and the messages are the full-screen wizard's own. It returns the text
/// to write and does no I/O: output is UTF-8 lines without escapes, colours or box drawing.
public struct PlainConversation: Sendable {
  /// What the next line answers.
  public enum Step: Sendable, Equatable {
    /// An enum or yes/no question: a number picks an option.
    case choice(FactID)
    /// A sum or a count, typed.
    case typed(FactID)
    /// One field of a record question (`rd`: last year's sum, then the year before's).
    case recordField(FactID, field: Int)
    /// A list question between items: add one more, or done.
    case list(FactID)
    /// One field of the list item being added.
    case itemField(FactID, field: Int)
    case finished
  }

  public private(set) var state: WizardState
  public let language: Language
  /// The plain mode's own words; the others are the wizard's and the engine's.
  public let words: PlainStrings
  let strings: WizardStrings
  let wording: EngineText
  public private(set) var isFinished = false
  /// The question whose heading was said last: a heading is said once per visit.
  private var announced: FactID?
  /// Whether the last output ended with the prompt, waiting on the same line.
  private var promptPending = false

  public init(
    catalog: Catalog, profile: Profile? = nil, today: CalendarDay = .today(),
    language: Language = .chinese
  ) {
    self.language = language
    words = .table(for: language)
    state = WizardState(
      catalog: catalog, profile: profile, today: today, language: language, theme: .monochrome,
      mode: .helpDesk)
    strings = state.strings
    wording = state.explainer.text
  }

  var catalog: Catalog { state.catalog }

  /// What the line after the current output answers.
  public var step: Step {
    if isFinished { return .finished }
    if let editor = state.itemEditor { return .itemField(editor.list, field: editor.field) }
    guard let fact = state.currentFact else { return .finished }
    switch catalog.facts[fact].type {
    case .enumeration, .bool: return .choice(fact)
    case .money, .count: return .typed(fact)
    case .record(let fields): return .recordField(fact, field: min(state.row, fields.count - 1))
    case .list: return .list(fact)
    }
  }

  // MARK: Input

  /// The introduction with the commands, then the first question.
  public mutating func start() -> String {
    say(words.introduction + [""] + ask())
  }

  /// One line typed by the person (without its line break).
  public mutating func receive(line: String) -> String {
    guard !isFinished else { return "" }
    let text = line.trimmingCharacters(in: .whitespaces)
    if let command = command(text) { return perform(command) }
    let before = state.currentFact
    let problem = answer(text)
    let computed = before.flatMap(computedReadBack) ?? []
    if state.currentFact == nil { return finish(after: computed) }
    return say(computed + (problem.map { [$0] } ?? []) + ask())
  }

  /// Standard input ended: the answers given so far and the result so far.
  public mutating func endOfInput() -> String {
    guard !isFinished else { return "" }
    // The prompt waits on its line, which no typed line ended: end it first.
    return (promptPending ? "\n" : "") + conclude(words.endOfInput)
  }

  // MARK: Commands

  enum Command { case help, why, skip, back, result, quit }

  /// The command a line is, in any language's words.
  private func command(_ text: String) -> Command? {
    let lowered = text.lowercased()
    for table in [PlainStrings.chinese, PlainStrings.english] {
      let known = table.commandWords
      for (command, list) in [
        (Command.help, known.help), (.why, known.why), (.skip, known.skip), (.back, known.back),
        (.result, known.result), (.quit, known.quit),
      ] where list.contains(where: { $0.lowercased() == lowered }) {
        return command
      }
    }
    return nil
  }

  private mutating func perform(_ command: Command) -> String {
    switch command {
    case .help: return say(helpLines())
    case .why: return say(whyLines())
    case .result: return say(resultLines())
    case .quit: return conclude(words.quitting)
    case .skip:
      if state.itemEditor != nil {
        // Leaving the item unfinished is all a skip can mean inside it.
        while state.itemEditor != nil { state.backOut() }
        return say([words.itemLeftOut] + ask())
      }
      select(.unsure)
      state.activate()
      if state.currentFact == nil { return finish() }
      return say(ask())
    case .back:
      if state.itemEditor != nil {
        state.backOut()
        return say(ask())
      }
      let before = state.currentFact
      state.goBack()
      announced = nil
      return say((state.currentFact == before ? [words.atFirstQuestion] : []) + ask())
    }
  }

  // MARK: Answers

  /// Applies an answer; the message when it is not one, the question staying.
  private mutating func answer(_ text: String) -> String? {
    // An empty line is Enter on the row the wizard has selected: the current or default answer.
    if text.isEmpty {
      // Where nothing is answered and there is no default (the city), Enter alone answers
      // nothing: the question is asked again, never silently its first option.
      if case .choice(let fact) = step, hasNoDefault(fact) { return words.noDefault }
      state.activate()
      return takeError()
    }
    switch step {
    case .choice:
      let options = optionRows()
      guard let index = optionIndex(text, labels: options.map(\.label)) else {
        return noOption(text, labels: options.map(\.label))
      }
      select(options[index].row)
      state.activate()
      return nil
    case .typed(let fact):
      state.row = 0
      return typeText(text, at: WizardState.FieldKey(fact: fact, field: nil))
    case .recordField(let fact, let field):
      state.row = field
      let key = WizardState.FieldKey(fact: fact, field: field)
      let type = catalog.facts[fact].type.fields[field].type
      guard let labels = choiceLabels(type) else { return typeText(text, at: key) }
      guard let index = optionIndex(text, labels: labels) else {
        return noOption(text, labels: labels)
      }
      state.store(Self.choiceValue(index, of: type), at: key)
      state.activate()
      return nil
    case .list(let fact):
      if let number = removal(text) {
        let count = state.profile.items(fact).count
        guard (1...max(count, 1)).contains(number), count > 0 else {
          return count == 0 ? strings.noItems : words.chooseNumber(count)
        }
        state.removeItem(number - 1)
        return nil
      }
      guard let index = optionIndex(text, labels: [words.addItem, words.listDone]) else {
        return words.chooseNumber(2)
      }
      select(index == 0 ? .addItem : .next)
      state.activate()
      return takeError()
    case .itemField(let list, let field):
      let type = catalog.facts[list].type.fields[field].type
      if let labels = choiceLabels(type) {
        guard let index = optionIndex(text, labels: labels) else {
          return noOption(text, labels: labels)
        }
        state.row = index
        state.activate()
        return nil
      }
      guard text.count <= FieldLimits.numberCharacters else {
        return strings.fieldTooLong(FieldLimits.numberCharacters)
      }
      let before = state.itemEditor?.text ?? ""
      state.itemEditor?.text = text
      state.activate()
      if let error = takeError() {
        state.itemEditor?.text = before
        return error
      }
      return nil
    case .finished:
      return nil
    }
  }

  /// A sum or count typed into a field, read as the wizard reads it; on a mistake the field
  /// keeps its previous text, so that Enter alone still keeps the previous answer.
  private mutating func typeText(_ text: String, at key: WizardState.FieldKey) -> String? {
    guard text.count <= FieldLimits.numberCharacters else {
      return strings.fieldTooLong(FieldLimits.numberCharacters)
    }
    let before = state.drafts[key]
    state.drafts[key] = text
    state.activate()
    if let error = takeError() {
      state.drafts[key] = before
      return error
    }
    return nil
  }

  /// The wizard's message about the last input, said once.
  private mutating func takeError() -> String? {
    defer { state.inputError = nil }
    return state.inputError
  }

  /// The item number of `删除 2` / `delete 2`, in any language's words.
  private func removal(_ text: String) -> Int? {
    let lowered = text.lowercased()
    for word in PlainStrings.chinese.commandWords.remove + PlainStrings.english.commandWords.remove
    where lowered.hasPrefix(word) {
      let rest = lowered.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
      return Int(AmountParsing.normalizeWidth(rest))
    }
    return nil
  }

  private mutating func select(_ row: WizardState.Row) {
    if let index = state.currentRows.firstIndex(of: row) { state.row = index }
  }

  /// The option a line names: its number (full-width digits too), its label, or a part of the
  /// label that only one option has (the start first: `鄂尔多斯` for 鄂尔多斯市（有本市政策）).
  private func optionIndex(_ text: String, labels: [String]) -> Int? {
    if case .one(let index) = PlainOptionMatch(text, labels: labels) { return index }
    return nil
  }

  /// What a line that names no option says: the labels it fits, when several; else how to answer.
  private func noOption(_ text: String, labels: [String]) -> String {
    if case .several(let indices) = PlainOptionMatch(text, labels: labels) {
      return words.severalMatch(indices.map { labels[$0] })
    }
    return words.chooseNumber(labels.count)
  }

  // MARK: Asking

  /// The current question: its heading when it is new, then what the next line answers.
  private mutating func ask() -> [String] {
    guard let fact = state.currentFact else { return [] }
    let definition = catalog.facts[fact]
    // Enter alone on a list means done, and a record is asked from its first field, whatever
    // row the wizard left selected (going back out of an item selects the first row).
    switch definition.type {
    case .list: select(.next)
    case .record(let fields) where state.itemEditor == nil && state.row >= fields.count:
      state.row = 0
    default: break
    }
    var lines: [String] = []
    if announced != fact {
      announced = fact
      lines += heading(definition)
    }
    switch step {
    case .choice:
      let options = optionRows()
      lines += numbered(options.map(\.label))
      if hasNoDefault(fact) {
        lines.append(words.noDefault)
      } else if let selected = state.currentRows[safe: state.row] {
        let label = options.first { $0.row == selected }?.label ?? strings.unsure
        lines.append(words.enterChooses(label))
      }
    case .typed:
      lines.append(typedDefault(WizardState.FieldKey(fact: fact, field: nil), definition))
    case .recordField(_, let field):
      let fieldDefinition = definition.type.fields[field]
      lines.append(
        words.recordField(
          field + 1, definition.type.fields.count, fieldDefinition.label(in: language)))
      let key = WizardState.FieldKey(fact: fact, field: field)
      if let labels = choiceLabels(fieldDefinition.type) {
        lines += numbered(labels)
        lines.append(words.enterChooses(labels[recordChoice(key, fieldDefinition.type)]))
      } else {
        lines.append(typedDefault(key, definition))
      }
    case .list:
      let items = state.profile.items(fact)
      if items.isEmpty {
        lines.append(strings.noItems)
      } else {
        lines.append(words.itemsSoFar(items.count))
        for (number, item) in items.enumerated() {
          lines.append("\(number + 1). \(explainer.describe(item, of: fact))")
        }
      }
      lines += numbered([words.addItem, words.listDone])
      lines.append(words.enterChooses(words.listDone))
    case .itemField(let list, let field):
      guard let editor = state.itemEditor else { break }
      let fields = definition.type.fields
      let item = (editor.editing ?? state.profile.items(list).count) + 1
      lines.append(
        words.itemField(
          definition.label(in: language), item, field + 1, fields.count,
          fields[field].label(in: language)))
      if let labels = choiceLabels(fields[field].type) {
        lines += numbered(labels)
        lines.append(words.enterChooses(labels[min(state.row, labels.count - 1)]))
      } else if case .success(.number(let number)?) = state.parse(
        editor.text, type: fields[field].type)
      {
        lines.append(words.enterKeeps(valueText(number, fields[field].type, unit: nil)))
      } else {
        lines.append(words.enterLeavesEmpty)
      }
    case .finished:
      break
    }
    return lines
  }

  /// `问题 3/19：…？`, and the unit a sum or a count is typed in.
  private func heading(_ definition: FactDefinition) -> [String] {
    let question = state.oneUnit(definition.question(in: language), definition)
    var lines = [words.questionNumber(state.stepIndex + 1, state.steps.count) + question]
    if state.asksMoney(definition) { lines.append(strings.moneyHint) }
    if definition.type == .count, let unit = definition.unit(in: language) {
      lines.append(words.unit(unit))
    }
    return lines
  }

  private func numbered(_ labels: [String]) -> [String] {
    labels.enumerated().map { "\($0.offset + 1)) \($0.element)" }
  }

  /// The options of the current choice question, in the wizard's row order (否 last), without
  /// 不确定 / 跳过, which is the `跳过` command.
  private func optionRows() -> [(row: WizardState.Row, label: String)] {
    guard let fact = state.currentFact else { return [] }
    let definition = catalog.facts[fact]
    return state.rows(for: definition).compactMap { row in
      guard case .option(let option) = row else { return nil }
      guard case .enumeration(let values) = definition.type else {
        return (row, option == 0 ? strings.yes : strings.no)
      }
      var label = values.label(option, in: language)
      if definition.name == "city" {
        let has = catalog.documents.contains { $0.city == values.names[option] }
        label += wording.parenthetical(has ? strings.hasCityPolicies : strings.regionOnly)
      }
      return (row, label)
    }
  }

  /// The labels of a yes/no or enum field (是 first, as the wizard's item editor orders them);
  /// nil for a typed field.
  private func choiceLabels(_ type: FactType) -> [String]? {
    switch type {
    case .bool: return [strings.yes, strings.no]
    case .enumeration(let values):
      return values.names.indices.map { values.label($0, in: language) }
    default: return nil
    }
  }

  private static func choiceValue(_ index: Int, of type: FactType) -> FactValue {
    type == .bool ? .bool(index == 0) : .choice(index)
  }

  /// The option a record's choice field shows: its value, else 否 or the first value, as the
  /// full-screen wizard shows it.
  private func recordChoice(_ key: WizardState.FieldKey, _ type: FactType) -> Int {
    guard let field = key.field, case .record(let values)? = state.profile[key.fact],
      field < values.count
    else { return type == .bool ? 1 : 0 }
    switch values[field] {
    case .bool(let flag)?: return flag ? 0 : 1
    case .choice(let index)?: return index
    default: return type == .bool ? 1 : 0
    }
  }

  /// What Enter alone does on a typed field: keep the answer it holds, or leave it empty.
  private func typedDefault(_ key: WizardState.FieldKey, _ definition: FactDefinition) -> String {
    if state.currentRows[safe: state.row] == .unsure { return words.enterChooses(strings.unsure) }
    let type = key.field.map { definition.type.fields[$0].type } ?? definition.type
    guard case .success(.number(let number)?) = state.parse(state.drafts[key] ?? "", type: type)
    else { return words.enterLeavesEmpty }
    return words.enterKeeps(valueText(number, type, unit: definition.unit(in: language)))
  }

  private func valueText(_ number: Int64, _ type: FactType, unit: String?) -> String {
    type == .money ? wording.money(Money(fen: number)) : "\(number)\(unit ?? "")"
  }

  // MARK: What the commands say

  private func helpLines() -> [String] {
    guard let fact = state.currentFact else { return [] }
    let definition = catalog.facts[fact]
    var lines = [definition.help(in: language) ?? words.noHelp]
    if state.asksMoney(definition) { lines.append(strings.moneyHint) }
    return lines + words.introduction.dropFirst()
  }

  /// The benefits the answer can still change: the full-screen wizard's "为什么问".
  private func whyLines() -> [String] {
    guard let fact = state.currentFact else { return [] }
    let locations = state.evaluator.benefits(
      dependingOn: fact, state.openProfile, today: state.today)
    guard !locations.isEmpty else { return [strings.whyAskNone] }
    return [strings.whyAsk]
      + locations.map { "  \(explainer.citation($0)) \(catalog[$0].title(in: language))" }
  }

  private var explainer: Explainer { state.explainer }

  private var report: EnterpriseReport {
    EnterpriseReport(
      catalog: catalog, profile: state.profile, result: state.result, language: language)
  }

  /// The totals in the certainty vocabulary and the benefits counted in them.
  private func resultLines() -> [String] {
    let report = self.report
    var lines = [words.resultSoFar] + report.totalsLines.map { "  " + $0 }
    for benefit in report.benefits {
      // The report's own line for a counted benefit, as its totals section words it.
      let amount = benefit.amountText + wording.parenthetical(benefit.clause.citation)
      lines.append("  " + wording.labelled((benefit.certainty ?? "") + benefit.title, amount))
    }
    if report.benefits.isEmpty { lines.append("  " + strings.noMatches) }
    return lines
  }

  private func answerLines() -> [String] {
    guard !state.answered.isEmpty else { return [words.answersSoFar, "  " + words.noAnswers] }
    let report = self.report
    var lines = [words.answersSoFar]
    for (name, value) in [("city", report.city), ("applicant", report.applicant)] {
      guard let value, let fact = catalog.fact(named: name), state.answered.contains(fact.id)
      else { continue }
      lines.append("  " + wording.labelled(fact.label(in: language), value))
    }
    lines += report.answers.map { "  " + wording.labelled($0.label, $0.value) }
    if !report.unanswered.isEmpty {
      lines.append(
        "  " + words.unsureAnswers(report.unanswered.joined(separator: wording.listSeparator)))
    }
    return lines
  }

  // MARK: Ending

  /// Every question answered: the text report, and the conversation is over.
  private mutating func finish(after computed: [String] = []) -> String {
    isFinished = true
    let text = PlainTextReport().render(report)
    return say(
      computed + [words.finished, ""]
        + text.split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast().map(String.init), prompting: false)
  }

  /// Stopped early: what was answered and what it gives so far.
  private mutating func conclude(_ reason: String) -> String {
    isFinished = true
    return say([reason] + answerLines() + resultLines(), prompting: false)
  }

  /// Lines as they are written: each made safe for a terminal, then the prompt (on the same
  /// line as the answer to come) or a final line break.
  private mutating func say(_ lines: [String], prompting: Bool = true) -> String {
    promptPending = prompting
    let text = lines.map(\.terminalSafe).map { $0 + "\n" }.joined()
    return prompting ? text + words.prompt : text
  }
}
