import PolicyEngine
import ScreenKit

/// The left pane: the question, its options or fields, inline errors and "why we ask".
extension WizardRenderer {
  /// A line of the pane before it is placed: rows keep their index for focus and clicks.
  struct Line {
    var text: String
    var style: Style
    var row: Int?
    var cursorColumn: Int?
  }

  mutating func drawQuestion(in rect: Rect) {
    guard let fact = state.currentFact else { return }
    let definition = state.catalog.facts[fact]
    var header: [Line] = []
    var body: [Line] = []

    if let editor = state.itemEditor {
      let fields = editor.fields(state.catalog)
      header += wrap(
        strings.itemStep(definition.label(in: language), editor.field + 1, fields.count), theme.dim,
        rect.width)
      header += wrap(
        state.plain(fields[editor.field].label(in: language)), theme.heading, rect.width)
    } else {
      header += wrap(
        state.plain(state.oneUnit(definition.question(in: language), definition)), theme.heading,
        rect.width)
      let help = definition.help(in: language)
      if let help { header += wrap(state.plain(help), theme.dim, rect.width) }
      if state.asksMoney(definition) { header += wrap(strings.moneyHint, theme.dim, rect.width) }
      for note in state.glossary(definition.question(in: language) + (help ?? "")) {
        header += wrap(note, theme.dim, rect.width)
      }
    }
    if let filter = state.flow.filter {
      header.append(Line(text: strings.filterPrompt + filter, style: theme.input))
    }
    if !state.flow.pendingDigits.isEmpty {
      // The first digit of a two-digit number, beside the list while it waits for the second.
      header.append(
        Line(text: strings.touch.pendingDigit(state.flow.pendingDigits), style: theme.input))
    }
    header.append(Line(text: "", style: theme.text))

    let shownRows = Set(state.filteredRows)
    for (index, row) in state.currentRows.enumerated() where shownRows.contains(index) {
      body += lines(for: row, index: index, definition: definition, width: rect.width)
      if index == state.row, let error = state.inputError {
        body += wrap("  " + error, theme.error, rect.width)
      }
      if case .field(let field?) = row, definition.name == "rd",
        field == definition.type.fields.count - 1,
        state.itemEditor == nil
      {
        body.append(derivedIncrementLine(definition))
      }
    }

    let why = state.mode.isKiosk ? [] : whyWeAsk(fact, width: rect.width)
    if state.mode.isKiosk, body.count * 2 <= rect.height - header.count {
      // Larger targets for fingers: a blank line between rows, when they fit.
      body = body.flatMap { [$0, Line(text: "", style: theme.text)] }
    }
    // Keep the focused row on screen: scroll the body if it does not fit.
    var available = max(1, rect.height - header.count - (why.isEmpty ? 0 : min(why.count, 4) + 1))
    // A touch screen gets a row of scroll buttons under a list that does not fit.
    let scrollButtons = state.mode.isKiosk && body.count > available && available > 2
    if scrollButtons { available -= 1 }
    let focusLine = body.firstIndex(where: { $0.row == state.row }) ?? 0
    let lastFocusLine = body.lastIndex(where: { $0.row == state.row }) ?? focusLine
    var start = 0
    if lastFocusLine >= available { start = lastFocusLine - available + 1 }
    start = min(start, focusLine)
    let visible = Array(body.dropFirst(start).prefix(available))

    var y = rect.y
    for line in header where y < rect.maxY {
      frame.screen.put(line.text, x: rect.x, y: y, style: line.style, maxWidth: rect.width)
      y += 1
    }
    for line in visible where y < rect.maxY {
      if line.row == state.row {
        frame.screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: line.style)
      }
      frame.screen.put(
        line.text.truncated(toWidth: rect.width), x: rect.x, y: y, style: line.style,
        maxWidth: rect.width)
      if let row = line.row {
        frame.hits.append(
          .init(
            rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), target: .questionRow(row)))
      }
      if let column = line.cursorColumn, line.row == state.row, state.focus == .question {
        frame.cursor = (rect.x + column, y)
      }
      y += 1
    }
    let targets = ScrollTargets(lines: body.map(\.row), start: start, available: available)
    if scrollButtons, y < rect.maxY {
      drawScrollButtons(
        in: Rect(x: rect.x, y: y, width: rect.width, height: 1),
        up: targets.up.map { .scrollQuestion(toRow: $0) },
        down: targets.down.map { .scrollQuestion(toRow: $0) })
      y += 1
    } else if start + visible.count < body.count, y <= rect.maxY, !visible.isEmpty {
      frame.screen.put("↓", x: rect.maxX - 1, y: y - 1, style: theme.dim)
      // A tap on the marker scrolls; it never chooses the option under it.
      if let down = targets.down {
        frame.hits.append(
          .init(
            rect: Rect(x: rect.maxX - 1, y: y - 1, width: 1, height: 1),
            target: .scrollQuestion(toRow: down)))
      }
    }
    if !why.isEmpty {
      let whyStart = max(y + 1, rect.maxY - min(why.count, 4))
      for (offset, line) in why.prefix(4).enumerated() where whyStart + offset < rect.maxY {
        frame.screen.put(
          line.text, x: rect.x, y: whyStart + offset, style: line.style, maxWidth: rect.width)
      }
    }
  }

  /// A record's field gets its label on a line of its own, so long labels never squeeze the box.
  private func lines(for row: WizardState.Row, index: Int, definition: FactDefinition, width: Int)
    -> [Line]
  {
    let main = line(for: row, index: index, definition: definition, width: width)
    guard case .field(let field?) = row, state.itemEditor == nil else { return [main] }
    let selected = index == state.row
    let style =
      selected ? (state.focus == .question ? theme.selected : theme.selectedInactive) : theme.text
    return [
      Line(
        text: "  " + state.plain(definition.type.fields[field].label(in: language)), style: style,
        row: index),
      main,
    ]
  }

  private func line(for row: WizardState.Row, index: Int, definition: FactDefinition, width: Int)
    -> Line
  {
    let selected = index == state.row
    let focused = selected && state.focus == .question
    let style = selected ? (focused ? theme.selected : theme.selectedInactive) : theme.text
    let pointer = selected ? "› " : "  "
    switch row {
    case .option(let option):
      let label = optionLabel(option)
      let chosen = isChosen(option)
      let number = "\(index + 1).".padded(toWidth: state.currentRows.count > 10 ? 3 : 2)
      return Line(
        text: "\(pointer)\(chosen ? "(*)" : "( )") \(number) \(label)", style: style, row: index)
    case .field(let field):
      let type: FactType
      let label: String
      // The question (or the field's own line) already names what is typed here.
      label = ""
      if let editor = state.itemEditor {
        type = editor.fields(state.catalog)[editor.field].type
      } else if let field {
        type = definition.type.fields[field].type
      } else {
        type = definition.type
      }
      if let field, state.itemEditor == nil, let choice = choiceText(definition, field) {
        return Line(text: "\(pointer)‹ \(choice) ›", style: style, row: index)
      }
      let text = selected ? state.currentText : fieldText(definition.id, field)
      let unit = type == .money ? strings.moneyUnit : (definition.unit(in: language) ?? "")
      let prefix = label.isEmpty ? pointer : "\(pointer)\(label)  "
      let boxWidth = max(10, min(16, width - prefix.displayWidth - unit.displayWidth - 4))
      let shown = text.displayWidth > boxWidth ? String(text.suffix(boxWidth)) : text
      let box = "[" + shown.padded(toWidth: boxWidth) + "]"
      // The amount as read, so 100000000 (万元) shows as 1万亿元 before it is taken.
      var echo = ""
      if type == .money, case .success(.number(let fen)?) = state.parse(text, type: .money) {
        echo = " = " + explainer.text.money(Money(fen: fen))
      }
      return Line(
        text: "\(prefix)\(box) \(unit)\(echo)", style: style, row: index,
        cursorColumn: prefix.displayWidth + 1 + min(shown.displayWidth, boxWidth))
    case .item(let item):
      let values = state.profile.items(definition.id)[item]
      return Line(
        text: "\(pointer)\(item + 1). \(explainer.describe(values, of: definition.id))",
        style: style, row: index)
    case .addItem:
      return Line(text: "\(pointer)\(strings.addItem)", style: style, row: index)
    case .next:
      return Line(text: "\(pointer)\(strings.nextQuestion)", style: style, row: index)
    case .unsure:
      let marked = state.profile.isUnknown[definition.id] ? " " + strings.unsureMarked : ""
      return Line(text: "\(pointer)\(strings.unsure)\(marked)", style: style, row: index)
    }
  }

  /// The label of an option: an enum value, yes/no; cities say whether they have city policies.
  private func optionLabel(_ option: Int) -> String {
    if let editor = state.itemEditor {
      switch editor.fields(state.catalog)[editor.field].type {
      case .enumeration(let values): return values.label(option, in: language)
      default: return option == 0 ? strings.yes : strings.no
      }
    }
    guard let fact = state.currentFact else { return "" }
    let definition = state.catalog.facts[fact]
    guard case .enumeration(let values) = definition.type else {
      return option == 0 ? strings.yes : strings.no
    }
    var label = values.label(option, in: language)
    if definition.name == "city" {
      let city = values.names[option]
      let has = state.catalog.documents.contains { $0.city == city }
      label += explainer.text.parenthetical(has ? strings.hasCityPolicies : strings.regionOnly)
    }
    return label
  }

  private func isChosen(_ option: Int) -> Bool {
    if let editor = state.itemEditor {
      return editor.selectedRow(state.catalog) == option && editor.values[editor.field] != nil
    }
    guard let fact = state.currentFact, !state.profile.isUnknown[fact] else { return false }
    switch state.profile[fact] {
    case .choice(let index)?: return index == option
    case .bool(let flag)?: return (flag ? 0 : 1) == option
    default: return false
    }
  }

  /// The shown value of a yes/no or enum field of a record; nil for typed fields.
  private func choiceText(_ definition: FactDefinition, _ field: Int) -> String? {
    let type = definition.type.fields[field].type
    var value: FactValue? = nil
    if case .record(let values)? = state.profile[definition.id], field < values.count {
      value = values[field]
    }
    switch (type, value) {
    case (.bool, .bool(let flag)?): return flag ? strings.yes : strings.no
    case (.bool, _): return strings.no
    case (.enumeration(let values), .choice(let index)?): return values.label(index, in: language)
    case (.enumeration(let values), _): return values.label(0, in: language)
    default: return nil
    }
  }

  private func fieldText(_ fact: FactID, _ field: Int?) -> String {
    state.drafts[WizardState.FieldKey(fact: fact, field: field)] ?? ""
  }

  private func derivedIncrementLine(_ definition: FactDefinition) -> Line {
    let path = FactPath(fact: definition.id, derived: .rdIncrement)
    let increment = state.profile.number(path)
    let text =
      "  "
      + explainer.text.labelled(
        strings.derivedIncrement, explainer.text.money(Money(fen: increment)))
    return Line(text: text, style: theme.dim)
  }

  /// "Why we ask": the benefits this answer can still change.
  private func whyWeAsk(_ fact: FactID, width: Int) -> [Line] {
    guard state.itemEditor == nil else { return [] }
    let locations = state.evaluator.benefits(
      dependingOn: fact, state.openProfile, today: state.today)
    guard !locations.isEmpty else { return [] }
    var lines = [Line(text: strings.whyAsk, style: theme.dim)]
    for location in locations.prefix(3) {
      let title = state.catalog[location].title(in: language)
      lines.append(
        Line(
          text: " · \(explainer.citation(location)) \(title)".truncated(toWidth: width),
          style: theme.dim))
    }
    if locations.count > 3 { lines[lines.count - 1].text = lines[lines.count - 1].text }
    return lines
  }

  func wrap(_ text: String, _ style: Style, _ width: Int) -> [Line] {
    text.wrapped(toWidth: max(1, width)).map { Line(text: $0, style: style) }
  }
}
