import Foundation

/// The catalog as `policies --format json` shows it: every clause with its text and its
/// benefits, sums in yuan; titles, summaries and notes in a language (the clause's text is
/// the law, Chinese in every language).
public struct CatalogReport: Sendable {
  public let catalog: Catalog
  let explainer: Explainer

  public init(catalog: Catalog, language: Language = .chinese) {
    self.catalog = catalog
    self.explainer = Explainer(catalog: catalog, language: language)
  }

  private var language: Language { explainer.language }
  private var words: EngineText { explainer.text }

  public struct Clause: Encodable, Sendable {
    public var policy: String
    public var article: Int
    public var citation: String
    public var title: String
    public var section: String?
    public var status: DocumentStatus
    public var departments: [String]
    public var text: String
    /// The clause's figures that pay nothing (thresholds, targets, budgets), with why.
    public var notBenefits: [FigureEntry]
    public var benefits: [BenefitEntry]
  }

  public struct FigureEntry: Encodable, Sendable {
    /// As the text writes it: `1000万元`, `5%`.
    public var figure: String
    /// In yuan for a sum (nil for a percentage).
    public var yuan: Decimal?
    public var why: String
  }

  public struct BenefitEntry: Encodable, Sendable {
    public var id: String
    public var title: String
    public var kind: BenefitKind
    public var subject: String?
    public var group: String?
    public var form: String?
    public var amount: Decimal?
    public var percent: String?
    public var of: String?
    public var cap: Decimal?
    public var capEach: Decimal?
    public var floor: Decimal?
    public var ceiling: Bool?
    public var per: Periodicity
    public var years: Int?
    public var points: String?
    public var summary: String
    public var note: String?
    /// Every condition, as data: facts by name, money thresholds in yuan.
    public var when: ConditionEntry
    /// For a per-item percentage (`ofEach`): which items count.
    public var itemFilter: [ItemTestEntry]?
    /// `each`: the count fact a stated sum is multiplied by, or the list whose matching items
    /// are each paid.
    public var each: String?
    public var upToYears: Bool?
    /// `selective`, `unstatedConditions`, `openList`: why the sum is never 确定.
    public var certainty: Reservation?
    public var sameThingAs: [String]?
    public var sameThingNote: String?
  }

  public func clauses() -> [Clause] {
    catalog.documents.flatMap { document in document.articles.map { clause(document, $0) } }
  }

  public func clause(_ document: PolicyDocument, _ article: Article) -> Clause {
    Clause(
      policy: document.id, article: article.number,
      citation: Citation.of(document, article: article.number, in: language),
      title: article.title(in: language), section: article.section(in: language),
      status: document.status, departments: article.departments(in: language),
      text: article.text,
      notBenefits: article.notBenefits.map { figure in
        var yuan: Decimal? = nil
        if case .success(let money) = AmountParsing.money(figure.figure) {
          yuan = money.yuanDecimal
        }
        return FigureEntry(figure: figure.figure, yuan: yuan, why: figure.why)
      },
      benefits: article.benefits.map(entry))
  }

  private func entry(_ benefit: Benefit) -> BenefitEntry {
    var entry = BenefitEntry(
      id: benefit.id, title: benefit.title(in: language), kind: benefit.kind,
      subject: benefit.subject, group: benefit.group,
      per: benefit.per, years: benefit.years, summary: summary(benefit),
      note: benefit.note(in: language),
      when: describe(benefit.condition))
    entry.upToYears = benefit.yearsAtMost ? true : nil
    entry.certainty = benefit.reservation
    entry.sameThingAs = benefit.sameThingAs.isEmpty ? nil : benefit.sameThingAs
    entry.sameThingNote = benefit.sameThingNote(in: language)
    switch benefit.amount {
    case .fixed(let sum, let each), .upTo(let sum, let each), .atLeast(let sum, let each):
      switch benefit.amount {
      case .fixed?: entry.form = "fixed"
      case .upTo?: entry.form = "upTo"
      default: entry.form = "atLeast"
      }
      entry.amount = sum.yuanDecimal
      entry.each = each.map { catalog.facts[$0.fact].name }
    case .percentage(let rate, let base, let cap, let floor, let ceiling):
      entry.form = "percentage"
      entry.percent = explainer.percent(rate)
      entry.of = baseName(base)
      entry.cap = cap?.yuanDecimal
      entry.floor = floor?.yuanDecimal
      entry.ceiling = ceiling
      if case .eachItem(let list, _, let filter, let capEach) = base {
        entry.capEach = capEach?.yuanDecimal
        entry.itemFilter = describe(filter, of: list)
      }
    case nil: break
    }
    if case .percentage(let rate, let base)? = benefit.points {
      entry.points = "\(explainer.percent(rate)) of \(baseName(base))"
    } else if benefit.points == .unstated {
      entry.points = "unstated"
    }
    return entry
  }

  private func baseName(_ base: RateBase) -> String {
    switch base {
    case .fact(let path):
      return name(path)
    case .eachItem(let list, let field, _, _):
      return "each \(catalog.facts[list].name).\(catalog.facts[list].type.fields[field].name)"
    }
  }

  /// One line a person reads: `最高200万元`, `5%，上限500万元`, `一事一议，金额未列明`.
  public func summary(_ benefit: Benefit) -> String {
    guard let rule = benefit.amount else {
      if case .percentage(let rate, _)? = benefit.points {
        return "\(explainer.text.kindDescription(.points)) \(explainer.percent(rate))"
      }
      return explainer.text.kindDescription(benefit.kind)
    }
    if case .percentage(let rate, _, let cap, _, _) = rule {
      let rateText = explainer.percent(rate) + (cap.map(words.rateCap) ?? "")
      return benefit.per == .year ? words.yearlyRate(rateText) : rateText
    }
    return explainer.amount(
      Evaluator.ruleRange(
        rule, per: benefit.per, years: benefit.years, yearsAtMost: benefit.yearsAtMost))
  }

  /// `呼伦贝尔（一） 首次获批…［征求意见稿］`: a document's clause heading for `policies`.
  public func heading(_ document: PolicyDocument, _ article: Article) -> String {
    "\(Citation.of(document, article: article.number, in: language)) \(article.title(in: language))"
  }

  /// A document's title with its number and status, as `policies` prints it.
  public func documentLine(_ document: PolicyDocument, withNumber: Bool = true) -> String {
    let number = withNumber ? document.number.map(words.parenthetical) ?? "" : ""
    return document.title(in: language) + number + words.mark(words.documentStatus(document.status))
  }

  public func text(_ document: PolicyDocument, _ article: Article) -> String {
    var lines = [heading(document, article), documentLine(document)]
    if let section = article.section(in: language) { lines.append(section) }
    let departments = article.departments(in: language)
    if !departments.isEmpty {
      lines.append(
        words.labelled(words.departmentsLabel, departments.joined(separator: words.listSeparator)))
    }
    lines.append("")
    if language != .chinese {
      lines.append(
        words.labelled(words.originalTextLabel, "").trimmingCharacters(in: .whitespaces))
    }
    lines.append(article.text)
    lines.append("")
    for benefit in article.benefits {
      let note = benefit.note(in: language).map(words.parenthetical) ?? ""
      lines.append("· " + words.labelled(benefit.title(in: language), summary(benefit)) + note)
    }
    return lines.joined(separator: "\n")
  }

  public func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
