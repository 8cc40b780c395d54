/// The result as plain text for a terminal, a pipe or a printer: one benefit per block,
/// every amount with its article.
public struct TextReport: Sendable {
  public let explainer: Explainer

  public init(explainer: Explainer) { self.explainer = explainer }

  public func render(_ result: EvaluationResult, profile: Profile) -> String {
    let catalog = explainer.catalog
    var lines: [String] = []
    lines.append("判断日期：\(result.asOf)　目录版本：\(catalog.version)")
    let considered = result.documentsConsidered.map { index -> String in
      let document = catalog.documents[index]
      return document.status == .draft ? "\(document.shortName)（征求意见稿）" : document.shortName
    }
    lines.append("适用文件：\(considered.isEmpty ? "无" : considered.joined(separator: "、"))")
    lines.append(contentsOf: explainer.totalsText(result))
    lines.append("")
    section("符合条件的支持", result.matches, result, profile: profile, into: &lines)
    section("可能符合（取决于尚未回答的问题或申报通知）", result.possible, result, profile: profile, into: &lines)
    section(explainer.text.generalSupport, result.general, result, profile: profile, into: &lines)
    if !result.nearMisses.isEmpty {
      lines.append("差一点就能获得")
      for miss in result.nearMisses {
        let amount = miss.amountAtThreshold.map { "（\(explainer.amount($0))）" } ?? ""
        lines.append(
          "  · \(catalog[miss.location].title)\(amount)　\(explainer.citation(miss.location))")
        lines.append("    \(explainer.missing(miss))")
      }
      lines.append("")
    }
    if result.matches.contains(where: { catalog.documents[$0.location.document].status == .draft })
    {
      lines.append("注意：标有［征求意见稿］的条款来自尚未正式发布的文件，最终以正式文件为准。")
    }
    if result.matches.contains(where: { $0.amount.map { !$0.isExact } ?? false }) {
      lines.append("注意：“最高”“不低于”为文件规定的上下限，实际金额以主管部门核定为准。")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public func totals(_ totals: Totals) -> String {
    explainer.text.sum(MoneyRange(min: totals.min, max: totals.max))
  }

  private func section(
    _ title: String, _ outcomes: [BenefitOutcome], _ result: EvaluationResult, profile: Profile,
    into lines: inout [String]
  ) {
    guard !outcomes.isEmpty else { return }
    let catalog = explainer.catalog
    lines.append("\(title)（\(outcomes.count)）")
    for outcome in outcomes {
      let benefit = catalog[outcome.location]
      let document = catalog.documents[outcome.location.document]
      let draft = document.status == .draft ? "［征求意见稿］" : ""
      let figure: String
      if let amount = outcome.amount {
        figure = explainer.amount(amount)
      } else if let points = outcome.points {
        figure = explainer.text.points(points)
      } else {
        figure = explainer.text.kindDescription(benefit.kind)
      }
      let badge = outcome.certainty.map(explainer.certaintyBadge) ?? ""
      lines.append(
        "  · \(badge)\(benefit.title)：\(figure)　\(explainer.citation(outcome.location))\(draft)")
      if let computation = outcome.computation, !computation.isStatedSum {
        lines.append("    计算：\(explainer.computation(computation))")
      }
      lines.append("    依据：\(explainer.because(outcome, profile: profile))")
      if let stacked = outcome.stackedOut {
        lines.append("    不重复享受：\(explainer.stacking(stacked))")
      }
      for note in explainer.stackingNotes(outcome, in: result, profile: profile) {
        lines.append("    注：\(note)")
      }
      if let note = benefit.note { lines.append("    说明：\(note)") }
    }
    lines.append("")
  }
}
