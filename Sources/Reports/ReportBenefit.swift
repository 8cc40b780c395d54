import PolicyEngine

/// One benefit as the report shows it: what it pays and how that was worked out, the article
/// it rests on, why the enterprise qualifies, and what keeps it out of the total if anything.
public struct ReportBenefit: Sendable, Equatable {
  public var title: String
  /// The stated sum; nil for points and for support without a stated amount.
  public var amount: AmountRange?
  /// The figure in words: `每年 40万元`, `最高200万元`, `积分 40`, `一事一议，金额未列明`.
  public var amountText: String
  /// The working for a percentage: `研发投入年增量 800万元 × 5% = 40万元，上限 500万元`.
  public var computation: String?
  public var clause: ReportClause
  /// The conditions that hold, in words, without the citation (shown beside it).
  public var because: String
  /// Why the benefit does not add to the total (就高、从优、不重复, tiers of one clause).
  public var notStackedReason: String?
  /// For a possible benefit: the questions that decide it, with the question asked.
  public var openQuestions: [String]
  /// `［确定］`, `［征求意见稿］`…: the benefit's certainty as every output words it; nil for
  /// support without a stated sum.
  public var certainty: String?
  /// 取其高 alternatives, items paid by another benefit, an open list.
  public var stackingNotes: [String]
  /// The catalog's note on the benefit (a prerequisite, how the sum is fixed).
  public var note: String?
  /// True when an earlier benefit of the report already quotes the same article, so the
  /// renderers point back to it rather than print the clause twice.
  public var clauseQuotedAbove = false

  public var isDraft: Bool { clause.isDraft }
  /// A limit the department fixes rather than the sum paid.
  public var isRange: Bool { amount.map(ReportAmount.isRange) ?? false }

  init(
    _ outcome: BenefitOutcome, possible: Bool, result: EvaluationResult, profile: Profile,
    catalog: Catalog, explainer: Explainer
  ) {
    certainty = outcome.certainty.map(explainer.certaintyBadge)
    stackingNotes = explainer.stackingNotes(outcome, in: result, profile: profile)
    let benefit = catalog[outcome.location]
    let wording = explainer.text
    let language = explainer.language
    title = benefit.title(in: language)
    amount = outcome.amount
    if let range = outcome.amount {
      amountText = ReportAmount.text(range, wording: wording, words: .of(language))
    } else if let points = outcome.points {
      amountText = wording.points(points)
    } else {
      amountText = wording.kindDescription(benefit.kind)
    }
    // A stated sum needs no working, unless it is counted per item (100万元 × 2 项).
    computation = outcome.computation.flatMap { working in
      if case .stated(_, nil) = working { return nil }
      return explainer.computation(working)
    }
    clause = ReportClause(outcome.location, catalog: catalog, explainer: explainer)
    // The explainer's sentence starts with the citation, which the report shows on its own.
    // For a possible benefit the open questions are listed apart, so only the reasons are kept.
    var reasons = outcome
    if possible { reasons.dependsOn = [] }
    let sentence = explainer.because(reasons, profile: profile)
    let prefix = wording.labelled(clause.citation, "")
    because = sentence.hasPrefix(prefix) ? String(sentence.dropFirst(prefix.count)) : sentence
    notStackedReason = outcome.stackedOut.map(explainer.stacking)
    openQuestions = outcome.dependsOn.map { fact in
      let definition = catalog.facts[fact]
      let label = definition.label(in: language)
      let question = definition.question(in: language)
      return question.isEmpty ? label : label + wording.parenthetical(question)
    }
    note = benefit.note(in: language)
  }
}
