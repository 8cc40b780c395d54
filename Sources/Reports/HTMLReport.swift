import TakeHome

/// The report as one self-contained HTML file meant to be printed on A4: inline CSS, no
/// scripts, fonts or images fetched. Every piece of data goes through `HTMLEscaping`; only the
/// tags written here are markup.
public struct HTMLReport: Sendable {
  /// The report's words, set from the report rendered.
  private var words = ReportStrings.chinese

  public init() {}

  public func render(_ report: EnterpriseReport) -> String {
    var renderer = self
    renderer.words = report.words
    return renderer.renderInWords(report)
  }

  private func renderInWords(_ report: EnterpriseReport) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(words.htmlLanguage)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(h(report.title + words.parenthetical(report.documentLabel)))</title>
      <style>
      \(HTMLStyle.css)
      </style>
      </head>
      <body>
      <main>
      <header>
      <h1>\(h(report.title))</h1>
      <table class="meta"><tbody>

      """
    for item in report.metadata {
      html += "<tr><th scope=\"row\">\(h(item.label))</th><td>\(h(item.value))</td></tr>\n"
    }
    html += "</tbody></table>\n</header>\n"
    for section in report.sections {
      html += "<section id=\"\(section.rawValue)\">\n"
      html += "<h2>\(h(section.numberedHeading(in: report)))</h2>\n"
      html += body(of: section, report)
      if section == .totals { html += notices(report) + takeHome(report) }
      html += "</section>\n"
    }
    html += """
      </main>
      <footer><p>\(h(words.footer(report.catalogVersion, report.asOf.description)))</p></footer>
      </body>
      </html>

      """
    return html
  }

  private func body(of section: ReportSection, _ report: EnterpriseReport) -> String {
    switch section {
    case .answers:
      var rows = report.answers.map { answer in
        "<tr><th scope=\"row\">\(h(answer.label))</th><td>"
          + answer.lines.map(h).joined(separator: "<br>") + "</td></tr>"
      }
      if !report.unanswered.isEmpty {
        rows.append(
          "<tr><th scope=\"row\">\(h(words.undecided))</th>"
            + "<td>\(h(report.unanswered.joined(separator: words.listSeparator)))</td></tr>"
        )
      }
      if rows.isEmpty { return "<p>\(h(words.noOtherAnswers))</p>\n" }
      return """
        <table class="answers">
        <colgroup><col style="width: 34%"><col></colgroup>
        <tbody>
        \(rows.joined(separator: "\n"))
        </tbody>
        </table>

        """
    case .totals: return totals(report)
    case .benefits: return blocks(report.benefits)
    case .notStacked: return blocks(report.notStacked, withText: false)
    case .unstatedSupport: return blocks(report.unstatedSupport)
    case .nonMonetarySupport: return blocks(report.nonMonetarySupport)
    case .possible: return blocks(report.possible)
    case .general: return blocks(report.general)
    case .withinReach: return withinReach(report.withinReach)
    case .documents:
      let items = report.documents.map { document in
        var item = "<li>" + h(words.documentTitle(document.title))
        if let number = document.number { item += h(words.parenthetical(number)) }
        item += h(words.comma + document.issuer)
        if let published = document.published { item += h(words.comma + published.description) }
        return item + draftMark(document.isDraft) + "</li>"
      }
      return "<ul class=\"documents\">\n\(items.joined(separator: "\n"))\n</ul>\n"
    }
  }

  private func totals(_ report: EnterpriseReport) -> String {
    let lines = report.totalsLines.map { "<li>\(h($0))</li>" }.joined(separator: "\n")
    var html = "<ul class=\"total\">\n\(lines)\n</ul>\n"
    guard !report.benefits.isEmpty else { return html }
    let rows = report.benefits.map { benefit in
      "<tr><td>\(h(benefit.certainty ?? ""))\(h(benefit.title))\(draftMark(benefit.isDraft))</td>"
        + "<td class=\"amount\">\(h(benefit.amountText))</td>"
        + "<td class=\"citation\">\(h(benefit.clause.citation))</td></tr>"
    }
    html += """
      <table class="summary">
      <colgroup><col><col style="width: 34%"><col style="width: 24%"></colgroup>
      <thead><tr><th>\(h(words.benefit))</th><th class="amount">\(h(words.amount))</th>\
      <th>\(h(words.clauseColumn))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      <tfoot><tr><td>\(h(words.total))</td><td class="amount">\(h(report.totals.text))</td><td></td></tr></tfoot>
      </table>

      """
    return html
  }

  private func notices(_ report: EnterpriseReport) -> String {
    let paragraphs = report.notices.map { notice in
      "<p class=\"notice-\(notice.kind.rawValue)\"><strong>\(h(notice.heading))</strong>\(h(words.colon))"
        + "\(h(notice.text))</p>"
    }
    return "<div class=\"notices\" role=\"note\">\n\(paragraphs.joined(separator: "\n"))\n</div>\n"
  }

  /// The kiosk's take-home code, as inline SVG: 4 CSS pixels a module, quiet zone included.
  private func takeHome(_ report: EnterpriseReport) -> String {
    let code = report.takeHome.code
    let pixels = 4 * (code.size + 2 * QRCode.standardQuietZone)
    return """
      <figure class="take-home">
      \(code.svg(pixels: pixels, label: report.takeHome.text))
      <figcaption>\(h(report.takeHomeCaption))</figcaption>
      </figure>

      """
  }

  private func blocks(_ benefits: [ReportBenefit], withText: Bool = true) -> String {
    var html = ""
    for (number, benefit) in benefits.enumerated() {
      let clause = benefit.clause
      var facts: [(String, String)] = [
        (
          words.amount,
          "\(h(benefit.certainty ?? ""))<span class=\"figure\">\(h(benefit.amountText))</span>"
        )
      ]
      for note in benefit.stackingNotes { facts.append((words.note, h(note))) }
      if let computation = benefit.computation { facts.append((words.computation, h(computation))) }
      if let reason = benefit.notStackedReason {
        facts.append((words.notStacked, "<span class=\"reason\">\(h(reason))</span>"))
      }
      facts.append(
        (
          words.basis,
          "\(h(clause.citation)) \(h(clause.articleTitle))<br>\(h(clause.documentReference))"
        ))
      if !clause.departments.isEmpty {
        facts.append(
          (words.departments, h(clause.departments.joined(separator: words.listSeparator))))
      }
      facts.append((words.because, h(benefit.because)))
      if !benefit.openQuestions.isEmpty {
        facts.append((words.toConfirm, benefit.openQuestions.map(h).joined(separator: "<br>")))
      }
      if let note = benefit.note { facts.append((words.explanation, h(note))) }
      html += "<article class=\"benefit\">\n"
      html += "<div class=\"facts\">\n"
      html += "<h3>\(number + 1). \(h(benefit.title))\(draftMark(benefit.isDraft))</h3>\n<dl>\n"
      html += facts.map { "<dt>\(h($0.0))</dt><dd>\($0.1)</dd>" }.joined(separator: "\n")
      html += "\n</dl>\n</div>\n"
      if withText && benefit.clauseQuotedAbove {
        html += "<p class=\"clause-ref\">\(h(words.clauseSeeAbove(clause.citation)))</p>\n"
      } else if withText {
        html += clauseBox(clause)
      }
      html += "</article>\n"
    }
    return html
  }

  private func clauseBox(_ clause: ReportClause) -> String {
    let paragraphs = clause.text.split(whereSeparator: \.isNewline).map {
      "<p>\(h(String($0)))</p>"
    }
    return """
      <blockquote class="clause"\(lawTextLanguage)>
      <h4\(pageLanguage)>\(h(words.clauseText + words.colon + clause.citation))</h4>
      \(paragraphs.joined(separator: "\n"))
      </blockquote>

      """
  }

  /// The law's text is Chinese in every report: said so to a reader (and a screen reader)
  /// when the page is not.
  private var lawTextLanguage: String {
    words.htmlLanguage == ReportStrings.chinese.htmlLanguage
      ? "" : " lang=\"\(ReportStrings.chinese.htmlLanguage)\""
  }

  /// The page's language again, inside a Chinese block.
  private var pageLanguage: String {
    lawTextLanguage.isEmpty ? "" : " lang=\"\(words.htmlLanguage)\""
  }

  private func withinReach(_ misses: [ReportNearMiss]) -> String {
    let rows = misses.map { miss in
      "<tr><td>\(h(miss.title))\(draftMark(miss.isDraft))</td><td>\(h(miss.missing))</td>"
        + "<td class=\"amount\">\(h(miss.amountText ?? "—"))</td>"
        + "<td class=\"citation\">\(h(miss.clause.citation))</td></tr>"
    }
    return """
      <table class="reach">
      <colgroup><col style="width: 26%"><col><col style="width: 18%"><col style="width: 18%"></colgroup>
      <thead><tr><th>\(h(words.benefit))</th><th>\(h(words.missing))</th>\
      <th class="amount">\(h(words.reachable))</th><th>\(h(words.clauseColumn))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>

      """
  }

  private func draftMark(_ isDraft: Bool) -> String {
    isDraft ? "<span class=\"draft\">\(h(words.draftLabel))</span>" : ""
  }

  private func h(_ text: String) -> String { HTMLEscaping.escape(text) }
}
