/// The report as Markdown, for a help-desk ticket or a wiki: a summary table, then one
/// subsection per benefit with the article's original text quoted. Every piece of data is
/// escaped, so a clause never turns into markup.
public struct MarkdownReport: Sendable {
  /// The report's words, set from the report rendered.
  private var words = ReportStrings.chinese

  public init() {}

  public func render(_ report: EnterpriseReport) -> String {
    var renderer = self
    renderer.words = report.words
    return renderer.renderInWords(report)
  }

  private func renderInWords(_ report: EnterpriseReport) -> String {
    var lines: [String] = ["# \(md(report.title))", ""]
    lines += table(
      [words.item, words.content], report.metadata.map { [$0.label, $0.value] })
    for section in report.sections {
      lines += ["", "## \(md(section.numberedHeading(in: report)))", ""]
      lines += body(of: section, report)
      if section == .totals { lines += notices(report) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func body(of section: ReportSection, _ report: EnterpriseReport) -> [String] {
    switch section {
    case .answers:
      var rows = report.answers.map { [$0.label, $0.value] }
      if !report.unanswered.isEmpty {
        rows.append([words.undecided, report.unanswered.joined(separator: words.listSeparator)])
      }
      return rows.isEmpty ? [words.noOtherAnswers] : table([words.situation, words.answered], rows)
    case .totals:
      var lines = report.totalsLines.map { "- **\(md($0))**" }
      if !report.benefits.isEmpty {
        lines.append("")
        lines += table(
          [words.benefit, words.amount, words.clause],
          report.benefits.map {
            [
              ($0.certainty ?? "") + $0.title + draftMark($0.isDraft), $0.amountText,
              $0.clause.citation,
            ]
          })
      }
      return lines
    case .benefits: return blocks(report.benefits)
    case .notStacked: return blocks(report.notStacked, withText: false)
    case .unstatedSupport: return blocks(report.unstatedSupport)
    case .nonMonetarySupport: return blocks(report.nonMonetarySupport)
    case .possible: return blocks(report.possible)
    case .general: return blocks(report.general)
    case .withinReach:
      return table(
        [words.benefit, words.missing, words.reachable, words.clause],
        report.withinReach.map { miss in
          [
            miss.title + draftMark(miss.isDraft), miss.missing, miss.amountText ?? "—",
            miss.clause.citation,
          ]
        })
    case .documents:
      return report.documents.map { document in
        var line = "- " + md(words.documentTitle(document.title))
        if let number = document.number { line += md(words.parenthetical(number)) }
        line += words.comma + md(document.issuer)
        if let published = document.published { line += words.comma + "\(published)" }
        return line + md(draftMark(document.isDraft))
      }
    }
  }

  private func notices(_ report: EnterpriseReport) -> [String] {
    [""]
      + report.notices.flatMap {
        ["> **\(md($0.heading))**\(words.colon)\(md($0.text))", ">"]
      }.dropLast()
  }

  private func blocks(_ benefits: [ReportBenefit], withText: Bool = true) -> [String] {
    var lines: [String] = []
    for (number, benefit) in benefits.enumerated() {
      let clause = benefit.clause
      lines.append("### \(number + 1). \(md(benefit.title + draftMark(benefit.isDraft)))")
      lines.append("")
      lines.append(field(words.amount, (benefit.certainty ?? "") + benefit.amountText))
      for note in benefit.stackingNotes { lines.append(field(words.note, note)) }
      if let computation = benefit.computation {
        lines.append(field(words.computation, computation))
      }
      if let reason = benefit.notStackedReason { lines.append(field(words.notStacked, reason)) }
      lines.append(
        "- **\(words.basis)**\(words.colon)\(md(clause.citation)) \(md(clause.articleTitle))"
          + words.comma + md(clause.documentReference)
      )
      if !clause.departments.isEmpty {
        lines.append(
          field(words.departments, clause.departments.joined(separator: words.listSeparator)))
      }
      lines.append(field(words.because, benefit.because))
      if !benefit.openQuestions.isEmpty {
        lines.append(
          field(words.toConfirm, benefit.openQuestions.joined(separator: words.separator)))
      }
      if let note = benefit.note { lines.append(field(words.explanation, note)) }
      if withText && benefit.clauseQuotedAbove {
        lines.append(field(words.clauseText, words.seeAbove(clause.citation)))
      } else if withText {
        lines.append("")
        lines.append("> **\(words.clauseText)\(md(words.parenthetical(clause.citation)))**")
        lines.append(">")
        // A blank quoted line between paragraphs keeps them apart, as in the document.
        let paragraphs = clause.text.split(whereSeparator: \.isNewline).map {
          "> \(md(String($0)))"
        }
        lines += paragraphs.flatMap { [$0, ">"] }.dropLast()
      }
      lines.append("")
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private func table(_ header: [String], _ rows: [[String]]) -> [String] {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(MarkdownEscaping.cell).joined(separator: " | ") + " |"
    }
    return [row(header), "|" + String(repeating: " --- |", count: header.count)] + rows.map(row)
  }

  /// `- **金额**：50万元`.
  private func field(_ label: String, _ text: String) -> String {
    "- **\(label)**\(words.colon)\(md(text))"
  }

  private func md(_ text: String) -> String { MarkdownEscaping.escape(text) }

  private func draftMark(_ isDraft: Bool) -> String { isDraft ? words.draftMark : "" }
}
