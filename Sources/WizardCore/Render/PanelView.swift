import PolicyEngine
import Reports
import ScreenKit

/// The live panel: totals, matched benefits with amount and article, possible ones, support
/// without a stated sum, and what is within reach.
extension WizardRenderer {
  mutating func drawPanel(in rect: Rect, twoColumns: Bool = false) {
    frame.resultAreas.append(rect)
    var y = rect.y
    frame.screen.put(
      strings.panelTitle, x: rect.x, y: y, style: theme.heading, maxWidth: rect.width)
    y += 1
    // The totals by certainty, in the words every output uses, each category in its own style.
    for (index, line) in explainer.totalsLines(state.result).enumerated() {
      var value = line.value
      // The demo shows what the last answer added: "+300万元" beside the total.
      if index == 0, case .demo = state.mode, state.panel.lastChange.fen != 0 {
        let change = state.panel.lastChange
        value +=
          "  " + (change.fen > 0 ? "+" : "−") + explainer.text.money(Money(fen: abs(change.fen)))
      }
      let certainty = Certainty.allCases.first { explainer.text.certaintyLabel($0) == line.label }
      let style =
        index == 0 ? theme.money : certainty.map(theme.certainty) ?? theme.dim
      y = labelled(
        explainer.text.labelled(line.label, ""), value, style: style, x: rect.x, y: y,
        width: rect.width, bottom: rect.maxY)
    }
    y += 1

    // Lay the entries out, then scroll so the selection stays visible.
    var lines: [(text: String, style: Style, entry: Int?)] = []
    var entryIndex = 0
    let sections = state.panelSections
    if sections.isEmpty { lines.append((strings.noMatches, theme.dim, nil)) }
    for (section, entries) in sections {
      lines.append((sectionTitle(section, count: entries.count), theme.heading, nil))
      for entry in entries {
        for (text, style) in entryLines(entry, width: rect.width) {
          lines.append((text, style, entryIndex))
        }
        entryIndex += 1
      }
    }
    var available = max(1, rect.maxY - y)
    // A touch screen gets a row of scroll buttons under a list that does not fit.
    let scrollButtons = state.mode.isKiosk && lines.count > available && available > 2
    if scrollButtons { available -= 1 }
    let selection = state.panelSelection
    let last = lines.lastIndex(where: { $0.entry == selection }) ?? 0
    let first = lines.firstIndex(where: { $0.entry == selection }) ?? 0
    var start = 0
    if last >= available { start = min(first, last - available + 1) }
    if start > 0, first > 0, lines[first - 1].entry == nil { start = min(start, first - 1) }
    // Never below the panel (a short panel over the keypad may be filled by its totals).
    for line in lines.dropFirst(start).prefix(available) where y < rect.maxY {
      let selected = line.entry == selection && state.focus == .panel
      let style = selected ? theme.selected : line.style
      if selected {
        frame.screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
      }
      frame.screen.put(line.text, x: rect.x, y: y, style: style, maxWidth: rect.width)
      if let entry = line.entry {
        frame.hits.append(
          .init(
            rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), target: .panelEntry(entry)))
      }
      y += 1
    }
    let targets = ScrollTargets(lines: lines.map(\.entry), start: start, available: available)
    if scrollButtons {
      drawScrollButtons(
        in: Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1),
        up: targets.up.map { .scrollPanel(toEntry: $0) },
        down: targets.down.map { .scrollPanel(toEntry: $0) })
      return
    }
    // The markers scroll when tapped (their hits come last, so they win over the entry's).
    if start + available < lines.count {
      frame.screen.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: theme.dim)
      if let down = targets.down {
        frame.hits.append(
          .init(
            rect: Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1),
            target: .scrollPanel(toEntry: down)))
      }
    }
    if start > 0 {
      frame.screen.put("↑", x: rect.maxX - 1, y: rect.maxY - available, style: theme.dim)
      if let up = targets.up {
        frame.hits.append(
          .init(
            rect: Rect(x: rect.maxX - 1, y: rect.maxY - available, width: 1, height: 1),
            target: .scrollPanel(toEntry: up)))
      }
    }
  }

  /// `label value` on one line when it fits; otherwise the value under the label, indented,
  /// wrapped between amounts and never inside one. Returns the row after it.
  private mutating func labelled(
    _ label: String, _ value: String, style: Style, x: Int, y: Int, width: Int, bottom: Int
  ) -> Int {
    let used = frame.screen.put(label, x: x, y: y, style: theme.text, maxWidth: width)
    if used + value.displayWidth <= width {
      frame.screen.put(value, x: x + used, y: y, style: style)
      return y + 1
    }
    var row = y + 1
    let indent = 2
    for line in value.wrappedKeepingAmounts(toWidth: width - indent, language: language)
    where row < bottom {
      frame.screen.put(line, x: x + indent, y: row, style: style)
      row += 1
    }
    return row
  }

  private func sectionTitle(_ section: PanelSection, count: Int) -> String {
    let title: String
    switch section {
    case .matched: title = strings.matched
    case .possible: title = strings.possible
    case .withoutAmount: title = strings.withoutAmount
    case .general: title = explainer.text.generalSupport
    case .withinReach: title = strings.withinReach
    }
    return "── " + title + explainer.text.parenthetical("\(count)")
  }

  /// Two lines an entry: the sum and short title, then the article and badges.
  func entryLines(_ entry: PanelEntry, width: Int) -> [(String, Style)] {
    let catalog = state.catalog
    guard let location = state.location(entry) else { return [] }
    let benefit = catalog[location]
    let document = catalog.documents[location.document]
    var badges: [String] = [explainer.citation(location)]
    switch entry {
    case .match, .possible, .general:
      guard let outcome = state.outcome(entry) else { return [] }
      if let certainty = outcome.certainty {
        badges.append(explainer.text.certaintyLabel(certainty))
        // A draft in a 取其高 pair (or 可能) keeps its label: the sum comes from a draft.
        if certainty != .draft, document.status == .draft {
          badges.append(strings.draftBadge)
        }
      } else if document.status == .draft {
        badges.append(strings.draftBadge)
      }
      let figure = self.figure(outcome, benefit: benefit)
      // The row in its certainty's style, as the totals: a 可能 sum never looks 确定.
      var style = outcome.certainty.map(theme.certainty) ?? theme.text
      if case .demo = state.mode, state.panel.newBenefits.contains(location) {
        // New with the last answer: highlighted in the demo.
        style = theme.money
      }
      if outcome.stackedOut != nil {
        badges.append(strings.stacked)
        style = theme.stacked
      }
      if case .possible = entry {
        badges.append(
          outcome.possibleReason == .openList
            ? explainer.text.openListShort
            : strings.dependsOn + explainer.factLabels(outcome.dependsOn))
      }
      return headline(figure, benefit.title(in: state.language), style: style, width: width)
        + [
          (
            "   "
              + badges.joined(separator: " · ").truncatedKeepingAmounts(
                toWidth: width - 3, language: language), theme.dim
          )
        ]
    case .nearMiss(let index):
      if document.status == .draft { badges.append(strings.draftBadge) }
      let miss = state.result.nearMisses[index]
      // As a benefit's figure: its sum, its points, or `·` for a benefit without a stated sum
      // (an unanswered 一事一议).
      let figure =
        miss.amountAtThreshold.map(explainer.amount)
        ?? miss.pointsAtThreshold.map(explainer.text.points) ?? "·"
      return headline(figure, benefit.title(in: state.language), style: theme.text, width: width)
        + explainer.missing(miss).wrappedKeepingAmounts(toWidth: width - 3, language: language)
        .map { ("   " + $0, theme.dim) }
    }
  }

  /// An entry's first line(s): its sum whole, in the engine's one wording, then its title, cut
  /// to the width that is left (never inside an amount the title names). A sum too wide for one
  /// line wraps between amounts; the title then follows on a line of its own when little room
  /// is left.
  func headline(_ figure: String, _ title: String, style: Style, width: Int) -> [(String, Style)] {
    var lines = figure.wrappedKeepingAmounts(toWidth: width, language: language)
    let last = lines.removeLast()
    let room = width - last.displayWidth - 1
    let minimumTitle = 8
    if room >= min(minimumTitle, title.displayWidth) {
      lines.append(
        last + " " + title.truncatedKeepingAmounts(toWidth: room, language: language))
    } else {
      lines += [last, title.truncatedKeepingAmounts(toWidth: width, language: language)]
    }
    return lines.map { ($0, style) }
  }

  /// A benefit's sum in the engine's one wording (`每年 不低于500万元 最多5年`,
  /// `CNY 5,000,000 a year for at most 5 years`), its points, or `·` for neither.
  func figure(_ outcome: BenefitOutcome, benefit: Benefit) -> String {
    if let amount = outcome.amount { return explainer.amount(amount) }
    if let points = outcome.points { return explainer.text.points(points) }
    return "·"
  }
}

/// Where a scroll button goes, for a list whose window follows its selected item (the panel's
/// entries, a question's rows): ▼ selects the item that ends the next page, ▲ the item just
/// above the window, so the window moves by a page and no line is skipped.
struct ScrollTargets {
  var up: Int?
  var down: Int?

  /// `lines`: the item of each line (nil for a heading or a blank line); the window shows
  /// `available` lines from `start`.
  init(lines: [Int?], start: Int, available: Int) {
    up = start > 0 ? lines[..<min(start, lines.count)].last(where: { $0 != nil }) ?? nil : nil
    let end = start + available
    guard end < lines.count else { return }
    let limit = min(lines.count, end + available)
    var lastLine: [Int: Int] = [:]
    for (index, item) in lines.enumerated() { if let item { lastLine[item] = index } }
    // The item with the latest last line inside the next page; else the first one below.
    down =
      lastLine.filter { $0.value >= end && $0.value < limit }.max { $0.value < $1.value }?.key
      ?? lines[end...].first(where: { $0 != nil }) ?? nil
  }
}
