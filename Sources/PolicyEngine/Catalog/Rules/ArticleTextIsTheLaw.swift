/// An article's `text:` is the clause's Chinese legal text, the authority for every amount its
/// benefits pay: it holds at least `minimumHanIdeographs` Han ideographs (so `""`, `0` or a few
/// unrelated words are refused), and every figure its benefits pay — a stated sum, a rate, a cap,
/// a floor, a cap on each item — is written in it (or in the article `amountFrom:` names, for a
/// clause that pays by reference to another; a rate of 100% is written in words, 等额、足额、
/// 1:1配套, and is not asked for). Together with
/// `TextFiguresArePaidOrExplained` (every figure of the text is paid or explained) the text and
/// the amounts check each other: neither can be changed alone. Thresholds of conditions are not
/// asked for here: a clause may state them by reference to another document.
enum ArticleTextIsTheLaw: CatalogRule {
  /// Fewer than the shortest shipped clause (43), more than any placeholder.
  static let minimumHanIdeographs = 20

  static func check(_ catalog: Catalog, into problems: inout [InputProblem]) {
    for document in catalog.documents {
      for article in document.articles {
        let han = article.text.unicodeScalars.lazy.filter(\.isHanIdeograph).count
        if han < minimumHanIdeographs {
          problems.append(
            problem(
              shortMessage(article: article.number, han: han), file: document.file,
              at: article.position))
          continue
        }
        for benefit in article.benefits {
          var source = article
          if let number = benefit.amountArticle {
            guard let named = document.article(number) else {
              problems.append(
                problem(
                  amountFromMessage(benefit: benefit.id, article: number), file: document.file,
                  at: benefit.position))
              continue
            }
            source = named
          }
          let inText = Set(CatalogAudit.figures(in: source.text))
          for figure in CatalogAudit.figuresPaid(by: benefit).sorted(by: { "\($0)" < "\($1)" })
          where !inText.contains(figure) && figure != Self.whole {
            problems.append(
              problem(
                figureMessage(article: article.number, benefit: benefit.id, figure: figure),
                file: document.file, at: benefit.position))
          }
        }
      }
    }
  }

  /// 100%: the text says it in words (等额、足额、1:1配套), not as a figure.
  static let whole = CatalogAudit.Figure.rate(10_000)

  static func amountFromMessage(benefit: String, article: Int) -> String {
    "benefit '\(benefit)' says amountFrom: \(article), which is not an article of the document"
  }

  static func shortMessage(article: Int, han: Int) -> String {
    "article \(article): the text has \(han) Chinese characters; it must be the clause's Chinese legal text as published (at least \(minimumHanIdeographs))"
  }

  static func figureMessage(article: Int, benefit: String, figure: CatalogAudit.Figure) -> String {
    "article \(article): benefit '\(benefit)' pays \(figure), which the article's text does not say; an amount must be the text's"
  }
}
