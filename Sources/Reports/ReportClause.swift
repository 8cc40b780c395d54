import Foundation
import PolicyEngine

/// The article a benefit rests on, with what the enterprise needs to find and quote it: the
/// citation, the document's title and 文号, the original text and the 责任单位.
public struct ReportClause: Sendable, Equatable {
  /// `鄂尔多斯（十七）`, `呼和浩特2024第6条`.
  public var citation: String
  public var articleTitle: String
  public var section: String?
  public var documentTitle: String
  /// `呼伦贝尔`, the name citations use.
  public var documentShortName: String
  /// 文号; nil when the document has none (drafts).
  public var documentNumber: String?
  public var issuer: String
  public var isDraft: Bool
  /// The clause exactly as the document words it: Chinese in every language (it is the law).
  public var text: String
  /// The language the clause's names are in (the text is Chinese in every language).
  public var language: Language
  /// 责任单位, lead department first; empty when the document names none.
  public var departments: [String]

  init(_ location: BenefitLocation, catalog: Catalog, explainer: Explainer) {
    let document = catalog.documents[location.document]
    let article = catalog.article(of: location)
    language = explainer.language
    citation = explainer.citation(location)
    articleTitle = article.title(in: language)
    section = article.section(in: language)
    documentTitle = document.title(in: language)
    documentShortName = document.shortName(in: language)
    documentNumber = document.number
    issuer = document.issuer(in: language)
    isDraft = document.status == .draft
    text = article.text.trimmingCharacters(in: .whitespacesAndNewlines)
    departments = article.departments(in: language)
  }

  /// `《title》（文号）`, the way Chinese documents are referred to; `“title” (文号)` in English.
  public var documentReference: String {
    let words = ReportStrings.of(language)
    return words.documentTitle(documentTitle) + (documentNumber.map(words.parenthetical) ?? "")
  }
}
