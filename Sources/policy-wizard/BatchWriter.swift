import PolicyEngine

/// One output line per row, each a rendering of the row's `EvaluationReport` — the result
/// `evaluate --format json` prints for the same profile:
///
/// - JSON Lines: `{"row", "line", "enterpriseName", "city", "result"}` where `result` is written
///   by `ResultJSONWriter`, the writer of `evaluate`'s JSON (one writer; compact);
///   a row that cannot be read has `error` instead of `city` and `result`.
/// - CSV: the totals (`min`, `max`, each certainty's `…Min`/`…Max`) as the result's numbers in
///   yuan (`open` for an open maximum), `totals` as the result's total lines with their words,
///   and one column per benefit with a stated sum holding that benefit's certainty word and
///   amount as the result words them (`确定：500万元`), for every benefit paid or possible.
///
/// Every text goes out with nothing a terminal obeys: JSON through `jsonForTerminal` (the same
/// document, escaped), CSV cells through `visiblySafe`.
struct BatchWriter: Sendable {
  let format: BatchCommand.Format
  let catalog: Catalog
  let comparing: Bool
  let wording: EngineText
  /// The benefits with a stated sum, in catalog order: the CSV's benefit columns.
  let columns: [BenefitLocation]
  /// A column by the `policy/article/benefit` the result names a benefit by.
  let columnIndex: [String: Int]

  init(format: BatchCommand.Format, catalog: Catalog, comparing: Bool, language: Language) {
    self.format = format
    self.catalog = catalog
    self.comparing = comparing
    self.wording = EngineText.of(language)
    let columns = catalog.benefits.filter {
      catalog[$0].amount != nil && catalog[$0].kind != .reform
    }
    self.columns = columns
    var index: [String: Int] = [:]
    for (position, location) in columns.enumerated() {
      index[Self.reference(location, in: catalog)] = position
    }
    columnIndex = index
  }

  static func reference(_ location: BenefitLocation, in catalog: Catalog) -> String {
    "\(catalog.documents[location.document].id)/\(catalog.article(of: location).number)/\(catalog[location].id)"
  }

  func header() -> String {
    guard format == .csv else { return "" }
    var cells = ["row", "line", "enterpriseName", "city", "error", "min", "max"]
    for certainty in Certainty.allCases {
      cells += ["\(certainty.rawValue)Min", "\(certainty.rawValue)Max"]
    }
    cells.append("totals")
    if comparing { cells += ["comparedMin", "comparedMax", "differenceMin", "differenceMax"] }
    cells += columns.map { Self.reference($0, in: catalog) }
    return cells.map(CSV.cell).joined(separator: ",") + "\n"
  }

  /// A sum as the JSON writes it (yuan, exact), `open` for an open maximum.
  static func yuan(_ value: Yuan?) -> String {
    guard let value else { return "open" }
    var text = JSONText(capacity: 24, compact: true)
    text.yuan(value)
    return text.text
  }

  func line(_ result: BatchRowResult) -> String {
    switch format {
    case .jsonl: return jsonForTerminal(jsonLine(result)) + "\n"
    case .csv: return csvLine(result)
    }
  }

  /// One row's cells, the benefit columns after the fixed ones.
  private func csvLine(_ result: BatchRowResult) -> String {
    var cells = ["\(result.number)", "\(result.line)", result.name ?? ""]
    guard case .success(let outcome) = result.outcome, result.failure == nil else {
      cells += ["", result.failure?.description ?? ""]
      return cells.map { CSV.cell($0.visiblySafe) }.joined(separator: ",") + "\n"
    }
    let report = outcome.report
    let totals = report.totals
    cells += [outcome.city ?? "", "", Self.yuan(totals.min), Self.yuan(totals.max)]
    for certainty in Certainty.allCases {
      if let range = totals.byCertainty[certainty.rawValue] {
        cells += [Self.yuan(range.min), Self.yuan(range.max)]
      } else {
        cells += ["", ""]
      }
    }
    cells.append(totals.lines.map { wording.labelled($0.label, $0.value) }.joined(separator: "; "))
    if comparing, case .success(let compared)? = result.compared {
      let difference = BatchComparison.MoneyDifference.of(outcome.totals, compared.totals)
      let comparedTotals = compared.report.totals
      cells += [
        Self.yuan(comparedTotals.min), Self.yuan(comparedTotals.max),
        Self.yuan(Yuan(Money(fen: difference.min))),
        Self.yuan(difference.max.map { Yuan(Money(fen: $0)) }),
      ]
    }
    var benefits = [String](repeating: "", count: columns.count)
    for entry in report.matches + report.possible
    where entry.stackedOut == nil {
      guard let amountText = entry.amountText,
        let column = columnIndex["\(entry.policy)/\(entry.article)/\(entry.benefit)"]
      else { continue }
      let cell = entry.certaintyText.map { wording.labelled($0, amountText) } ?? amountText
      benefits[column] += (benefits[column].isEmpty ? "" : "; ") + cell
    }
    cells += benefits
    return cells.map { CSV.cell($0.visiblySafe) }.joined(separator: ",") + "\n"
  }

  private func jsonLine(_ result: BatchRowResult) -> String {
    var out = JSONText(capacity: 8192, compact: true)
    out.beginObject()
    out.key("row")
    out.int(result.number)
    out.key("line")
    out.int(result.line)
    if let name = result.name {
      out.key("enterpriseName")
      out.string(name)
    }
    if let failure = result.failure {
      out.key("error")
      out.string(failure.description)
      out.endObject()
      return out.text
    }
    if case .success(let outcome) = result.outcome {
      out.key("city")
      out.string(outcome.city)
      out.key("result")
      outcome.writeResult(to: &out)
    }
    if case .success(let compared)? = result.compared, case .success(let outcome) = result.outcome {
      out.key("compared")
      compared.writeResult(to: &out)
      let difference = BatchComparison.MoneyDifference.of(outcome.totals, compared.totals)
      out.key("difference")
      out.objectValue()
      out.key("min")
      out.yuan(Yuan(Money(fen: difference.min)))
      out.key("max")
      out.yuan(difference.max.map { Yuan(Money(fen: $0)) })
      out.endObject()
    }
    out.endObject()
    return out.text
  }
}
