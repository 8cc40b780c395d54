/// A benefit id is unique in its document, as the format says: `document/article/id` names
/// a benefit in the worked cases, and a document-wide id must not depend on the article.
/// The problem is placed at the second id. Twice in one article is the reader's error (the
/// second is dropped); across articles this rule says so.
enum BenefitIDsAreUniqueInDocument: DocumentRule {
  static let severity = InputProblem.Severity.error

  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem]) {
    guard case .sequence(let articles, _)? = root["articles"] else { return }
    var seen: [String: (article: String, line: Int)] = [:]
    for article in articles {
      let number = article["article"]?.scalarText ?? "?"
      guard case .sequence(let benefits, _)? = article["benefits"] else { continue }
      for benefit in benefits {
        guard let idNode = benefit["id"], let id = idNode.scalarText else { continue }
        if let first = seen[id], first.article != number {
          problems.append(
            problem(
              message(id: id, firstArticle: first.article, firstLine: first.line), file: file,
              at: idNode.position))
        } else if seen[id] == nil {
          seen[id] = (number, idNode.line)
        }
      }
    }
  }

  static func message(id: String, firstArticle: String, firstLine: Int) -> String {
    "benefit id '\(id)' is used twice in the document (first in article \(firstArticle), line \(firstLine)); ids are unique in the document"
  }
}
