import PolicyEngine

/// The words of the enterprise report that are not data: labels, headings of the report's own
/// parts, the catalog edition. One table per language (`chinese`, `english`): a Swift struct,
/// so a table that lacks an entry does not compile.
public struct ReportStrings: Sendable {
  public var title: String

  // The recipient block.
  public var enterpriseName: String
  public var caseNumber: String
  public var contact: String
  public var consultant: String

  // The report's head.
  public var city: String
  public var cityMissing: String
  public var applicant: String
  public var asOf: String
  public var catalogVersion: String
  public var drafts: String
  public var draftsIncluded: String
  public var draftsExcluded: String

  /// `2026-01-15 版（收录政策文件 5 份）`: the catalog named by the newest date among its
  /// documents (published or in force from) and how many documents it holds.
  public var catalogEdition: @Sendable (_ date: String?, _ documents: Int) -> String

  /// `#12`: a case's number.
  public var caseLabel: @Sendable (Int64) -> String

  /// After a label: `：`, `: `.
  public var colon: String
  /// Between the names of a list: `、`, `, `.
  public var listSeparator: String
  /// Between the parts of one answer: `；`, `; `.
  public var separator: String
  /// Between the parts of a line: `，`, `, `.
  public var comma: String
  /// `（…）`, ` (…)`.
  public var parenthetical: @Sendable (String) -> String
  /// `《title》`, `“title”`: a document's title in a sentence.
  public var documentTitle: @Sendable (String) -> String
  /// Between an article's title and its document's: `　`, ` — `.
  public var beforeDocument: String
  /// `一、`, `1. `: a section's number.
  public var sectionNumber: @Sendable (Int) -> String

  // Labels inside sections.
  public var noOtherAnswers: String
  public var undecided: String
  public var amount: String
  public var amountIfReached: String
  public var gap: String
  public var basis: String
  public var note: String
  public var computation: String
  public var notStacked: String
  public var departments: String
  public var because: String
  public var toConfirm: String
  public var explanation: String
  /// Before an article's original text, which is Chinese in every language (it is the law).
  public var clauseText: String
  public var pleaseNote: String
  public var draftMark: String
  /// The draft mark in HTML (styled apart, so without brackets).
  public var draftLabel: String

  /// `见上文 呼伦贝尔（一）`: the clause was quoted with an earlier benefit.
  public var seeAbove: @Sendable (_ citation: String) -> String
  /// `条款原文见上文 呼伦贝尔（一）。`: the same, as a sentence of its own (HTML).
  public var clauseSeeAbove: @Sendable (_ citation: String) -> String

  /// ` × 3 年`: how many years a per-year sum is paid.
  public var years: @Sendable (Int) -> String
  /// ` × 最多5 年`: the years are a ceiling (最多5年).
  public var atMostYears: @Sendable (Int) -> String
  /// `，共1500万元`: the whole of a per-year sum.
  public var inAll: @Sendable (_ whole: String) -> String

  /// Section headings (the general support's is the engine's, shared with the wizard).
  public var sectionHeading: @Sendable (ReportSection) -> String

  // Notices.
  public var draftNoticeHeading: String
  public var draftNotice: @Sendable (_ documents: String) -> String
  public var rangeNoticeHeading: String
  public var rangeNotice: String
  public var perYearNoticeHeading: String
  public var perYearNotice: String
  public var generalNoticeHeading: String
  public var generalNotice: String

  // Table headers of the Markdown and HTML reports.
  public var item: String
  public var content: String
  public var situation: String
  public var answered: String
  public var benefit: String
  public var clause: String
  public var missing: String
  public var reachable: String
  /// `依据条款`: the HTML tables' column of citations.
  public var clauseColumn: String
  public var total: String

  /// The HTML page's `lang`.
  public var htmlLanguage: String
  /// The HTML report's footer: the catalog and the day.
  public var footer: @Sendable (_ catalog: String, _ day: String) -> String

  /// The table for a language.
  public static func of(_ language: Language) -> ReportStrings {
    language == .english ? .english : .chinese
  }

  public static let chinese = ReportStrings(
    title: "科技创新支持政策匹配报告",
    enterpriseName: "企业名称",
    caseNumber: "案例编号",
    contact: "联系人",
    consultant: "咨询顾问",
    city: "所在盟市",
    cityMissing: "未填写",
    applicant: "申报主体",
    asOf: "判断日期",
    catalogVersion: "目录版本",
    drafts: "征求意见稿",
    draftsIncluded: "已纳入",
    draftsExcluded: "未纳入",
    catalogEdition: { date, documents in
      "\(date.map { "\($0) 版" } ?? "未注明日期")（收录政策文件 \(documents) 份）"
    },
    caseLabel: { "#\($0)" },
    colon: "：",
    listSeparator: "、",
    separator: "；",
    comma: "，",
    parenthetical: { "（\($0)）" },
    documentTitle: { "《\($0)》" },
    beforeDocument: "　",
    sectionNumber: { "\(Citation.chineseNumeral($0))、" },
    noOtherAnswers: "（未填写其他情况）",
    undecided: "尚未确定",
    amount: "金额",
    amountIfReached: "可得金额",
    gap: "差距",
    basis: "依据",
    note: "注",
    computation: "计算",
    notStacked: "不重复享受",
    departments: "责任单位",
    because: "符合理由",
    toConfirm: "待确认",
    explanation: "说明",
    clauseText: "条款原文",
    pleaseNote: "请注意",
    draftMark: "［征求意见稿］",
    draftLabel: "征求意见稿",
    seeAbove: { "见上文 \($0)" },
    clauseSeeAbove: { "条款原文见上文 \($0)。" },
    years: { " × \($0) 年" },
    atMostYears: { " × 最多\($0) 年" },
    inAll: { "，共\($0)" },
    sectionHeading: { section in
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
    },
    draftNoticeHeading: "征求意见稿",
    draftNotice: {
      "标注［征求意见稿］的条款（\($0)）来自尚未正式发布的征求意见稿，条件和金额可能调整，以正式发布文件为准。"
    },
    rangeNoticeHeading: "金额上下限",
    rangeNotice:
      "标注“最高”“不低于”的金额是文件规定的上限或下限，不是实际支付金额；实际金额以主管部门核定为准。",
    perYearNoticeHeading: "按年支持",
    perYearNotice: "“每年”给予且文件未写明年限的支持，合计中只计一年。",
    generalNoticeHeading: "说明",
    generalNotice:
      "本报告依据贵单位填报的情况和所列政策文件条款自动生成，供了解政策参考，不作为申报或审批依据；"
      + "是否符合条件及具体金额以各责任单位（主管部门）审核为准。",
    item: "项目",
    content: "内容",
    situation: "情况",
    answered: "填报内容",
    benefit: "支持项目",
    clause: "条款",
    missing: "还差什么",
    reachable: "达到后可得",
    clauseColumn: "依据条款",
    total: "合计",
    htmlLanguage: "zh-CN",
    footer: { "目录版本 \($0)，判断日期 \($1)。每项金额均注明所依据的文件条款。" }
  )

  public static let english = ReportStrings(
    title: "Science and Technology Support Policies: Eligibility Report",
    enterpriseName: "Organisation",
    caseNumber: "Case number",
    contact: "Contact",
    consultant: "Consultant",
    city: "City",
    cityMissing: "not given",
    applicant: "Applicant",
    asOf: "Judged on",
    catalogVersion: "Catalog",
    drafts: "Drafts",
    draftsIncluded: "included",
    draftsExcluded: "not included",
    catalogEdition: { date, documents in
      let edition = date.map { "edition of \($0)" } ?? "undated edition"
      return "\(edition) (\(documents) policy \(documents == 1 ? "document" : "documents"))"
    },
    caseLabel: { "#\($0)" },
    colon: ": ",
    listSeparator: ", ",
    separator: "; ",
    comma: ", ",
    parenthetical: { " (\($0))" },
    documentTitle: { "“\($0)”" },
    beforeDocument: " — ",
    sectionNumber: { "\($0). " },
    noOtherAnswers: "(nothing else answered)",
    undecided: "Not known yet",
    amount: "Amount",
    amountIfReached: "Amount once reached",
    gap: "Gap",
    basis: "Basis",
    note: "Note",
    computation: "Computation",
    notStacked: "Not paid in addition",
    departments: "Departments",
    because: "Why it applies",
    toConfirm: "To confirm",
    explanation: "Explanation",
    clauseText: EngineText.english.originalTextLabel,
    pleaseNote: "Please note",
    draftMark: " [draft]",
    draftLabel: "draft",
    seeAbove: { "see above, \($0)" },
    clauseSeeAbove: { "The original text is quoted above, \($0)." },
    years: { $0 == 1 ? " × 1 year" : " × \($0) years" },
    atMostYears: { " × at most \($0) \($0 == 1 ? "year" : "years")" },
    inAll: { ", \($0) in all" },
    sectionHeading: { section in
      switch section {
      case .answers: return "Your answers"
      case .totals: return "Total support"
      case .benefits: return "Funding you qualify for"
      case .notStacked: return "Not paid in addition (the higher, more favourable, once)"
      case .unstatedSupport: return "Points and support without a stated amount"
      case .nonMonetarySupport: return "Support other than money (services, procurement, finance)"
      case .possible: return "Possible (more information needed)"
      case .general: return EngineText.english.generalSupport
      case .withinReach: return "Within reach"
      case .documents: return "Policy documents"
      }
    },
    draftNoticeHeading: "Drafts",
    draftNotice: {
      "Clauses marked [draft] (\($0)) come from drafts for comment that are not yet published; their conditions and amounts may change, and the published documents decide."
    },
    rangeNoticeHeading: "Limits",
    rangeNotice:
      "Amounts marked “up to” or “at least” are the limits the documents set, not the sums paid; the department fixes the actual amount.",
    perYearNoticeHeading: "Yearly support",
    perYearNotice:
      "Support paid “a year” whose document states no number of years counts one year in the totals.",
    generalNoticeHeading: "About this report",
    generalNotice:
      "This report was generated from your answers and the policy clauses listed, for information; "
      + "it is not an application or a decision. Whether you qualify, and the amounts, are for "
      + "the departments named to decide.",
    item: "Item",
    content: "Content",
    situation: "Question",
    answered: "Answer",
    benefit: "Benefit",
    clause: "Clause",
    missing: "What is missing",
    reachable: "Once reached",
    clauseColumn: "Clause",
    total: "Total",
    htmlLanguage: "en",
    footer: {
      "Catalog \($0), judged on \($1). Every amount names the clause of the document it rests on."
    }
  )
}
