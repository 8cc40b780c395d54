import PolicyEngine

/// One output line per row: a compact JSON object (JSON Lines), or a CSV record with the totals
/// per certainty category and one column per benefit that states a sum.
struct BatchWriter: Sendable {
  let format: BatchCommand.Format
  let catalog: Catalog
  let comparing: Bool
  /// The benefits with a stated sum, in catalog order: the CSV's benefit columns.
  let columns: [BenefitLocation]
  let columnIndex: [BenefitLocation: Int]

  init(format: BatchCommand.Format, catalog: Catalog, comparing: Bool) {
    self.format = format
    self.catalog = catalog
    self.comparing = comparing
    columns = catalog.benefits.filter { catalog[$0].amount != nil && catalog[$0].kind != .reform }
    columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
  }

  func reference(_ location: BenefitLocation) -> String {
    "\(catalog.documents[location.document].id)/\(catalog.article(of: location).number)/\(catalog[location].id)"
  }

  func header() -> String {
    guard format == .csv else { return "" }
    var cells = ["row", "line", "enterpriseName", "city", "error", "min", "max"]
    for certainty in Certainty.allCases {
      cells += ["\(certainty.rawValue)Min", "\(certainty.rawValue)Max"]
    }
    if comparing { cells += ["comparedMin", "comparedMax", "differenceMin", "differenceMax"] }
    cells += columns.map(reference)
    return cells.map(CSV.cell).joined(separator: ",") + "\n"
  }

  static func yuan(_ money: Money?) -> String { money.map(JSONText.yuanText) ?? "" }

  /// A term as one CSV cell: `500000`, `0-3000000`, or `2000000-` when open above.
  static func term(_ range: MoneyRange) -> String {
    if range.isExact { return yuan(range.min) }
    return yuan(range.min) + "-" + yuan(range.max)
  }

  func line(_ result: BatchRowResult) -> String {
    switch format {
    case .jsonl: return jsonLine(result)
    case .csv: return csvLine(result)
    }
  }

  private func csvLine(_ result: BatchRowResult) -> String {
    var cells = ["\(result.number)", "\(result.line)", result.name ?? ""]
    guard case .success(let outcome) = result.outcome, result.failure == nil else {
      cells += ["", result.failure?.description ?? ""]
      return cells.map(CSV.cell).joined(separator: ",") + "\n"
    }
    cells += [outcome.city ?? "", "", Self.yuan(outcome.totals.min), Self.yuan(outcome.totals.max)]
    for certainty in Certainty.allCases {
      if let range = outcome.totals.byCertainty[certainty] {
        cells += [Self.yuan(range.min), range.max.map(Self.yuan) ?? "open"]
      } else {
        cells += ["", ""]
      }
    }
    if comparing, case .success(let compared)? = result.compared {
      let difference = BatchComparison.MoneyDifference.of(outcome.totals, compared.totals)
      cells += [
        Self.yuan(compared.totals.min), Self.yuan(compared.totals.max),
        Self.yuan(Money(fen: difference.min)),
        difference.max.map { Self.yuan(Money(fen: $0)) } ?? "",
      ]
    }
    var benefits = [String](repeating: "", count: columns.count)
    for paid in outcome.paid {
      if let column = columnIndex[paid.location] { benefits[column] = Self.term(paid.term) }
    }
    cells += benefits
    return cells.map(CSV.cell).joined(separator: ",") + "\n"
  }

  private func jsonLine(_ result: BatchRowResult) -> String {
    var out = JSONText(capacity: 1024, compact: true)
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
      return out.text + "\n"
    }
    if case .success(let outcome) = result.outcome {
      out.key("city")
      out.string(outcome.city)
      write(outcome, to: &out)
    }
    if case .success(let compared)? = result.compared, case .success(let outcome) = result.outcome {
      out.key("compared")
      out.objectValue()
      write(compared, to: &out)
      out.endObject()
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
    return out.text + "\n"
  }

  private func write(_ outcome: BatchOutcome, to out: inout JSONText) {
    out.key("totals")
    out.objectValue()
    out.key("min")
    out.yuan(Yuan(outcome.totals.min))
    out.key("max")
    out.yuan(outcome.totals.max.map(Yuan.init))
    out.key("byCertainty")
    out.objectValue()
    for certainty in Certainty.allCases {
      guard let range = outcome.totals.byCertainty[certainty] else { continue }
      out.key(certainty.rawValue)
      out.objectValue()
      out.key("min")
      out.yuan(Yuan(range.min))
      out.key("max")
      out.yuan(range.max.map(Yuan.init))
      out.endObject()
    }
    out.endObject()
    out.endObject()
    out.key("benefits")
    out.arrayValue()
    for paid in outcome.paid {
      out.objectValue()
      out.key("benefit")
      out.string(reference(paid.location))
      out.key("certainty")
      out.string(paid.certainty?.rawValue)
      out.key("min")
      out.yuan(Yuan(paid.term.min))
      out.key("max")
      out.yuan(paid.term.max.map(Yuan.init))
      out.key("per")
      out.string(paid.amount.per.rawValue)
      out.endObject()
    }
    out.endArray()
  }
}
