import PolicyEngine
import Reports
import ScreenKit

/// The demo's hold screen: what the same answers get in each city, benefit by benefit.
extension WizardRenderer {
  mutating func drawDemoComparison(in rect: Rect) {
    let comparison = CityComparison(catalog: state.catalog)
    let rows = comparison.rows(state.profile, today: state.today)
    guard let city = state.catalog.fact(named: "city"), case .enumeration(let cities) = city.type,
      !rows.isEmpty
    else { return }
    frame.resultAreas.append(rect)
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
    let current = state.profile[city.id]
    func amountCell(_ location: BenefitLocation, _ row: CityComparison.Row) -> String {
      let outcome = row.result.matches.first { $0.location == location && $0.stackedOut == nil }
      return outcome?.amount.map(explainer.amount) ?? "—"
    }
    func totalCell(_ row: CityComparison.Row) -> String {
      explainer.sum(MoneyRange(min: row.result.totals.min, max: row.result.totals.max))
    }
    // Columns as wide as their widest amount, so that none is cut; when a table that wide does
    // not fit, the same figures are listed city by city instead.
    let cells = rows.map { row in
      [cities.label(row.city, in: language), totalCell(row)]
        + benefits.map { amountCell($0, row) }
    }
    let columnWidth = (cells.flatMap { $0 }.map(\.displayWidth).max() ?? 0) + 1
    let labelWidth = rect.width - columnWidth * rows.count
    let footerLines = 4
    guard labelWidth >= 12 else {
      for row in rows where y < rect.maxY - footerLines {
        let style = current == .choice(row.city) ? theme.money : theme.heading
        let heading =
          cities.label(row.city, in: language) + strings.gap
          + explainer.text.labelled(strings.total, totalCell(row))
        for line in heading.wrappedKeepingAmounts(toWidth: rect.width, language: language)
        where y < rect.maxY - footerLines {
          frame.screen.put(line, x: rect.x, y: y, style: style)
          y += 1
        }
        for location in benefits where y < rect.maxY - footerLines - 1 {
          let outcome = row.result.matches.first {
            $0.location == location && $0.stackedOut == nil
          }
          guard let amount = outcome?.amount else { continue }
          for (text, style) in headline(
            explainer.amount(amount), state.catalog[location].title(in: language),
            style: theme.text, width: rect.width - 2)
          where y < rect.maxY - footerLines - 1 {
            frame.screen.put(text, x: rect.x + 2, y: y, style: style)
            y += 1
          }
        }
      }
      y += 1
      drawOtherCitiesAsk(rows: rows, city: city, cities: cities, in: rect, from: y)
      return
    }
    func putRight(_ text: String, column: Int, y: Int, style: Style) {
      let x = rect.x + labelWidth + column * columnWidth + columnWidth - text.displayWidth
      frame.screen.put(text, x: x, y: y, style: style)
    }
    for (column, row) in rows.enumerated() {
      let style = current == .choice(row.city) ? theme.money : theme.heading
      putRight(cities.label(row.city, in: language), column: column, y: y, style: style)
    }
    y += 1
    for location in benefits where y < rect.maxY - footerLines - 1 {
      frame.screen.put(
        state.catalog[location].title(in: language).truncatedKeepingAmounts(
          toWidth: labelWidth - 1, language: language), x: rect.x,
        y: y,
        style: theme.text)
      for (column, row) in rows.enumerated() {
        let text = amountCell(location, row)
        putRight(text, column: column, y: y, style: text == "—" ? theme.dim : theme.text)
      }
      y += 1
    }
    frame.screen.put(strings.total, x: rect.x, y: y, style: theme.heading)
    for (column, row) in rows.enumerated() {
      putRight(totalCell(row), column: column, y: y, style: theme.money)
    }
    y += 2
    drawOtherCitiesAsk(rows: rows, city: city, cities: cities, in: rect, from: y)
  }

  /// What the other cities would also ask, for the same enterprise.
  private mutating func drawOtherCitiesAsk(
    rows: [CityComparison.Row], city: FactDefinition, cities: EnumValues, in rect: Rect,
    from top: Int
  ) {
    var y = top
    let comparison = CityComparison(catalog: state.catalog)
    let current = state.profile[city.id]
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
