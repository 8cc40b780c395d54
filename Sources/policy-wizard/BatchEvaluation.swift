import PolicyEngine

/// What a batch keeps of one evaluation: `evaluate`'s whole JSON result (what every output
/// format renders), and for the summary the totals and each benefit that pays, after 就高.
struct BatchOutcome: Sendable {
  struct Paid: Sendable {
    var location: BenefitLocation
    var certainty: Certainty?
    /// One payment.
    var amount: AmountRange
    /// The whole term (what the totals count).
    var term: MoneyRange
  }

  var city: String?
  var result: EvaluationResult
  var profile: Profile
  var openQuestions: [FactID]
  /// The writer of `evaluate --format json`'s result, for the catalog the row was evaluated
  /// under.
  var writer: ResultJSONWriter
  var totals: Totals { result.totals }
  var paid: [Paid]

  /// The result `evaluate --format json` prints for the same profile, written by the same
  /// writer (compact in JSON Lines).
  func writeResult(to out: inout JSONText) {
    writer.write(result, profile: profile, openQuestions: openQuestions, to: &out)
  }

  /// The same result as a report, whose fields the CSV's cells are.
  var report: EvaluationReport {
    EvaluationReport(
      result: result, profile: profile, explainer: writer.explainer,
      openQuestions: openQuestions)
  }
}

/// One row's result under the default catalog and, with `--compare-data`, under the other one.
struct BatchRowResult: Sendable {
  var number: Int
  var line: Int
  var name: String?
  var outcome: Result<BatchOutcome, BatchRowProblem>
  var compared: Result<BatchOutcome, BatchRowProblem>?
  /// The row's output line, written by the worker that evaluated it.
  var text = ""

  var failure: BatchRowProblem? {
    if case .failure(let problem) = outcome { return problem }
    if case .failure(let problem)? = compared { return problem }
    return nil
  }
}

/// A catalog and what evaluates against it, built once per run and shared by every worker.
struct BatchEngine: Sendable {
  let catalog: Catalog
  let evaluator: Evaluator
  let decoder: ProfileDecoder
  let cityFact: FactID?
  /// The result's writer, whose words follow `evaluate`'s rule for JSON (`--lang`, else
  /// Chinese); the catalog's texts escaped once per run.
  let writer: ResultJSONWriter

  init(catalog: Catalog, language: Language) {
    self.catalog = catalog
    self.evaluator = Evaluator(catalog: catalog)
    self.writer = ResultJSONWriter(catalog: catalog, language: language)
    self.decoder = ProfileDecoder(catalog: catalog)
    self.cityFact = catalog.fact(named: "city")?.id
  }

  func evaluate(_ node: DataNode, options: BatchOptions) -> Result<BatchOutcome, BatchRowProblem> {
    var profile: Profile
    do {
      profile = try decoder.decode(node)
    } catch {
      return .failure(BatchRowProblem(field: error.field, message: error.message))
    }
    if let asOf = options.asOf { profile.asOf = asOf }
    if options.noDrafts { profile.includeDrafts = false }
    let result = evaluator.evaluate(profile, today: options.today)
    var paid: [BatchOutcome.Paid] = []
    paid.reserveCapacity(result.matches.count)
    for match in result.matches where match.stackedOut == nil {
      guard let amount = match.amount else { continue }
      paid.append(
        BatchOutcome.Paid(
          location: match.location, certainty: match.certainty, amount: amount, term: amount.term))
    }
    var city: String? = nil
    if let cityFact, case .choice(let index)? = profile[cityFact],
      case .enumeration(let values) = catalog.facts[cityFact].type
    {
      city = values.names[index]
    }
    return .success(
      BatchOutcome(
        city: city, result: result, profile: profile,
        openQuestions: evaluator.openQuestions(profile, today: options.today), writer: writer,
        paid: paid))
  }
}

/// The options every row is evaluated with.
struct BatchOptions: Sendable {
  var today: CalendarDay
  var asOf: CalendarDay?
  var noDrafts: Bool
}
