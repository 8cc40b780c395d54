import PolicyEngine

/// What the counted benefits add up to: the part that is certain, and how far the ranges reach.
/// Benefits not stacked (就高、从优、不重复), points and unstated sums are not counted.
public struct ReportTotals: Sendable, Equatable {
  /// At least this much: every counted benefit at its lowest.
  public var min: Money
  /// At most this much; nil when a counted benefit has no stated maximum (不低于).
  public var max: Money?
  /// The sum of the benefits whose amount is exact (no 最高/不低于).
  public var certain: Money

  /// `90万元`, `不低于500万元`, `50万元至250万元`.
  public var text: String
  /// The totals by certainty, worded as every output words them (`Explainer.totalsText`):
  /// `合计：…`, `确定：…`, `征求意见稿：…`.
  public var lines: [String]

  init(_ result: EvaluationResult, explainer: Explainer) {
    let totals = result.totals
    min = totals.min
    max = totals.max
    certain = totals.certain
    text = ReportAmount.sum(min: totals.min, max: totals.max, wording: explainer.text)
    lines = explainer.totalsText(result)
  }

  public var isExact: Bool { max == min }
}
