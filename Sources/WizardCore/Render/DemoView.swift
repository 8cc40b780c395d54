import PolicyEngine
import ScreenKit

/// The demo's hold screen: what the same answers get in each city, benefit by benefit.
extension WizardRenderer {
  mutating func drawDemoComparison(in rect: Rect) {
    let comparison = CityComparison(catalog: state.catalog)
    let rows = comparison.rows(state.profile, today: state.today)
    guard let city = state.catalog.fact(named: "city"), case .enumeration(let cities) = city.type,
      !rows.isEmpty
    else { return }
    var y = rect.y
    frame.screen.put(strings.compareTitle, x: rect.x, y: y, style: theme.heading)
    y += 2
    // One row per benefit paid in any city, a column per city, amounts right-aligned.
    var benefits: [BenefitLocation] = []
    for row in rows {
      for outcome in row.result.matches
      where outcome.amount != nil && outcome.stackedOut == nil
        && !benefits.contains(outcome.location)
      {
        benefits.append(outcome.location)
      }
    }
    let columnWidth = max(10, min(16, (rect.width - 20) / rows.count))
    let labelWidth = rect.width - columnWidth * rows.count
    func putRight(_ text: String, column: Int, y: Int, style: Style) {
      let shown = text.truncated(toWidth: columnWidth - 1)
      let x = rect.x + labelWidth + column * columnWidth + columnWidth - shown.displayWidth
      frame.screen.put(shown, x: x, y: y, style: style)
    }
    let current = state.profile[city.id]
    for (column, row) in rows.enumerated() {
      let style = current == .choice(row.city) ? theme.money : theme.heading
      putRight(cities.label(row.city, in: language), column: column, y: y, style: style)
    }
    y += 1
    let footerLines = 4
    for location in benefits where y < rect.maxY - footerLines - 1 {
      frame.screen.put(
        state.catalog[location].title(in: language).truncated(toWidth: labelWidth - 1), x: rect.x,
        y: y,
        style: theme.text)
      for (column, row) in rows.enumerated() {
        let outcome = row.result.matches.first {
          $0.location == location && $0.stackedOut == nil
        }
        putRight(
          outcome?.amount.map(shortAmount) ?? "—", column: column, y: y,
          style: outcome == nil ? theme.dim : theme.text)
      }
      y += 1
    }
    frame.screen.put(strings.total, x: rect.x, y: y, style: theme.heading)
    for (column, row) in rows.enumerated() {
      let totals = row.result.totals
      putRight(
        explainer.sum(MoneyRange(min: totals.min, max: totals.max)), column: column, y: y,
        style: theme.money)
    }
    y += 2
    // What the other cities would also ask, for the same enterprise.
    var open = state.profile
    for fact in state.catalog.facts.indices
    where fact != city.id && state.profile[fact] == nil {
      open.setUnknown(fact, true)
    }
    for row in rows where current != .choice(row.city) && y < rect.maxY {
      var variant = open
      variant[city.id] = .choice(row.city)
      let asked = comparison.evaluator.relevantFacts(variant, today: state.today)
        .filter { state.profile[$0] == nil && $0 != city.id }.sorted()
      guard !asked.isEmpty else { continue }
      let labels = asked.map { state.catalog.facts[$0].label(in: language) }
        .joined(separator: explainer.text.listSeparator)
      frame.screen.put(
        strings.otherCityAsks(cities.label(row.city, in: language)) + labels, x: rect.x, y: y,
        style: theme.dim, maxWidth: rect.width)
      y += 1
    }
  }
}
