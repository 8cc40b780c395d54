import PolicyEngine
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
    var page = Page(width: width, language: report.language)
    page.add("", report.title)
    page.rule(report.title.displayWidth)
    let words = report.words
    for item in report.metadata { page.add("", item.label + words.colon + item.value) }
    for section in report.sections {
      page.blank()
      page.add("", section.numberedHeading(in: report))
      body(of: section, report, into: &page)
      if section == .totals { notices(report, into: &page) }
    }
    return page.lines.joined(separator: "\n") + "\n"
  }

  private func body(of section: ReportSection, _ report: EnterpriseReport, into page: inout Page) {
    let words = report.words
    func label(_ text: String) -> String { text + words.colon }
    func blocks(_ benefits: [ReportBenefit], withText: Bool = true) {
      self.blocks(benefits, withText: withText, words: words, into: &page)
    }
    switch section {
    case .answers:
      for answer in report.answers { page.add("  ", label(answer.label), answer.value) }
      if report.answers.isEmpty { page.add("  ", words.noOtherAnswers) }
      if !report.unanswered.isEmpty {
        page.add(
          "  ", label(words.undecided), report.unanswered.joined(separator: words.listSeparator))
      }
    case .totals:
      for line in report.totalsLines { page.add("  ", line) }
      for benefit in report.benefits {
        page.add(
          "  · ",
          (benefit.certainty ?? "") + label(benefit.title) + benefit.amountText
            + words.parenthetical(benefit.clause.citation))
      }
    case .benefits: blocks(report.benefits)
    case .notStacked: blocks(report.notStacked, withText: false)
    case .unstatedSupport: blocks(report.unstatedSupport)
    case .nonMonetarySupport: blocks(report.nonMonetarySupport)
    case .possible: blocks(report.possible)
    case .general: blocks(report.general)
    case .withinReach:
      for (number, miss) in report.withinReach.enumerated() {
        page.add("  \(number + 1). ", miss.title + draftMark(miss.isDraft, words))
        if let amount = miss.amountText { page.add("     ", label(words.amountIfReached), amount) }
        // An unanswered question says so itself (未回答：…): no 差距 label before it.
        page.add("     ", miss.isUnanswered ? "" : label(words.gap), miss.missing)
        page.add(
          "     ", label(words.basis), "\(miss.clause.citation) \(miss.clause.documentReference)")
      }
    case .documents:
      for document in report.documents {
        var line = words.documentTitle(document.title)
        if let number = document.number { line += words.parenthetical(number) }
        line += " \(document.issuer)"
        if let published = document.published { line += " \(published)" }
        page.add("  · ", line + draftMark(document.isDraft, words))
      }
    }
  }

  private func notices(_ report: EnterpriseReport, into page: inout Page) {
    let words = report.words
    page.blank()
    page.add("", words.pleaseNote)
    for notice in report.notices { page.add("  ※ ", notice.heading + words.colon + notice.text) }
  }

  private func blocks(
    _ benefits: [ReportBenefit], withText: Bool, words: ReportStrings, into page: inout Page
  ) {
    func label(_ text: String) -> String { text + words.colon }
    for (number, benefit) in benefits.enumerated() {
      let clause = benefit.clause
      if number > 0 { page.blank() }
      let field = "     "
      page.add("  \(number + 1). ", benefit.title + draftMark(benefit.isDraft, words))
      page.add(field, label(words.amount), (benefit.certainty ?? "") + benefit.amountText)
      for note in benefit.stackingNotes { page.add(field, label(words.note), note) }
      if let computation = benefit.computation {
        page.add(field, label(words.computation), computation)
      }
      if let reason = benefit.notStackedReason { page.add(field, label(words.notStacked), reason) }
      page.add(
        field, label(words.basis),
        "\(clause.citation) \(clause.articleTitle)\(words.beforeDocument)\(clause.documentReference)"
      )
      if !clause.departments.isEmpty {
        page.add(
          field, label(words.departments), clause.departments.joined(separator: words.listSeparator)
        )
      }
      page.add(field, label(words.because), benefit.because)
      if !benefit.openQuestions.isEmpty {
        page.add(
          field, label(words.toConfirm), benefit.openQuestions.joined(separator: words.separator))
      }
      if let note = benefit.note { page.add(field, label(words.explanation), note) }
      if withText && benefit.clauseQuotedAbove {
        page.add(field, label(words.clauseText), words.seeAbove(clause.citation))
      } else if withText {
        page.add(field, label(words.clauseText).trimmingTrailingSpaces)
        for paragraph in clause.text.split(whereSeparator: \.isNewline) {
          page.add(field + "  ", String(paragraph))
        }
      }
    }
  }

  private func draftMark(_ isDraft: Bool, _ words: ReportStrings) -> String {
    isDraft ? words.draftMark : ""
  }
}

extension String {
  /// The text without the spaces at its end (a label that ends a line).
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

/// Lines of at most `width` columns, each added as an indent, an optional label and a text:
/// a text too long for its line continues on the next, under the text (after the label), or
/// under the start of the label when the label is too wide to leave room beside it.
private struct Page {
  let width: Int
  /// The report's language: lines break between amounts of money, never inside one.
  let language: Language
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
    let first = labelled.wrappedKeepingAmounts(
      toWidth: width - indent.displayWidth, language: language)
    guard let head = first.first else {
      lines.append(indent)
      return
    }
    lines.append(indent + head)
    // The break the first line ended at: spaces, or a line break of the text itself.
    var rest = labelled.dropFirst(head.count).drop { $0 == " " }
    if rest.first?.isNewline == true { rest = rest.dropFirst() }
    let pad = String(repeating: " ", count: hanging)
    for line in String(rest).wrappedKeepingAmounts(toWidth: width - hanging, language: language) {
      lines.append(pad + line)
    }
  }
}
