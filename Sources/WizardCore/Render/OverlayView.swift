import PolicyEngine
import Reports
import ScreenKit

/// Boxes drawn over the wizard: a benefit's detail, help, the list of questions, quit.
extension WizardRenderer {
  mutating func drawOverlay(_ overlay: Modal) {
    let size = state.size
    switch overlay {
    case .confirmQuit:
      let rect = centered(width: 44, height: 5)
      box(rect, title: nil)
      frame.screen.put(
        strings.quitQuestion, x: rect.x + 2, y: rect.y + 1, style: theme.heading,
        maxWidth: rect.width - 4)
      frame.screen.put(
        boxHint(.confirmQuit), x: rect.x + 2, y: rect.y + 3, style: theme.text,
        maxWidth: rect.width - 4)
      frame.hits.append(
        .init(rect: Rect(x: rect.x + 2, y: rect.y + 3, width: 6, height: 1), target: .confirmQuit))
      frame.hits.append(
        .init(rect: Rect(x: rect.x + 9, y: rect.y + 3, width: 14, height: 1), target: .closeOverlay)
      )
    case .help:
      let innerWidth = min(size.width - 4, 76) - 4
      // The keys that work in this mode, from the one key map, then the notes.
      // A kiosk's help says what to touch, never which key to press.
      let helpLines =
        state.mode.isKiosk
        ? strings.touch.helpLines
        : KeyMap.standard.helpLines(
          mode: ModeKind(state.mode), canPrint: state.canPrint, strings: strings)
          + [""] + strings.helpNotes + [""]
          + KeyMap.standard.boxHelpLines(mode: ModeKind(state.mode), strings: strings)
      let lineCount = helpLines.reduce(0) { $0 + max(1, $1.wrapped(toWidth: innerWidth).count) }
      let rect = centered(width: innerWidth + 4, height: min(size.height - 2, lineCount + 4))
      box(rect, title: strings.helpTitle)
      var y = rect.y + 2
      for line in helpLines {
        if line.isEmpty {
          y += 1
          continue
        }
        for wrapped in line.wrapped(toWidth: rect.width - 4) where y < rect.maxY - 1 {
          frame.screen.put(wrapped, x: rect.x + 2, y: y, style: theme.text)
          y += 1
        }
      }
      frame.hits.append(.init(rect: rect, target: .closeOverlay))
    case .steps(let selection):
      drawSteps(selection: selection)
    case .detail(let entry, let scroll):
      drawDetail(entry, scroll: scroll)
    case .compare:
      drawComparison()
    case .takeHome:
      drawTakeHome()
    default:
      break
    }
  }

  mutating func drawConfirmDiscard() {
    let rect = centered(width: 50, height: 5)
    box(rect, title: nil)
    frame.screen.put(
      strings.discardQuestion, x: rect.x + 2, y: rect.y + 1, style: theme.heading,
      maxWidth: rect.width - 4)
    frame.screen.put(
      boxHint(.confirmDiscard), x: rect.x + 2, y: rect.y + 3, style: theme.text,
      maxWidth: rect.width - 4)
  }

  private mutating func drawComparison() {
    guard let city = state.catalog.fact(named: "city"), case .enumeration(let cities) = city.type
    else { return }
    let rows = CityComparison(catalog: state.catalog).rows(state.profile, today: state.today)
    let current = state.profile[city.id]
    // The cells first: each column as wide as its widest cell, so that no amount is cut (an
    // English range, `CNY 1,300,000 – 6,350,000`, is wider than the Chinese `130万元至635万元`).
    let cells: [[String]] = rows.map { row in
      let totals = row.result.totals
      let paying = row.result.matches.filter {
        ($0.amount != nil || $0.points != nil) && $0.stackedOut == nil
      }.count
      return [
        cities.label(row.city, in: language), explainer.text.money(totals.certain),
        explainer.sum(MoneyRange(min: totals.min, max: totals.max)), "\(paying)",
      ]
    }
    let width = min(state.size.width - 4, 80)
    let note = strings.compareNote.wrapped(toWidth: width - 4)
    let rect = centered(width: width, height: rows.count + 6 + note.count)
    box(rect, title: strings.compareTitle)
    frame.resultAreas.append(rect)
    var columns = [rect.x + 2]
    for column in 0..<3 {
      let widest =
        ([strings.compareHeaders[column]] + cells.map { $0[column] })
        .map(\.displayWidth).max() ?? 0
      columns.append(columns[column] + widest + 2)
    }
    var y = rect.y + 2
    func putRow(_ texts: [String], style: Style) {
      for (index, text) in texts.enumerated() {
        let end = index + 1 < columns.count ? columns[index + 1] - 1 : rect.maxX - 2
        // A cell that still does not fit (a terminal narrower than 80) ends in “…”, never in a
        // cut number: an amount that does not fit is left out whole.
        frame.screen.put(
          text.truncatedKeepingAmounts(toWidth: max(1, end - columns[index]), language: language),
          x: columns[index], y: y, style: style)
      }
      y += 1
    }
    putRow(strings.compareHeaders, style: theme.heading)
    for (row, texts) in zip(rows, cells) {
      putRow(texts, style: current == .choice(row.city) ? theme.money : theme.text)
    }
    y += 1
    for line in note where y < rect.maxY - 1 {
      frame.screen.put(line, x: rect.x + 2, y: y, style: theme.dim)
      y += 1
    }
    frame.hits.append(.init(rect: rect, target: .closeOverlay))
  }

  private func centered(width: Int, height: Int) -> Rect {
    let size = state.size
    let width = min(width, size.width - 2)
    let height = min(height, size.height - 2)
    return Rect(
      x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
  }

  private mutating func box(_ rect: Rect, title: String?) {
    // A blank column either side keeps cut words of the screen below from touching the frame.
    frame.screen.fill(
      Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height), style: theme.text)
    frame.screen.drawBox(rect, style: theme.heading, title: title)
  }

  private mutating func drawSteps(selection: Int) {
    let steps = state.steps
    let rect = centered(width: min(state.size.width - 4, 90), height: state.size.height - 2)
    box(rect, title: state.mode.isKiosk ? strings.touch.stepsTitle : strings.stepsTitle)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    let labelWidth = min(28, inner.width / 2)
    var rows: [(String, String)] = steps.map { fact in
      let definition = state.catalog.facts[fact]
      return (definition.label(in: language), answerSummary(fact))
    }
    rows.append((strings.summaryTitle, ""))
    let start = max(0, min(selection - inner.height / 2, rows.count - inner.height))
    for (offset, (label, answer)) in rows.enumerated().dropFirst(start).prefix(inner.height) {
      let y = inner.y + offset - start
      let selected = offset == selection
      let style = selected ? theme.selected : theme.text
      if selected {
        frame.screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      }
      let current = offset == state.stepIndex ? "› " : "  "
      frame.screen.put(
        current + label.truncated(toWidth: labelWidth), x: inner.x, y: y, style: style)
      frame.screen.put(
        answer.truncated(toWidth: inner.width - labelWidth - 4), x: inner.x + labelWidth + 4,
        y: y, style: selected ? style : theme.dim)
      frame.hits.append(
        .init(
          rect: Rect(x: inner.x, y: y, width: inner.width, height: 1), target: .stepsRow(offset)))
    }
  }

  /// A question's answer in a few words, for the list of questions.
  func answerSummary(_ fact: FactID) -> String {
    let definition = state.catalog.facts[fact]
    if state.profile.isUnknown[fact] { return strings.unsure }
    // A question nobody answered shows as such, never as its first option.
    guard let value = state.profile[fact] else { return strings.unanswered }
    switch (definition.type, value) {
    case (.enumeration(let values), .choice(let index)): return values.label(index, in: language)
    case (.bool, .bool(let flag)): return flag ? strings.yes : strings.no
    case (.money, .number(let fen)): return explainer.text.money(Money(fen: fen))
    case (.count, .number(let count)): return explainer.value(count, at: FactPath(fact: fact))
    case (.record(let fields), .record(let values)):
      return zip(fields, values).compactMap { field, value -> String? in
        switch value {
        case .number(let number)?:
          return "\(field.label(in: language)) "
            + (field.type == .money ? explainer.text.money(Money(fen: number)) : "\(number)")
        case .bool(true)?: return field.label(in: language)
        case .choice(let index)?:
          if case .enumeration(let names) = field.type {
            return names.label(index, in: language)
          } else {
            return nil
          }
        default: return nil
        }
      }.joined(separator: explainer.text.comma)
    case (.list, .list(let items)):
      return items.map { explainer.describe($0, of: fact) }.joined(
        separator: explainer.text.separator)
    default: return strings.unanswered
    }
  }

  private mutating func drawDetail(_ entry: PanelEntry, scroll: Int) {
    let rect = centered(width: min(state.size.width - 2, 100), height: state.size.height - 2)
    box(rect, title: strings.detailTitle)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    let lines = DetailContent(state: state, explainer: explainer).lines(
      for: entry, width: inner.width)
    let start = min(scroll, max(0, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
      frame.screen.put(
        line.text, x: inner.x, y: inner.y + offset,
        style: line.heading ? theme.heading : theme.text, maxWidth: inner.width)
    }
    if start + inner.height < lines.count {
      frame.screen.put("↓", x: rect.maxX - 2, y: rect.maxY - 1, style: theme.dim)
    }
    // Touch: the upper and lower half scroll, only the close target closes.
    let half = rect.height / 2
    frame.hits.append(
      .init(rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: half), target: .scrollUp))
    frame.hits.append(
      .init(
        rect: Rect(x: rect.x, y: rect.y + half, width: rect.width, height: rect.height - half),
        target: .scrollDown))
    if state.mode.isKiosk {
      // The halves scroll; say so on them.
      frame.screen.put(strings.touch.pageUp, x: rect.x + 2, y: rect.y, style: theme.selected)
      frame.screen.put(
        strings.touch.pageDown, x: rect.x + 2, y: rect.maxY - 1, style: theme.selected)
    }
    let close = " \(strings.closeButton) "
    let closeX = rect.maxX - close.displayWidth - 2
    frame.screen.put(close, x: closeX, y: rect.y, style: theme.selected)
    frame.hits.append(
      .init(
        rect: Rect(x: closeX, y: rect.y, width: close.displayWidth, height: 1),
        target: .closeOverlay))
  }
}

/// The text of a benefit's detail: amount, computation, why, the original clause, departments.
struct DetailContent {
  let state: WizardState
  let explainer: Explainer

  struct Line {
    var text: String
    var heading = false
  }

  func lines(for entry: PanelEntry, width: Int) -> [Line] {
    guard let location = state.location(entry) else { return [] }
    let catalog = state.catalog
    let strings = state.strings
    let benefit = catalog[location]
    let article = catalog.article(of: location)
    let document = catalog.documents[location.document]
    var lines: [Line] = []
    // Headings wrap like the text under them: an English title is often wider than the box.
    func wrappedLines(_ text: String, heading: Bool) {
      lines += text.wrapped(toWidth: max(1, width)).map { Line(text: $0, heading: heading) }
    }
    func paragraph(_ heading: String, _ text: String) {
      wrappedLines(heading, heading: true)
      lines += text.wrapped(toWidth: max(1, width - 2)).map { Line(text: "  " + $0) }
    }
    let language = state.language
    let draft = document.status == .draft ? strings.detailDraftBadge : ""
    wrappedLines(
      benefit.title(in: language) + strings.gap + explainer.citation(location) + draft,
      heading: true)
    wrappedLines(
      "\(document.title(in: language))\(document.number.map { " \($0)" } ?? "")", heading: false)
    lines.append(Line(text: ""))
    switch entry {
    case .match, .possible, .general:
      if let outcome = state.outcome(entry) {
        if let amount = outcome.amount {
          let badge = outcome.certainty.map(explainer.certaintyBadge) ?? ""
          paragraph(strings.detailAmount, badge + explainer.amount(amount))
        } else if let points = outcome.points {
          paragraph(strings.detailAmount, explainer.text.points(points))
        } else {
          paragraph(strings.detailAmount, explainer.text.kindDescription(benefit.kind))
        }
        if let computation = outcome.computation, !computation.isStatedSum {
          paragraph(strings.detailComputation, explainer.computation(computation))
        }
        paragraph(strings.detailBecause, explainer.because(outcome, profile: state.profile))
        if let stacked = outcome.stackedOut {
          paragraph(strings.detailStacked, explainer.stacking(stacked))
        }
        for note in explainer.stackingNotes(outcome, in: state.result, profile: state.profile) {
          paragraph(strings.detailStacked, note)
        }
      }
    case .nearMiss(let index):
      let miss = state.result.nearMisses[index]
      if let amount = miss.amountAtThreshold {
        paragraph(strings.detailAmount, explainer.amount(amount))
      }
      paragraph(strings.withinReach, explainer.missing(miss))
    }
    if let note = benefit.note(in: language) { paragraph(strings.detailNote, note) }
    let departments = article.departments(in: language)
    if !departments.isEmpty {
      paragraph(
        strings.detailDepartments, departments.joined(separator: explainer.text.listSeparator))
    }
    // The law's own words, in Chinese in every language: the heading says so in English.
    paragraph(
      strings.detailTextHeading("\(explainer.citation(location)) \(article.title(in: language))"),
      article.text)
    return lines
  }
}
