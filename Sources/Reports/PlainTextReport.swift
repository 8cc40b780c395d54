/// The report as plain text, for a terminal, an e-mail or a printer without a browser: one block
/// per benefit, each with its amount, its article and the article's original text.
public struct PlainTextReport: Sendable {
  public init() {}

  public func render(_ report: EnterpriseReport) -> String {
    var lines: [String] = [report.title, String(repeating: "=", count: 40)]
    for item in report.metadata { lines.append("\(item.label)：\(item.value)") }
    for section in report.sections {
      lines.append("")
      lines.append(section.numberedHeading(in: report))
      lines += body(of: section, report)
      if section == .totals { lines += notices(report) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func body(of section: ReportSection, _ report: EnterpriseReport) -> [String] {
    switch section {
    case .answers:
      var lines = report.answers.map { "  \($0.label)：\($0.value)" }
      if lines.isEmpty { lines.append("  （未填写其他情况）") }
      if !report.unanswered.isEmpty {
        lines.append("  尚未确定：\(report.unanswered.joined(separator: "、"))")
      }
      return lines
    case .totals:
      var lines = report.totalsLines.map { "  \($0)" }
      for benefit in report.benefits {
        lines.append(
          "  · \(benefit.certainty ?? "")\(benefit.title)：\(benefit.amountText)（\(benefit.clause.citation)）"
        )
      }
      return lines
    case .benefits: return blocks(report.benefits)
    case .notStacked: return blocks(report.notStacked, withText: false)
    case .unstatedSupport: return blocks(report.unstatedSupport)
    case .nonMonetarySupport: return blocks(report.nonMonetarySupport)
    case .possible: return blocks(report.possible)
    case .general: return blocks(report.general)
    case .withinReach:
      return report.withinReach.enumerated().flatMap { number, miss in
        var lines = ["  \(number + 1). \(miss.title)\(draftMark(miss.isDraft))"]
        if let amount = miss.amountText { lines.append("     可得金额：\(amount)") }
        lines.append("     差距：\(miss.missing)")
        lines.append("     依据：\(miss.clause.citation) \(miss.clause.documentReference)")
        return lines
      }
    case .documents:
      return report.documents.map { document in
        var line = "  · 《\(document.title)》"
        if let number = document.number { line += "（\(number)）" }
        line += " \(document.issuer)"
        if let published = document.published { line += " \(published)" }
        return line + draftMark(document.isDraft)
      }
    }
  }

  private func notices(_ report: EnterpriseReport) -> [String] {
    ["", "请注意"] + report.notices.map { "  ※ \($0.heading)：\($0.text)" }
  }

  private func blocks(_ benefits: [ReportBenefit], withText: Bool = true) -> [String] {
    var lines: [String] = []
    for (number, benefit) in benefits.enumerated() {
      let clause = benefit.clause
      lines.append("  \(number + 1). \(benefit.title)\(draftMark(benefit.isDraft))")
      lines.append("     金额：\(benefit.certainty ?? "")\(benefit.amountText)")
      for note in benefit.stackingNotes { lines.append("     注：\(note)") }
      if let computation = benefit.computation { lines.append("     计算：\(computation)") }
      if let reason = benefit.notStackedReason { lines.append("     不重复享受：\(reason)") }
      lines.append("     依据：\(clause.citation) \(clause.articleTitle)　\(clause.documentReference)")
      if !clause.departments.isEmpty {
        lines.append("     责任单位：\(clause.departments.joined(separator: "、"))")
      }
      lines.append("     符合理由：\(benefit.because)")
      if !benefit.openQuestions.isEmpty {
        lines.append("     待确认：\(benefit.openQuestions.joined(separator: "；"))")
      }
      if let note = benefit.note { lines.append("     说明：\(note)") }
      if withText && benefit.clauseQuotedAbove {
        lines.append("     条款原文：见上文 \(clause.citation)")
      } else if withText {
        lines.append("     条款原文：")
        lines += clause.text.split(whereSeparator: \.isNewline).map { "       \($0)" }
      }
      lines.append("")
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private func draftMark(_ isDraft: Bool) -> String { isDraft ? "［征求意见稿］" : "" }
}
