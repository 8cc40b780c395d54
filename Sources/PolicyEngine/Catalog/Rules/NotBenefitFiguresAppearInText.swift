/// Every `notBenefits` figure appears in the article's text: a figure explained away that the
/// text does not have is a leftover of an edit.
enum NotBenefitFiguresAppearInText: CatalogRule {
  static func check(_ catalog: Catalog, into problems: inout [InputProblem]) {
    for document in catalog.documents {
      for article in document.articles {
        let inText = Set(CatalogAudit.figures(in: article.text))
        for item in article.notBenefits {
          guard let figure = CatalogAudit.figure(item.figure), !inText.contains(figure) else {
            continue
          }
          problems.append(
            problem(
              message(article: article.number, figure: item.figure), file: document.file,
              at: article.position))
        }
      }
    }
  }

  static func message(article: Int, figure: String) -> String {
    "article \(article): notBenefits names \(figure), which is not in the text"
  }
}
