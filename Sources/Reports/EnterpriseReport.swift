import PolicyEngine
import TakeHome

/// Everything the help desk hands an enterprise, worked out once from (catalog, profile,
/// result) so that the text, Markdown and HTML renderers only lay it out and never disagree.
public struct EnterpriseReport: Sendable, Equatable {
  /// The language the report is written in; the article texts stay Chinese (the law).
  public var language: Language
  public var title: String
  /// The day the policies were judged on.
  public var asOf: CalendarDay
  /// The catalog in words: `2026-01-15 版（收录政策文件 5 份）` (`ReportStrings.catalogEdition`).
  public var catalogVersion: String
  /// The newest date among the catalog's documents (published or in force from).
  public var catalogDate: CalendarDay?
  /// The catalog's fingerprint (`Catalog.version`), for tracing a report to its catalog.
  public var catalogFingerprint: String
  /// Whom the report is for; nil when nobody is named (the kiosk, an anonymous profile).
  public var recipient: ReportRecipient?
  public var includeDrafts: Bool
  /// `呼伦贝尔市`; nil when the enterprise did not say.
  public var city: String?
  /// `企业`.
  public var applicant: String
  /// The other answers that say something and still matter (`Evaluator.relevantFacts`: an
  /// answer to a question the city or applicant made moot is left out), in the catalog's order.
  public var answers: [ReportAnswer]
  /// Questions the enterprise could not answer and that still matter (labels).
  public var unanswered: [String]
  /// The documents considered: the city's and the region's, in force on the day.
  public var documents: [ReportDocument]
  public var totals: ReportTotals
  /// Matched benefits with a stated sum that count towards the total.
  public var benefits: [ReportBenefit]
  /// Matched benefits that do not add up (就高、从优、不重复; tiers of one clause), with why.
  public var notStacked: [ReportBenefit]
  /// Matched support without a stated sum: points, 一事一议, 择优, 给予支持.
  public var unstatedSupport: [ReportBenefit]
  /// Matched support that is not money: priority, services, procurement, loans.
  public var nonMonetarySupport: [ReportBenefit]
  /// Benefits that depend on questions not answered yet.
  public var possible: [ReportBenefit]
  /// Support with no condition at all, for everyone.
  public var general: [ReportBenefit]
  /// Benefits within reach, closest first.
  public var withinReach: [ReportNearMiss]
  public var notices: [ReportNotice]
  /// The take-home QR code of the result, complete (the kiosk's, on a screen that holds it).
  public var takeHome: TakeHomeCode
  /// What the code holds, said beside it.
  public var takeHomeCaption: String

  /// - Parameter recipient: Whom it is for; nil names the profile's `enterpriseName`, if any.
  public init(
    catalog: Catalog, profile: Profile, result: EvaluationResult, language: Language = .chinese,
    recipient: ReportRecipient? = nil
  ) {
    let explainer = Explainer(catalog: catalog, language: language)
    let wording = explainer.text
    let words = ReportStrings.of(language)
    self.language = language
    title = words.title
    asOf = result.asOf
    catalogDate = catalog.date
    catalogVersion = words.catalogEdition(catalogDate?.description, catalog.documents.count)
    catalogFingerprint = catalog.version
    let named = recipient ?? ReportRecipient(enterpriseName: profile.enterpriseName)
    self.recipient = named.isEmpty ? nil : named
    includeDrafts = profile.includeDrafts
    city = Self.choiceLabel("city", profile: profile, catalog: catalog, language: language)
    applicant =
      Self.choiceLabel("applicant", profile: profile, catalog: catalog, language: language) ?? ""
    let relevant = Evaluator(catalog: catalog).relevantFacts(profile, today: result.asOf)
    answers = ReportAnswer.summary(
      of: profile, catalog: catalog, explainer: explainer, skipping: ["city", "applicant"],
      keeping: relevant)
    unanswered = profile.unknownFacts.filter(relevant.contains).map {
      catalog.facts[$0].label(in: language)
    }
    documents = result.documentsConsidered.map {
      ReportDocument(catalog.documents[$0], language: language)
    }

    func entry(_ outcome: BenefitOutcome, possible: Bool = false) -> ReportBenefit {
      ReportBenefit(
        outcome, possible: possible, result: result, profile: profile, catalog: catalog,
        explainer: explainer)
    }
    benefits = result.matches.filter { $0.stackedOut == nil && $0.amount != nil }.map { entry($0) }
    notStacked = result.matches.filter { $0.stackedOut != nil }.map { entry($0) }
    let unstated = result.matches.filter { $0.stackedOut == nil && $0.amount == nil }
    let isMoney = { (outcome: BenefitOutcome) in catalog[outcome.location].kind != .nonMonetary }
    unstatedSupport = unstated.filter(isMoney).map { entry($0) }
    nonMonetarySupport = unstated.filter { !isMoney($0) }.map { entry($0) }
    possible = result.possible.map { entry($0, possible: true) }
    general = result.general.map { entry($0) }
    withinReach = result.nearMisses.map {
      ReportNearMiss($0, catalog: catalog, explainer: explainer)
    }
    totals = ReportTotals(result, explainer: explainer)
    takeHome = TakeHomeCode(catalog: catalog, profile: profile, result: result, language: language)
    takeHomeCaption = wording.takeHomeCaption
    // In the order the renderers quote clauses; benefits not stacked quote none.
    var quoted: Set<String> = []
    Self.markQuotedAbove(&benefits, &quoted)
    Self.markQuotedAbove(&unstatedSupport, &quoted)
    Self.markQuotedAbove(&nonMonetarySupport, &quoted)
    Self.markQuotedAbove(&possible, &quoted)
    Self.markQuotedAbove(&general, &quoted)
    notices = Self.notices(
      shown: benefits + notStacked + unstatedSupport + nonMonetarySupport + possible,
      counted: benefits, possible: possible, withinReach: withinReach, words: words)
  }

  /// The report's own words, in its language.
  public var words: ReportStrings { .of(language) }

  /// The newest day a document of the catalog was published or came into force.
  private static func markQuotedAbove(_ list: inout [ReportBenefit], _ quoted: inout Set<String>) {
    for index in list.indices where !quoted.insert(list[index].clause.citation).inserted {
      list[index].clauseQuotedAbove = true
    }
  }

  /// Every benefit the report shows with its clause, in the order it shows them.
  public var allBenefits: [ReportBenefit] {
    benefits + notStacked + unstatedSupport + nonMonetarySupport + possible + general
  }

  /// The cautions this content calls for, the general one last.
  private static func notices(
    shown: [ReportBenefit], counted: [ReportBenefit], possible: [ReportBenefit],
    withinReach: [ReportNearMiss], words: ReportStrings
  ) -> [ReportNotice] {
    var notices: [ReportNotice] = []
    var drafts: [String] = []
    for clause in shown.map(\.clause) + withinReach.map(\.clause)
    where clause.isDraft && !drafts.contains(clause.documentShortName) {
      drafts.append(clause.documentShortName)
    }
    if !drafts.isEmpty { notices.append(.draft(drafts, words: words)) }
    if (counted + possible).contains(where: \.isRange) { notices.append(.range(words)) }
    if counted.contains(where: { $0.amount?.per == .year && $0.amount?.years == nil }) {
      notices.append(.perYearCounted(words))
    }
    notices.append(.general(words))
    return notices
  }

  public func notice(_ kind: ReportNotice.Kind) -> ReportNotice? {
    notices.first { $0.kind == kind }
  }

  private static func choiceLabel(
    _ name: String, profile: Profile, catalog: Catalog, language: Language
  ) -> String? {
    guard let fact = catalog.fact(named: name), case .enumeration(let values) = fact.type,
      !profile.isUnknown[fact.id]
    else { return nil }
    // Only an answer given: an applicant nobody named is no 企业.
    guard case .choice(let index)? = profile[fact.id] else { return nil }
    return values.label(index, in: language)
  }
}
