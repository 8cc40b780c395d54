import TakeHome

/// The report as one self-contained HTML file meant to be printed on A4: inline CSS, no
/// scripts, fonts or images fetched. Every piece of data goes through `HTMLEscaping`; only the
/// tags written here are markup.
public struct HTMLReport: Sendable {
  public init() {}

  public func render(_ report: EnterpriseReport) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(h(report.title))（\(h(report.documentLabel))）</title>
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
      <footer><p>目录版本 \(h(report.catalogVersion))，判断日期 \(h(report.asOf.description))。\
      每项金额均注明所依据的文件条款。</p></footer>
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
          "<tr><th scope=\"row\">尚未确定</th><td>\(h(report.unanswered.joined(separator: "、")))</td></tr>"
        )
      }
      if rows.isEmpty { return "<p>（未填写其他情况）</p>\n" }
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
        var item = "<li>《\(h(document.title))》"
        if let number = document.number { item += "（\(h(number))）" }
        item += "，\(h(document.issuer))"
        if let published = document.published { item += "，\(h(published.description))" }
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
      <thead><tr><th>支持项目</th><th class="amount">金额</th><th>依据条款</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      <tfoot><tr><td>合计</td><td class="amount">\(h(report.totals.text))</td><td></td></tr></tfoot>
      </table>

      """
    return html
  }

  private func notices(_ report: EnterpriseReport) -> String {
    let paragraphs = report.notices.map { notice in
      "<p class=\"notice-\(notice.kind.rawValue)\"><strong>\(h(notice.heading))</strong>："
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
          "金额",
          "\(h(benefit.certainty ?? ""))<span class=\"figure\">\(h(benefit.amountText))</span>"
        )
      ]
      for note in benefit.stackingNotes { facts.append(("注", h(note))) }
      if let computation = benefit.computation { facts.append(("计算", h(computation))) }
      if let reason = benefit.notStackedReason {
        facts.append(("不重复享受", "<span class=\"reason\">\(h(reason))</span>"))
      }
      facts.append(
        (
          "依据",
          "\(h(clause.citation)) \(h(clause.articleTitle))<br>\(h(clause.documentReference))"
        ))
      if !clause.departments.isEmpty {
        facts.append(("责任单位", h(clause.departments.joined(separator: "、"))))
      }
      facts.append(("符合理由", h(benefit.because)))
      if !benefit.openQuestions.isEmpty {
        facts.append(("待确认", benefit.openQuestions.map(h).joined(separator: "<br>")))
      }
      if let note = benefit.note { facts.append(("说明", h(note))) }
      html += "<article class=\"benefit\">\n"
      html += "<div class=\"facts\">\n"
      html += "<h3>\(number + 1). \(h(benefit.title))\(draftMark(benefit.isDraft))</h3>\n<dl>\n"
      html += facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined(separator: "\n")
      html += "\n</dl>\n</div>\n"
      if withText && benefit.clauseQuotedAbove {
        html += "<p class=\"clause-ref\">条款原文见上文 \(h(clause.citation))。</p>\n"
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
      <blockquote class="clause">
      <h4>条款原文：\(h(clause.citation))</h4>
      \(paragraphs.joined(separator: "\n"))
      </blockquote>

      """
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
      <thead><tr><th>支持项目</th><th>还差什么</th><th class="amount">达到后可得</th><th>依据条款</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>

      """
  }

  private func draftMark(_ isDraft: Bool) -> String {
    isDraft ? "<span class=\"draft\">征求意见稿</span>" : ""
  }

  private func h(_ text: String) -> String { HTMLEscaping.escape(text) }
}
