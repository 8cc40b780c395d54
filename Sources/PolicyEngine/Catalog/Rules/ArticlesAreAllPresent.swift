/// A document states how many articles it has (`articleCount:`, counted in its source), and its
/// articles are exactly 1 to that count: a file cut short, or an article deleted by a bad merge,
/// loses law without a trace otherwise — the catalog still loads, just with fewer benefits. The
/// problem is placed at `articleCount` (at the file's start when it is missing) and names every
/// missing article; an article beyond the count is placed at its own line.
enum ArticlesAreAllPresent: CatalogRule {
  /// The largest count a document may declare: the longest shipped document has 30.
  static let largestCount = 200

  static func check(_ catalog: Catalog, into problems: inout [InputProblem]) {
    for document in catalog.documents {
      guard let declared = document.articleCount else {
        problems.append(problem(missingMessage, file: document.file, at: .start))
        continue
      }
      var present: Set<Int> = []
      for article in document.articles {
        if (1...declared.value).contains(article.number) {
          present.insert(article.number)
        } else {
          problems.append(
            problem(
              beyondMessage(article: article.number, count: declared.value), file: document.file,
              at: article.position))
        }
      }
      let missing = (1...declared.value).filter { !present.contains($0) }
      if !missing.isEmpty {
        problems.append(
          problem(
            missingArticlesMessage(missing, count: declared.value, present: present.count),
            file: document.file, at: declared.position))
      }
    }
  }

  static let missingMessage =
    "the document does not say how many articles it has; add articleCount: N (the number of articles of its source)"

  static let countMessage = "articleCount must be a whole number from 1 to \(largestCount)"

  static func beyondMessage(article: Int, count: Int) -> String {
    "article \(article) is outside 1 to \(count), the articleCount of the document"
  }

  static func missingArticlesMessage(_ missing: [Int], count: Int, present: Int) -> String {
    let shown = missing.prefix(20).map(String.init).joined(separator: ", ")
    let more = missing.count > 20 ? " and \(missing.count - 20) more" : ""
    return
      "the document has \(count) articles (articleCount) but only \(present) are here; missing: \(shown)\(more)"
  }
}
