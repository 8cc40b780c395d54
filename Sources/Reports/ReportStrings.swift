import PolicyEngine

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

  /// ` × 3 年`: how many years a per-year sum is paid.
  public static func years(_ count: Int) -> String { " × \(count) 年" }
  /// ` × 最多5 年`: the years are a ceiling (最多5年).
  public static func atMostYears(_ count: Int) -> String { " × 最多\(count) 年" }
  /// `，共1500万元`: the whole of a per-year sum.
  public static func inAll(_ whole: String) -> String { "，共\(whole)" }

  // Section headings (the general support's is the engine's, shared with the wizard).
  public static func sectionHeading(_ section: ReportSection) -> String {
    switch section {
    case .answers: return "填报情况"
    case .totals: return "可获支持合计"
    case .benefits: return "符合条件的资金支持"
    case .notStacked: return "不重复享受的项目（就高、从优、不重复）"
    case .unstatedSupport: return "积分及未列明金额的支持"
    case .nonMonetarySupport: return "非资金支持（服务、采购、金融等）"
    case .possible: return "可能符合（待补充信息）"
    case .general: return EngineText.chinese.generalSupport
    case .withinReach: return "差一点即可获得"
    case .documents: return "依据的政策文件"
    }
  }

  // Notices.
  public static let draftNoticeHeading = "征求意见稿"
  public static func draftNotice(_ documents: String) -> String {
    "标注［征求意见稿］的条款（\(documents)）来自尚未正式发布的征求意见稿，条件和金额可能调整，以正式发布文件为准。"
  }
  public static let rangeNoticeHeading = "金额上下限"
  public static let rangeNotice =
    "标注“最高”“不低于”的金额是文件规定的上限或下限，不是实际支付金额；实际金额以主管部门核定为准。"
  public static let perYearNoticeHeading = "按年支持"
  public static let perYearNotice = "“每年”给予且文件未写明年限的支持，合计中只计一年。"
  public static let generalNoticeHeading = "说明"
  public static let generalNotice =
    "本报告依据贵单位填报的情况和所列政策文件条款自动生成，供了解政策参考，不作为申报或审批依据；"
    + "是否符合条件及具体金额以各责任单位（主管部门）审核为准。"

  // Table headers of the Markdown report.
  public static let item = "项目"
  public static let content = "内容"
  public static let situation = "情况"
  public static let answered = "填报内容"
  public static let benefit = "支持项目"
  public static let clause = "条款"
  public static let missing = "还差什么"
  public static let reachable = "达到后可得"
}
