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
  /// The clause exactly as the document words it.
  public var text: String
  /// 责任单位, lead department first; empty when the document names none.
  public var departments: [String]

  init(_ location: BenefitLocation, catalog: Catalog, explainer: Explainer) {
    let document = catalog.documents[location.document]
    let article = catalog.article(of: location)
    citation = explainer.citation(location)
    articleTitle = article.title
    section = article.section
    documentTitle = document.title
    documentShortName = document.shortName
    documentNumber = document.number
    issuer = document.issuer
    isDraft = document.status == .draft
    text = article.text.trimmingCharacters(in: .whitespacesAndNewlines)
    departments = article.departments
  }

  /// `《title》（文号）`, the way Chinese documents are referred to.
  public var documentReference: String {
    "《\(documentTitle)》" + (documentNumber.map { "（\($0)）" } ?? "")
  }
}
