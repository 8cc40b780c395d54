import Foundation

/// The catalog as `policies --format json` shows it: every clause with its text and its
/// benefits, sums in yuan.
public struct CatalogReport: Sendable {
  public let catalog: Catalog
  let explainer: Explainer

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.explainer = Explainer(catalog: catalog)
  }

  public struct Clause: Encodable, Sendable {
    public var policy: String
    public var article: Int
    public var citation: String
    public var title: String
    public var section: String?
    public var status: DocumentStatus
    public var departments: [String]
    public var text: String
    public var benefits: [BenefitEntry]
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
  }

  public func clauses() -> [Clause] {
    catalog.documents.flatMap { document in document.articles.map { clause(document, $0) } }
  }

  public func clause(_ document: PolicyDocument, _ article: Article) -> Clause {
    Clause(
      policy: document.id, article: article.number,
      citation: Citation.of(document, article: article.number),
      title: article.title, section: article.section, status: document.status,
      departments: article.departments, text: article.text, benefits: article.benefits.map(entry))
  }

  private func entry(_ benefit: Benefit) -> BenefitEntry {
    var entry = BenefitEntry(
      id: benefit.id, title: benefit.title, kind: benefit.kind, subject: benefit.subject,
      group: benefit.group,
      per: benefit.per, years: benefit.years, summary: summary(benefit), note: benefit.note)
    switch benefit.amount {
    case .fixed(let sum, _): (entry.form, entry.amount) = ("fixed", sum.yuanDecimal)
    case .upTo(let sum, _): (entry.form, entry.amount) = ("upTo", sum.yuanDecimal)
    case .atLeast(let sum, _): (entry.form, entry.amount) = ("atLeast", sum.yuanDecimal)
    case .percentage(let rate, let base, let cap, let floor, let ceiling):
      entry.form = "percentage"
      entry.percent = explainer.percent(rate)
      entry.of = baseName(base)
      entry.cap = cap?.yuanDecimal
      entry.floor = floor?.yuanDecimal
      entry.ceiling = ceiling
      if case .eachItem(_, _, _, let capEach) = base { entry.capEach = capEach?.yuanDecimal }
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
      let fact = catalog.facts[path.fact]
      if path.derived == .rdIncrement { return "\(fact.name).increment" }
      if let field = path.field { return "\(fact.name).\(fact.type.fields[field].name)" }
      return fact.name
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
      let capText = cap.map { "，\(explainer.text.capLabel)\(MoneyFormat.chinese($0))" } ?? ""
      let per = benefit.per == .year ? explainer.text.perYear : ""
      return "\(per)\(explainer.percent(rate))\(capText)"
    }
    return explainer.amount(Evaluator.ruleRange(rule, per: benefit.per, years: benefit.years))
  }

  public func text(_ document: PolicyDocument, _ article: Article) -> String {
    var lines = [
      "\(Citation.of(document, article: article.number)) \(article.title)",
      "\(document.title)\(document.number.map { "（\($0)）" } ?? "")［\(document.status == .draft ? "征求意见稿" : "施行")］",
    ]
    if let section = article.section { lines.append(section) }
    if !article.departments.isEmpty {
      lines.append("责任单位：\(article.departments.joined(separator: "、"))")
    }
    lines.append("")
    lines.append(article.text)
    lines.append("")
    for benefit in article.benefits {
      lines.append("· \(benefit.title)：\(summary(benefit))\(benefit.note.map { "（\($0)）" } ?? "")")
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
