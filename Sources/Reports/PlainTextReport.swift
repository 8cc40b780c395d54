import ScreenKit

/// The enterprise's report as plain text: what `evaluate`, `report --format txt`,
/// `cases show`, `cases export --format txt` and the kiosk's printer all give. One block per
/// benefit, each with its amount, its article and the article's original text, laid out for
/// paper: every line at most `width` display columns (a Chinese character counts two and is
/// never split), a wrapped line continuing under the text it belongs to.
public struct PlainTextReport: Sendable {
  /// Columns of a line: 72 fit A4 in a 10-point monospaced font and an 80-column terminal.
  public static let paperWidth = 72

  public var width: Int

  public init(width: Int = PlainTextReport.paperWidth) { self.width = max(width, 24) }

  public func render(_ report: EnterpriseReport) -> String {
    var page = Page(width: width)
    page.add("", report.title)
    page.rule(report.title.displayWidth)
    for item in report.metadata { page.add("", "\(item.label)：\(item.value)") }
    for section in report.sections {
      page.blank()
      page.add("", section.numberedHeading(in: report))
      body(of: section, report, into: &page)
      if section == .totals { notices(report, into: &page) }
    }
    return page.lines.joined(separator: "\n") + "\n"
  }

  private func body(of section: ReportSection, _ report: EnterpriseReport, into page: inout Page) {
    let words = ReportStrings.self
    switch section {
    case .answers:
      for answer in report.answers { page.add("  ", "\(answer.label)：", answer.value) }
      if report.answers.isEmpty { page.add("  ", words.noOtherAnswers) }
      if !report.unanswered.isEmpty {
        page.add("  ", "\(words.undecided)：", report.unanswered.joined(separator: "、"))
      }
    case .totals:
      for line in report.totalsLines { page.add("  ", line) }
      for benefit in report.benefits {
        page.add(
          "  · ",
          "\(benefit.certainty ?? "")\(benefit.title)：\(benefit.amountText)（\(benefit.clause.citation)）"
        )
      }
    case .benefits: blocks(report.benefits, into: &page)
    case .notStacked: blocks(report.notStacked, withText: false, into: &page)
    case .unstatedSupport: blocks(report.unstatedSupport, into: &page)
    case .nonMonetarySupport: blocks(report.nonMonetarySupport, into: &page)
    case .possible: blocks(report.possible, into: &page)
    case .general: blocks(report.general, into: &page)
    case .withinReach:
      for (number, miss) in report.withinReach.enumerated() {
        page.add("  \(number + 1). ", miss.title + draftMark(miss.isDraft))
        if let amount = miss.amountText { page.add("     ", "\(words.amountIfReached)：", amount) }
        page.add("     ", "\(words.gap)：", miss.missing)
        page.add(
          "     ", "\(words.basis)：", "\(miss.clause.citation) \(miss.clause.documentReference)")
      }
    case .documents:
      for document in report.documents {
        var line = "《\(document.title)》"
        if let number = document.number { line += "（\(number)）" }
        line += " \(document.issuer)"
        if let published = document.published { line += " \(published)" }
        page.add("  · ", line + draftMark(document.isDraft))
      }
    }
  }

  private func notices(_ report: EnterpriseReport, into page: inout Page) {
    page.blank()
    page.add("", ReportStrings.pleaseNote)
    for notice in report.notices { page.add("  ※ ", "\(notice.heading)：\(notice.text)") }
  }

  private func blocks(
    _ benefits: [ReportBenefit], withText: Bool = true, into page: inout Page
  ) {
    let words = ReportStrings.self
    for (number, benefit) in benefits.enumerated() {
      let clause = benefit.clause
      if number > 0 { page.blank() }
      let field = "     "
      page.add("  \(number + 1). ", benefit.title + draftMark(benefit.isDraft))
      page.add(field, "\(words.amount)：", (benefit.certainty ?? "") + benefit.amountText)
      for note in benefit.stackingNotes { page.add(field, "\(words.note)：", note) }
      if let computation = benefit.computation {
        page.add(field, "\(words.computation)：", computation)
      }
      if let reason = benefit.notStackedReason { page.add(field, "\(words.notStacked)：", reason) }
      page.add(
        field, "\(words.basis)：",
        "\(clause.citation) \(clause.articleTitle)　\(clause.documentReference)")
      if !clause.departments.isEmpty {
        page.add(field, "\(words.departments)：", clause.departments.joined(separator: "、"))
      }
      page.add(field, "\(words.because)：", benefit.because)
      if !benefit.openQuestions.isEmpty {
        page.add(field, "\(words.toConfirm)：", benefit.openQuestions.joined(separator: "；"))
      }
      if let note = benefit.note { page.add(field, "\(words.explanation)：", note) }
      if withText && benefit.clauseQuotedAbove {
        page.add(field, "\(words.clauseText)：", words.seeAbove(clause.citation))
      } else if withText {
        page.add(field, "\(words.clauseText)：")
        for paragraph in clause.text.split(whereSeparator: \.isNewline) {
          page.add(field + "  ", String(paragraph))
        }
      }
    }
  }

  private func draftMark(_ isDraft: Bool) -> String { isDraft ? ReportStrings.draftMark : "" }
}

/// Lines of at most `width` columns, each added as an indent, an optional label and a text:
/// a text too long for its line continues on the next, under the text (after the label), or
/// under the start of the label when the label is too wide to leave room beside it.
private struct Page {
  let width: Int
  var lines: [String] = []

  mutating func blank() { lines.append("") }

  mutating func rule(_ columns: Int) {
    lines.append(String(repeating: "=", count: min(max(columns, 1), width)))
  }

  mutating func add(_ indent: String, _ label: String, _ text: String = "") {
    let labelled = label + text
    var hanging = indent.displayWidth + label.displayWidth
    // Too little room beside a long label: continue under the label instead.
    if width - hanging < width / 2 { hanging = indent.displayWidth }
    if indent.displayWidth + labelled.displayWidth <= width {
      lines.append(indent + labelled)
      return
    }
    // The first line holds the indent, then as much as fits; the rest hang under it.
    let first = labelled.wrapped(toWidth: width - indent.displayWidth)
    guard let head = first.first else {
      lines.append(indent)
      return
    }
    lines.append(indent + head)
    // The break the first line ended at: spaces, or a line break of the text itself.
    var rest = labelled.dropFirst(head.count).drop { $0 == " " }
    if rest.first?.isNewline == true { rest = rest.dropFirst() }
    let pad = String(repeating: " ", count: hanging)
    for line in String(rest).wrapped(toWidth: width - hanging) {
      lines.append(pad + line)
    }
  }
}
