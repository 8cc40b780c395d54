/// The words of the enterprise report that are not data: labels, headings of the report's own
/// parts, the catalog edition. The one place they are written, in Chinese.
public enum ReportStrings {
  public static let title = "科技创新支持政策匹配报告"

  // The recipient block.
  public static let enterpriseName = "企业名称"
  public static let caseNumber = "案例编号"
  public static let contact = "联系人"
  public static let consultant = "咨询顾问"

  // The report's head.
  public static let city = "所在盟市"
  public static let cityMissing = "未填写"
  public static let applicant = "申报主体"
  public static let asOf = "判断日期"
  public static let catalogVersion = "目录版本"
  public static let drafts = "征求意见稿"
  public static let draftsIncluded = "已纳入"
  public static let draftsExcluded = "未纳入"

  /// `2026-01-15 版（收录政策文件 5 份）`: the catalog named by the newest date among its
  /// documents (published or in force from) and how many documents it holds.
  public static func catalogEdition(date: String?, documents: Int) -> String {
    "\(date.map { "\($0) 版" } ?? "未注明日期")（收录政策文件 \(documents) 份）"
  }

  /// `案例 #12`.
  public static func caseLabel(_ number: Int64) -> String { "#\(number)" }

  // Labels inside sections.
  public static let noOtherAnswers = "（未填写其他情况）"
  public static let undecided = "尚未确定"
  public static let amount = "金额"
  public static let amountIfReached = "可得金额"
  public static let gap = "差距"
  public static let basis = "依据"
  public static let note = "注"
  public static let computation = "计算"
  public static let notStacked = "不重复享受"
  public static let departments = "责任单位"
  public static let because = "符合理由"
  public static let toConfirm = "待确认"
  public static let explanation = "说明"
  public static let clauseText = "条款原文"
  public static let pleaseNote = "请注意"
  public static let draftMark = "［征求意见稿］"

  /// `见上文 呼伦贝尔（一）`: the clause was quoted with an earlier benefit.
  public static func seeAbove(_ citation: String) -> String { "见上文 \(citation)" }
}
