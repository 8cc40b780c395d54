import PolicyEngine
import Reports
import ScreenKit
import Testing
import WizardCore

/// The rule every drawn result keeps: in each area of a frame that shows a result
/// (`Frame.resultAreas`: the panel, the summary, a comparison of cities), every amount of money
/// is whole and is a figure of the result shown.
///
/// - A *money token* is the engine's one wording of a sum as `AmountToken` defines it: in
///   Chinese a number with `元` (optionally `万元`/`亿元`); in English `CNY ` and a number, or the
///   number after a range's dash. Each token must be well formed (grouped by thousands, no
///   finer than a fen) — a cut `56,950,00` is not — and its value must be a figure of the
///   result: any `Money` or fen count in the evaluation result or the answers (read by
///   reflection, so a new field is covered without being listed), the demo's last change, the
///   results of a comparison of cities on screen, or a sum a shown benefit's title states.
/// - No number in those areas is followed by `…` or stops at the area's right edge with more
///   digits or a unit to come: such a number was cut, whether or not it still looks like money.
func expectWholeAmounts(
  _ frame: Frame, state: WizardState, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard !frame.resultAreas.isEmpty else { return }
  let figures = shownFigures(state)
  for area in frame.resultAreas {
    let area = area.intersection(frame.screen.bounds)
    guard !area.isEmpty else { continue }
    for y in area.y..<area.maxY {
      var text = ""
      for x in area.x..<area.maxX where !frame.screen[x, y].isContinuation {
        text += frame.screen[x, y].symbol
      }
      for token in AmountToken.all(in: text, language: state.language) {
        let shown = text[token.range]
        guard let fen = token.fen else {
          Issue.record(
            "row \(y): “\(shown)” is not a whole amount:\n\(text)", sourceLocation: sourceLocation)
          continue
        }
        if !figures.contains(fen) {
          Issue.record(
            "row \(y): “\(shown)” (\(fen) fen) is no figure of the result shown:\n\(text)",
            sourceLocation: sourceLocation)
        }
      }
      if let cut = text.firstRange(of: #/[0-9][,.]?…/#) {
        Issue.record(
          "row \(y): a number cut at “\(text[cut])”:\n\(text)", sourceLocation: sourceLocation)
      }
      // A Chinese amount ends in 元: a digit in the area's last column lost the rest.
      if state.language == .chinese, frame.screen[area.maxX - 1, y].symbol.first?.isNumber == true {
        Issue.record(
          "row \(y): a number runs into the edge of the result:\n\(text)",
          sourceLocation: sourceLocation)
      }
    }
  }
}

/// Every figure the screen may show for `state`, in fen.
private func shownFigures(_ state: WizardState) -> Set<Int64> {
  var figures: Set<Int64> = [state.panel.lastChange.fen, -state.panel.lastChange.fen]
  var results = [state.result]
  if state.modal == .compare || (state.currentFact == nil && state.demo != nil) {
    results += CityComparison(catalog: state.catalog).rows(state.profile, today: state.today)
      .map(\.result)
  }
  collectFigures(state.profile, into: &figures)
  for result in results {
    collectFigures(result, into: &figures)
    let shown =
      (result.matches + result.possible + result.general).map(\.location)
      + result.nearMisses.map(\.location)
    for location in shown {
      let title = state.catalog[location].title(in: state.language)
      for token in AmountToken.all(in: title, language: state.language) {
        if let fen = token.fen { figures.insert(fen) }
      }
    }
  }
  return figures
}

/// Each `Money` inside `value`, however deep, and — where `numbers` says the plain numbers are
/// sums in fen (a threshold's gap, the answers) — each `Int64` too.
private func collectFigures(_ value: Any, numbers: Bool = false, into figures: inout Set<Int64>) {
  switch value {
  case let money as Money:
    figures.insert(money.fen)
    return
  case let number as Int64:
    if numbers { figures.insert(number) }
    return
  case let totals as CertaintyTotals:
    // Stored inline, out of reflection's sight: read as the sequence it is.
    for element in totals { collectFigures(element, into: &figures) }
    return
  case let gap as ThresholdGap:
    for target in [gap.threshold, gap.current, gap.shortfall, gap.target] {
      figures.insert(target)
    }
    return
  case let profile as Profile:
    for child in Mirror(reflecting: profile).children {
      collectFigures(child.value, numbers: true, into: &figures)
    }
    return
  case is String, is Int, is Bool:
    return
  default:
    break
  }
  for child in Mirror(reflecting: value).children {
    collectFigures(child.value, numbers: numbers, into: &figures)
  }
}
