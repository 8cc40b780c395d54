/// Every `notBenefits` figure is a sum or a percentage (`30万`, `5%`), as it stands in the text.
enum NotBenefitFiguresAreFigures: CatalogRule {
  static func check(_ catalog: Catalog, into problems: inout [InputProblem]) {
    for document in catalog.documents {
      for article in document.articles {
        for item in article.notBenefits where CatalogAudit.figure(item.figure) == nil {
          problems.append(
            problem(
              message(article: article.number, figure: item.figure), file: document.file,
              at: article.position))
        }
      }
    }
  }

  static func message(article: Int, figure: String) -> String {
    "article \(article): notBenefits figure '\(figure)' is not a sum or a percentage"
  }
}
