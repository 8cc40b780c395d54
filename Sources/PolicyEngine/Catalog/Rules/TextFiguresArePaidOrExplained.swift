/// Every 万元/亿元/% figure of an article's text is used by one of its benefits (a sum, a rate,
/// a cap, a floor, a threshold) or listed under `notBenefits` with why: no promised money is
/// left out of the catalog.
enum TextFiguresArePaidOrExplained: CatalogRule {
  static func check(_ catalog: Catalog, into problems: inout [InputProblem]) {
    for document in catalog.documents {
      for article in document.articles {
        let used = CatalogAudit.figuresUsed(by: article)
        let declared = Set(article.notBenefits.compactMap { CatalogAudit.figure($0.figure) })
        for figure in CatalogAudit.figures(in: article.text)
        where !used.contains(figure) && !declared.contains(figure) {
          problems.append(
            problem(
              message(article: article.number, figure: figure), file: document.file,
              at: article.position))
        }
      }
    }
  }

  static func message(article: Int, figure: CatalogAudit.Figure) -> String {
    "article \(article): the text says \(figure) but no benefit uses it; encode it or list it under notBenefits with why"
  }
}
