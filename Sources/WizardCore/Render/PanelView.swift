import PolicyEngine
import ScreenKit

/// The live panel: totals, matched benefits with amount and article, possible ones, support
/// without a stated sum, and what is within reach.
extension WizardRenderer {
  mutating func drawPanel(in rect: Rect, twoColumns: Bool = false) {
    var y = rect.y
    frame.screen.put(
      strings.panelTitle, x: rect.x, y: y, style: theme.heading, maxWidth: rect.width)
    y += 1
    // The totals by certainty, in the words every output uses.
    for (index, line) in explainer.totalsLines(state.result).enumerated() {
      var value = line.value
      // The demo shows what the last answer added: "+300万元" beside the total.
      if index == 0, case .demo = state.mode, state.panel.lastChange.fen != 0 {
        let change = state.panel.lastChange
        value +=
          "  " + (change.fen > 0 ? "+" : "−") + explainer.text.money(Money(fen: abs(change.fen)))
      }
      y = labelled(
        explainer.text.labelled(line.label, ""), value, x: rect.x, y: y, width: rect.width)
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
    let available = max(1, rect.maxY - y)
    let selection = state.panelSelection
    let last = lines.lastIndex(where: { $0.entry == selection }) ?? 0
    let first = lines.firstIndex(where: { $0.entry == selection }) ?? 0
    var start = 0
    if last >= available { start = min(first, last - available + 1) }
    if start > 0, first > 0, lines[first - 1].entry == nil { start = min(start, first - 1) }
    for line in lines.dropFirst(start).prefix(available) {
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
    if start + available < lines.count {
      frame.screen.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: theme.dim)
    }
    if start > 0 {
      frame.screen.put("↑", x: rect.maxX - 1, y: rect.maxY - available, style: theme.dim)
    }
  }

  private mutating func labelled(_ label: String, _ value: String, x: Int, y: Int, width: Int)
    -> Int
  {
    let used = frame.screen.put(label, x: x, y: y, style: theme.text, maxWidth: width)
    frame.screen.put(value, x: x + used, y: y, style: theme.money, maxWidth: width - used)
    return y + 1
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
      } else if document.status == .draft {
        badges.append(strings.draftBadge)
      }
      let figure = self.figure(outcome, benefit: benefit)
      var style = theme.text
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
      return [
        ("\(figure) \(benefit.title(in: state.language))".truncated(toWidth: width), style),
        ("   " + badges.joined(separator: " · ").truncated(toWidth: width - 3), theme.dim),
      ]
    case .nearMiss(let index):
      if document.status == .draft { badges.append(strings.draftBadge) }
      let miss = state.result.nearMisses[index]
      let figure = miss.amountAtThreshold.map(shortAmount) ?? ""
      return [
        ("\(figure) \(benefit.title(in: state.language))".truncated(toWidth: width), theme.text),
        ("   " + explainer.missing(miss).truncated(toWidth: width - 3), theme.dim),
      ]
    }
  }

  func figure(_ outcome: BenefitOutcome, benefit: Benefit) -> String {
    if let amount = outcome.amount { return shortAmount(amount) }
    if let points = outcome.points { return explainer.text.points(points) }
    return "·"
  }

  /// The sum in the panel's short wording (`50万`, `每年40万×3年`; `CNY 500,000`).
  func shortAmount(_ amount: AmountRange) -> String { strings.panelAmount(amount, explainer) }
}
