/// The result object of `evaluate --format json` (what `batch` rows and `POST /v1/evaluate`
/// carry too, and `compare` and a saved case for each result), written straight from an
/// `EvaluationResult` into bytes — the one writer of the result — with the same bytes as
/// JSONEncoder's `foundationJSON()` of `EvaluationReport` (ResultJSONFastWriterTests),
/// without building the report's Strings, arrays and dictionaries first (issue 19: that was
/// most of a request's time). What depends only on the catalog — each benefit's policy,
/// article, id, title, status, kind, citation and reference, the facts' names, the certainty
/// words — is escaped once, when the writer is made; the sentences that depend on the profile
/// (why it matches, the amount in words, the working, notes, what a near miss lacks, the totals'
/// lines) are the Explainer's, as in every other output.
///
/// Keys are written in JSONEncoder's sorted order, one function per object of the format
/// (`EvaluationReport` describes each field): a new field is one `plainKey` and its value, in
/// its place, here and in `EvaluationReport` (ResultJSONFastWriterTests compares the two).
public struct ResultJSONWriter: Sendable {
  public let explainer: Explainer
  public var language: Language { explainer.language }

  /// What a result says about one benefit that comes from the catalog alone. A class, so that
  /// the writer's loop takes one reference to it, not a copy of each of its texts.
  final class BenefitText: Sendable {
    let policy: JSONText.Quoted
    let article: Int
    let benefit: JSONText.Quoted
    let title: JSONText.Quoted
    let status: JSONText.Quoted
    let kind: JSONText.Quoted
    let citation: JSONText.Quoted
    /// The citation as the Explainer's sentences begin with it (`because`).
    let citationText: String
    /// `policy/article/benefit`, as alternatives name their members.
    let reference: JSONText.Quoted
    /// Paid per item of a list: its entry carries `items`.
    let paidPerItem: Bool

    init(_ location: BenefitLocation, explainer: Explainer) {
      let catalog = explainer.catalog
      let document = catalog.documents[location.document]
      let article = document.articles[location.article]
      let benefit = article.benefits[location.benefit]
      let citation = explainer.citation(location)
      policy = JSONText.Quoted(document.id)
      self.article = article.number
      self.benefit = JSONText.Quoted(benefit.id)
      title = JSONText.Quoted(explainer.title(location))
      status = JSONText.Quoted(document.status.rawValue)
      kind = JSONText.Quoted(benefit.kind.rawValue)
      self.citation = JSONText.Quoted(citation)
      citationText = citation
      reference = JSONText.Quoted("\(document.id)/\(article.number)/\(benefit.id)")
      paidPerItem = benefit.paidPerItemOf != nil
    }
  }

  /// Every benefit's text in catalog order (`benefitIndex` finds a location's), or empty for a
  /// writer made to write one result (`prepared: false`), which makes each as it needs it.
  let benefits: [BenefitText]
  /// The index in `benefits` of each document's first article's first benefit, by article
  /// counted over all documents (`firstArticle[document] + article`).
  private let firstBenefit: [Int]
  private let firstArticle: [Int]
  /// `catalog.facts[id].name`, quoted.
  let factNames: [JSONText.Quoted]
  /// By `Certainty.ordinal`: the raw value and its label in the writer's language.
  private let certaintyNames: [JSONText.Quoted]
  private let certaintyTexts: [JSONText.Quoted]
  private let catalogVersion: JSONText.Quoted
  /// The categories in the order of their names, as JSONEncoder sorts `byCertainty`'s keys.
  private static let certaintiesByName = Certainty.allCases.sorted { $0.rawValue < $1.rawValue }

  /// `prepared`: escape every benefit's text now, for a writer that writes many results (the
  /// server, `batch`); a single `evaluate` makes only the few its result names (a cold start
  /// pays for every benefit otherwise).
  public init(catalog: Catalog, language: Language, prepared: Bool = true) {
    self.init(explainer: Explainer(catalog: catalog, language: language), prepared: prepared)
  }

  public init(explainer: Explainer, prepared: Bool = true) {
    self.explainer = explainer
    let catalog = explainer.catalog
    var firstBenefit: [Int] = []
    var firstArticle: [Int] = []
    var count = 0
    for document in catalog.documents {
      firstArticle.append(firstBenefit.count)
      for article in document.articles {
        firstBenefit.append(count)
        count += article.benefits.count
      }
    }
    self.firstBenefit = firstBenefit
    self.firstArticle = firstArticle
    benefits = prepared ? catalog.benefits.map { BenefitText($0, explainer: explainer) } : []
    factNames = catalog.facts.map { JSONText.Quoted($0.name) }
    let certainties = Certainty.allCases.sorted { $0.ordinal < $1.ordinal }
    certaintyNames = certainties.map { JSONText.Quoted($0.rawValue) }
    certaintyTexts = certainties.map { JSONText.Quoted(explainer.text.certaintyLabel($0)) }
    catalogVersion = JSONText.Quoted(catalog.version)
  }

  func benefitIndex(_ location: BenefitLocation) -> Int {
    firstBenefit[firstArticle[location.document] + location.article] + location.benefit
  }

  /// The benefit's text: from the table, or made now by a writer that has none.
  func text(_ location: BenefitLocation) -> BenefitText {
    benefits.isEmpty
      ? BenefitText(location, explainer: explainer) : benefits[benefitIndex(location)]
  }

  /// The result as `evaluate --format json` prints it (before `jsonForTerminal`).
  public func json(_ result: EvaluationResult, profile: Profile, openQuestions: [FactID]?)
    -> String
  {
    var out = JSONText(capacity: 16_384)
    write(result, profile: profile, openQuestions: openQuestions, to: &out)
    return out.text
  }

  /// Writes the result as one JSON object (pretty-printed or compact, as `out` is).
  public func write(
    _ result: EvaluationResult, profile: Profile, openQuestions: [FactID]?,
    to out: inout JSONText
  ) {
    out.beginObject()
    out.plainKey("alternatives")
    out.arrayValue()
    for set in result.alternatives {
      out.objectValue()
      out.plainKey("draftDecides")
      out.bool(set.draftDecides)
      out.plainKey("item")
      out.int(set.item)
      out.plainKey("max")
      out.yuan(set.max.map(Yuan.init))
      out.plainKey("members")
      out.arrayValue()
      for member in set.members { out.string(text(member).reference) }
      out.endArray()
      out.plainKey("min")
      out.yuan(Yuan(set.min))
      out.endObject()
    }
    out.endArray()
    out.plainKey("asOf")
    out.string(result.asOf.description)
    out.plainKey("catalogVersion")
    out.string(catalogVersion)
    out.plainKey("general")
    writeEntries(result.general, possible: false, result: result, profile: profile, to: &out)
    out.plainKey("matches")
    writeEntries(result.matches, possible: false, result: result, profile: profile, to: &out)
    out.plainKey("nearMisses")
    out.arrayValue()
    for miss in result.nearMisses { writeNearMiss(miss, to: &out) }
    out.endArray()
    if let openQuestions {
      out.plainKey("openQuestions")
      writeFactNames(openQuestions, to: &out)
    }
    out.plainKey("possible")
    writeEntries(result.possible, possible: true, result: result, profile: profile, to: &out)
    out.plainKey("resultFormat")
    out.int(EvaluationReport.format)
    out.plainKey("totals")
    writeTotals(result, to: &out)
    out.endObject()
  }

  // MARK: The objects of the format

  /// `EvaluationReport.Entry`s: matches, possible benefits (with `dependsOn`), general support.
  private func writeEntries(
    _ outcomes: [BenefitOutcome], possible: Bool, result: EvaluationResult, profile: Profile,
    to out: inout JSONText
  ) {
    out.arrayValue()
    for index in outcomes.indices {
      writeEntry(outcomes[index], possible: possible, result: result, profile: profile, to: &out)
    }
    out.endArray()
  }

  private func writeEntry(
    _ outcome: BenefitOutcome, possible: Bool, result: EvaluationResult, profile: Profile,
    to out: inout JSONText
  ) {
    let benefit = text(outcome.location)
    out.objectValue()
    out.plainKey("amount")
    if let amount = outcome.amount {
      writeAmount(amount, to: &out)
      out.plainKey("amountText")
      out.string(explainer.amount(amount))
    } else {
      out.null()
    }
    out.plainKey("article")
    out.int(benefit.article)
    out.plainKey("because")
    out.beginString()
    explainer.because(outcome, profile: profile, citation: benefit.citationText, to: &out)
    out.endString()
    out.plainKey("benefit")
    out.string(benefit.benefit)
    out.plainKey("certainty")
    if let certainty = outcome.certainty {
      out.string(certaintyNames[certainty.ordinal])
      out.plainKey("certaintyText")
      out.string(certaintyTexts[certainty.ordinal])
    } else {
      out.null()
    }
    out.plainKey("citation")
    out.string(benefit.citation)
    if let computation = outcome.computation {
      out.plainKey("computation")
      out.beginString()
      explainer.computation(computation, to: &out)
      out.endString()
    }
    if possible {
      out.plainKey("dependsOn")
      writeFactNames(outcome.dependsOn, to: &out)
    }
    if benefit.paidPerItem {
      out.plainKey("items")
      out.arrayValue()
      for item in outcome.items { out.int(item) }
      out.endArray()
    }
    out.plainKey("kind")
    out.string(benefit.kind)
    let notes = explainer.stackingNotes(outcome, in: result, profile: profile)
    if !notes.isEmpty {
      out.plainKey("notes")
      out.arrayValue()
      for note in notes { out.string(note) }
      out.endArray()
    }
    out.plainKey("points")
    out.int(outcome.points)
    out.plainKey("policy")
    out.string(benefit.policy)
    out.plainKey("stackedOut")
    if let stackedOut = outcome.stackedOut {
      out.string(explainer.stacking(stackedOut))
    } else {
      out.null()
    }
    out.plainKey("status")
    out.string(benefit.status)
    out.plainKey("title")
    out.string(benefit.title)
    out.endObject()
  }

  /// `EvaluationReport.NearMissEntry`.
  private func writeNearMiss(_ miss: NearMiss, to out: inout JSONText) {
    let benefit = text(miss.location)
    out.objectValue()
    if let amount = miss.amountAtThreshold {
      out.plainKey("amount")
      writeAmount(amount, to: &out)
    }
    out.plainKey("article")
    out.int(benefit.article)
    out.plainKey("benefit")
    out.string(benefit.benefit)
    out.plainKey("citation")
    out.string(benefit.citation)
    out.plainKey("missing")
    out.string(explainer.missing(miss))
    if let points = miss.pointsAtThreshold {
      out.plainKey("points")
      out.int(points)
    }
    out.plainKey("policy")
    out.string(benefit.policy)
    out.plainKey("title")
    out.string(benefit.title)
    if miss.gap == nil {
      out.plainKey("unanswered")
      out.arrayValue()
      for path in miss.unanswered { out.string(explainer.catalog.questionKey(path)) }
      out.endArray()
    }
    out.endObject()
  }

  /// `EvaluationReport.TotalsEntry`.
  private func writeTotals(_ result: EvaluationResult, to out: inout JSONText) {
    let totals = result.totals
    out.objectValue()
    out.plainKey("byCertainty")
    out.objectValue()
    for certainty in Self.certaintiesByName {
      guard let range = totals.byCertainty[certainty] else { continue }
      out.key(certainty.rawValue)
      out.objectValue()
      out.plainKey("max")
      out.yuan(range.max.map(Yuan.init))
      out.plainKey("min")
      out.yuan(Yuan(range.min))
      out.endObject()
    }
    out.endObject()
    out.plainKey("lines")
    out.arrayValue()
    for line in explainer.totalsLines(result) {
      out.objectValue()
      out.plainKey("label")
      out.string(line.label)
      out.plainKey("value")
      out.string(line.value)
      out.endObject()
    }
    out.endArray()
    out.plainKey("max")
    out.yuan(totals.max.map(Yuan.init))
    out.plainKey("min")
    out.yuan(Yuan(totals.min))
    out.plainKey("possibleOpenPerItem")
    out.bool(totals.possibleOpenPerItem)
    out.endObject()
  }

  /// `EvaluationReport.Amount`.
  private func writeAmount(_ amount: AmountRange, to out: inout JSONText) {
    out.objectValue()
    out.plainKey("max")
    out.yuan(amount.max.map(Yuan.init))
    out.plainKey("min")
    out.yuan(Yuan(amount.min))
    out.plainKey("per")
    out.string(amount.per.rawValue)
    out.plainKey("years")
    out.int(amount.years)
    out.plainKey("yearsAtMost")
    out.bool(amount.yearsAtMost)
    out.endObject()
  }

  private func writeFactNames(_ facts: [FactID], to out: inout JSONText) {
    out.arrayValue()
    for fact in facts { out.string(factNames[fact]) }
    out.endArray()
  }
}
