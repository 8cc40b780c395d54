/// A caution printed with the report, so that nobody takes a draft or a limit for a promise.
public struct ReportNotice: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    /// A shown clause comes from a 征求意见稿.
    case draft
    /// A shown amount is a limit (最高、不低于), not the sum paid.
    case range
    /// A per-year sum states no number of years; the total counts one.
    case perYearCounted
    /// Always: the report is for information, the departments decide.
    case general
  }

  public var kind: Kind
  /// A short heading: `征求意见稿`.
  public var heading: String
  public var text: String

  static func draft(_ documents: [String]) -> ReportNotice {
    ReportNotice(
      kind: .draft, heading: "征求意见稿",
      text: "标注［征求意见稿］的条款（\(documents.joined(separator: "、"))）来自尚未正式发布的征求意见稿，"
        + "条件和金额可能调整，以正式发布文件为准。")
  }

  static let range = ReportNotice(
    kind: .range, heading: "金额上下限",
    text: "标注“最高”“不低于”的金额是文件规定的上限或下限，不是实际支付金额；实际金额以主管部门核定为准。")

  static let perYearCounted = ReportNotice(
    kind: .perYearCounted, heading: "按年支持",
    text: "“每年”给予且文件未写明年限的支持，合计中只计一年。")

  static let general = ReportNotice(
    kind: .general, heading: "说明",
    text: "本报告依据贵单位填报的情况和所列政策文件条款自动生成，供了解政策参考，不作为申报或审批依据；"
      + "是否符合条件及具体金额以各责任单位（主管部门）审核为准。")
}
