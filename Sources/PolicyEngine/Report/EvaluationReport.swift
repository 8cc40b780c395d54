import Foundation

/// The `evaluate --format json` contract: names fixed, sums in yuan. Every field is described
/// once, in the schema `policy-wizard schema --output` prints (`EvaluationReport.jsonSchema`).
public struct EvaluationReport: Encodable, Sendable {
  /// Raised whenever a field is added, removed or changes its meaning. 2: `resultFormat`,
  /// `amount.yearsAtMost`, `alternatives[].draftDecides`, `totals.possibleOpenPerItem`; the
  /// lower bound counts nothing reserved (择优／一定条件).
  /// 3: `nearMisses[].points`; points carry `computation`, `items` and `certainty`.
  /// 4: `nearMisses[].unanswered`, a near miss of the unanswered kind (yes/no questions left out).
  public static let format = 4

  public struct Amount: Encodable, Sendable {
    public var min: Yuan
    public var max: Yuan?
    public var per: Periodicity
    public var years: Int?
    /// `years` is a ceiling (最多5年): from one year up to `years`, never `years` certain.
    public var yearsAtMost: Bool

    enum CodingKeys: String, CodingKey { case min, max, per, years, yearsAtMost }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(min, forKey: .min)
      try container.encode(max, forKey: .max)  // null for 不低于, explicitly
      try container.encode(per, forKey: .per)
      try container.encode(years, forKey: .years)
      try container.encode(yearsAtMost, forKey: .yearsAtMost)
    }
  }

  public struct Entry: Encodable, Sendable {
    public var policy: String
    public var article: Int
    public var benefit: String
    public var title: String
    public var status: DocumentStatus
    public var kind: BenefitKind
    public var citation: String
    public var amount: Amount?
    public var amountText: String?
    public var computation: String?
    public var points: Int64?
    public var because: String
    public var stackedOut: String?
    public var dependsOn: [String]?
    /// `certain`, `draft`, `upTo`, `atLeast`, `reserved`, `chooseHigher`, `possible`; null for
    /// support without a stated sum.
    public var certainty: Certainty?
    /// The label of `certainty`, as every output words it.
    public var certaintyText: String?
    /// For a benefit paid per list item: the positions (0-based) of the items it pays for.
    public var items: [Int]?
    /// Alternatives (取其高), items paid by another benefit, an open list (以申报通知为准).
    public var notes: [String]?

    enum CodingKeys: String, CodingKey {
      case policy, article, benefit, title, status, kind, citation, amount, amountText, computation,
        points
      case because, stackedOut, dependsOn, certainty, certaintyText, items, notes
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(policy, forKey: .policy)
      try container.encode(article, forKey: .article)
      try container.encode(benefit, forKey: .benefit)
      try container.encode(title, forKey: .title)
      try container.encode(status, forKey: .status)
      try container.encode(kind, forKey: .kind)
      try container.encode(citation, forKey: .citation)
      try container.encode(amount, forKey: .amount)
      try container.encodeIfPresent(amountText, forKey: .amountText)
      try container.encodeIfPresent(computation, forKey: .computation)
      try container.encode(points, forKey: .points)
      try container.encode(because, forKey: .because)
      try container.encode(stackedOut, forKey: .stackedOut)
      try container.encodeIfPresent(dependsOn, forKey: .dependsOn)
      try container.encode(certainty, forKey: .certainty)
      try container.encodeIfPresent(certaintyText, forKey: .certaintyText)
      try container.encodeIfPresent(items, forKey: .items)
      try container.encodeIfPresent(notes, forKey: .notes)
    }
  }

  public struct NearMissEntry: Encodable, Sendable {
    public var policy: String
    public var article: Int
    public var benefit: String
    public var title: String
    public var citation: String
    public var missing: String
    public var amount: Amount?
    /// Points it would give at the threshold (a points benefit with a stated rate).
    public var points: Int64? = nil
    /// For a near miss of the unanswered kind: the yes/no questions left out (fact names,
    /// `record.field` for a field); nil for a threshold.
    public var unanswered: [String]? = nil
  }

  public struct TotalsEntry: Encodable, Sendable {
    public var min: Yuan
    public var max: Yuan?
    /// The same totals split by certainty (`possible`: what the possible benefits would add,
    /// not in `min`/`max`); each category present only when it has something.
    public var byCertainty: [String: RangeEntry]
    /// The lines every output prints, in order: label and value.
    public var lines: [LineEntry]
    /// A possible benefit pays per item and the number of items is unanswered: the possible
    /// range has no maximum for that reason.
    public var possibleOpenPerItem: Bool

    enum CodingKeys: String, CodingKey { case min, max, byCertainty, lines, possibleOpenPerItem }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(min, forKey: .min)
      try container.encode(max, forKey: .max)
      try container.encode(byCertainty, forKey: .byCertainty)
      try container.encode(lines, forKey: .lines)
      try container.encode(possibleOpenPerItem, forKey: .possibleOpenPerItem)
    }
  }

  public struct RangeEntry: Encodable, Sendable {
    public var min: Yuan
    public var max: Yuan?

    enum CodingKeys: String, CodingKey { case min, max }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(min, forKey: .min)
      try container.encode(max, forKey: .max)
    }
  }

  public struct LineEntry: Encodable, Sendable {
    public var label: String
    public var value: String
  }

  public struct AlternativeEntry: Encodable, Sendable {
    /// `policy/article/benefit` of each member.
    public var members: [String]
    public var item: Int?
    public var min: Yuan
    public var max: Yuan?
    /// Only a draft member offers the set's higher side: counted under `draft`.
    public var draftDecides: Bool

    enum CodingKeys: String, CodingKey { case members, item, min, max, draftDecides }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(draftDecides, forKey: .draftDecides)
      try container.encode(members, forKey: .members)
      try container.encode(item, forKey: .item)
      try container.encode(min, forKey: .min)
      try container.encode(max, forKey: .max)
    }
  }

  /// The version of this format (`EvaluationReport.format`); `schema --output` describes it.
  public var resultFormat: Int = Self.format
  public var asOf: String
  public var catalogVersion: String
  public var matches: [Entry]
  public var possible: [Entry]
  public var nearMisses: [NearMissEntry]
  public var totals: TotalsEntry
  /// Support with no condition at all, apart from the matches.
  public var general: [Entry]
  public var alternatives: [AlternativeEntry]
  /// Questions left open that could still change the result (fact names), when known.
  public var openQuestions: [String]?

  public init(
    result: EvaluationResult, profile: Profile, explainer: Explainer,
    openQuestions: [FactID]? = nil
  ) {
    let catalog = explainer.catalog
    func amount(_ range: AmountRange?) -> Amount? {
      range.map {
        Amount(
          min: Yuan($0.min), max: $0.max.map(Yuan.init), per: $0.per, years: $0.years,
          yearsAtMost: $0.yearsAtMost)
      }
    }
    func entry(_ outcome: BenefitOutcome, possible: Bool) -> Entry {
      // Fields read in place (`catalog[location]` borrows): binding the document or the
      // benefit to a name would copy every field of it for each entry.
      let location = outcome.location
      return Entry(
        policy: catalog.documents[location.document].id,
        article: catalog.documents[location.document].articles[location.article].number,
        benefit: catalog[location].id,
        title: catalog[location].title(in: explainer.language),
        status: catalog.documents[location.document].status, kind: catalog[location].kind,
        citation: explainer.citation(outcome.location), amount: amount(outcome.amount),
        amountText: outcome.amount.map(explainer.amount),
        computation: outcome.computation.map(explainer.computation), points: outcome.points,
        because: explainer.because(outcome, profile: profile),
        stackedOut: outcome.stackedOut.map(explainer.stacking),
        dependsOn: possible ? outcome.dependsOn.map { catalog.facts[$0].name } : nil,
        certainty: outcome.certainty,
        certaintyText: outcome.certainty.map { explainer.text.certaintyLabel($0) },
        items: catalog[location].paidPerItemOf != nil ? outcome.items : nil,
        notes: Self.nonEmpty(explainer.stackingNotes(outcome, in: result, profile: profile)))
    }
    func reference(_ location: BenefitLocation) -> String {
      "\(catalog.documents[location.document].id)/\(catalog.article(of: location).number)/\(catalog[location].id)"
    }
    asOf = result.asOf.description
    catalogVersion = catalog.version
    matches = result.matches.map { entry($0, possible: false) }
    possible = result.possible.map { entry($0, possible: true) }
    nearMisses = result.nearMisses.map { miss in
      NearMissEntry(
        policy: catalog.documents[miss.location.document].id,
        article: catalog.article(of: miss.location).number, benefit: catalog[miss.location].id,
        title: explainer.title(miss.location), citation: explainer.citation(miss.location),
        missing: explainer.missing(miss), amount: amount(miss.amountAtThreshold),
        points: miss.pointsAtThreshold,
        unanswered: miss.gap == nil ? miss.unanswered.map(catalog.questionKey) : nil)
    }
    var byCertainty: [String: RangeEntry] = [:]
    for (certainty, range) in result.totals.byCertainty {
      byCertainty[certainty.rawValue] = RangeEntry(
        min: Yuan(range.min), max: range.max.map(Yuan.init))
    }
    totals = TotalsEntry(
      min: Yuan(result.totals.min), max: result.totals.max.map(Yuan.init),
      byCertainty: byCertainty,
      lines: explainer.totalsLines(result).map { LineEntry(label: $0.label, value: $0.value) },
      possibleOpenPerItem: result.totals.possibleOpenPerItem)
    general = result.general.map { entry($0, possible: false) }
    alternatives = result.alternatives.map { set in
      AlternativeEntry(
        members: set.members.map(reference), item: set.item, min: Yuan(set.min),
        max: set.max.map(Yuan.init), draftDecides: set.draftDecides)
    }
    self.openQuestions = openQuestions?.map { catalog.facts[$0].name }
  }

  private static func nonEmpty(_ notes: [String]) -> [String]? { notes.isEmpty ? nil : notes }

  /// The report written by Foundation's JSONEncoder (pretty-printed, or `compact`): the
  /// reference the tests hold `ResultJSONWriter` to, byte for byte.
  public func foundationJSON(compact: Bool = false) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      compact
      ? [.withoutEscapingSlashes, .sortedKeys]
      : [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
