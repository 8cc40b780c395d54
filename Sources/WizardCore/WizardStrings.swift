import PolicyEngine

/// Every string the wizard shows, one table per language (`chinese` here, `english` in
/// WizardStrings+English.swift): a struct, so a table missing a key does not compile.
public struct WizardStrings: Sendable {
  /// The language's own name, for the kiosk's language switch: `中文`, `English`.
  public var languageName: String
  /// A key and what it does, in the footer: `Enter确认`, `Enter confirm`.
  public var keyHint: @Sendable (_ key: String, _ help: String) -> String
  /// Key names the key map spells neutrally, in this language (`Space` is `空格` in Chinese).
  public var keyNames: [String: String]
  /// Between two parts of a line that are not a sentence: a full-width space, two spaces.
  public var gap: String
  /// The unit a money field reads a bare number in: 万元 in Chinese, yuan in English.
  public var moneyInputUnit: AmountParsing.Unit
  /// A sum in yuan as typed into a money field (with its unit when the field's is not yuan).
  public var typedYuan: @Sendable (String) -> String
  /// The catalog's question rewritten to the field's unit (`多少元` → `多少万元`); nil: none.
  public var questionUnit: (catalog: String, field: String)?
  /// The catalog's years relative to today, named in a kiosk: `上年度` is one year back.
  public var relativeYears: [(phrase: String, yearsBack: Int)]
  /// A relative year named: `上年度` becomes `2025年`, `last year` becomes `last year (2025)`.
  public var namedYear: @Sendable (_ phrase: String, _ year: Int) -> String
  /// A benefit of a draft document, in its detail's heading: `［征求意见稿］`.
  public var detailDraftBadge: String
  /// The heading over an article's original text, with its citation and title.
  public var detailTextHeading: @Sendable (String) -> String
  public var appTitle: String
  public var step: @Sendable (Int, Int) -> String
  public var summaryStep: String
  public var unsure: String
  public var unsureMarked: String
  public var yes: String
  public var no: String
  public var moneyUnit: String
  public var moneyHint: String
  public var countHint: String
  public var notANumber: String
  public var negative: String
  public var tooPrecise: String
  public var tooLarge: String
  public var misplacedSeparator: String
  /// A paste or typing beyond a field's length: what was typed up to the bound is kept.
  public var fieldTooLong: @Sendable (Int) -> String
  /// Adding to a list that holds as many items as a profile may.
  public var listFull: @Sendable (Int) -> String
  public var derivedIncrement: String
  public var addItem: String
  public var nextQuestion: String
  public var noItems: String
  public var itemStep: @Sendable (String, Int, Int) -> String
  public var whyAsk: String
  public var whyAskNone: String
  public var hasCityPolicies: String
  public var regionOnly: String
  public var panelTitle: String
  public var matched: String
  public var possible: String
  public var withoutAmount: String
  public var withinReach: String
  public var stacked: String
  public var draftBadge: String
  public var noMatches: String
  public var dependsOn: String
  public var detailTitle: String
  public var detailComputation: String
  public var detailBecause: String
  public var detailDepartments: String
  public var detailStacked: String
  public var detailNote: String
  public var detailAmount: String
  public var tooSmall: @Sendable (Int, Int, Int, Int) -> String
  public var quitQuestion: String
  public var stepsTitle: String
  public var unanswered: String
  /// On the result, when questions are still open: how many, and the key back to them.
  public var unansweredCount: @Sendable (_ count: Int, _ key: String?) -> String
  public var helpTitle: String
  /// What each key does, by `KeyAction` name: the footer, help and README use them.
  public var keyHelp: [String: String]
  public var newCaseStarted: String
  public var total: String
  public var otherCityAsks: @Sendable (String) -> String
  /// Jargon of the catalog's questions and what it means, said plainly (the kiosk shows it).
  public var kioskGlossary: [(term: String, explanation: String)]
  public var filterPrompt: String
  public var closeButton: String
  public var touchHint: String
  public var backButton: String
  public var restartButton: String
  public var finishButton: String
  public var discardQuestion: String
  public var caseTitle: @Sendable (String, Int64?) -> String
  /// The help screen's lines after the keys.
  public var helpNotes: [String]
  public var summaryTitle: String
  public var summaryIntro: String
  public var documents: String
  public var wrongPIN: String
  public var pinPrompt: String
  public var pinLocked: @Sendable (Int) -> String
  public var printSent: String
  /// A print asked for while the previous one still runs: one job at a time.
  public var stillPrinting: String
  /// The operator log (or the PIN back-off beside it) could not be written; the reason.
  public var operatorLogFailed: @Sendable (String) -> String
  public var printFailed: @Sendable (PrintFailure) -> String
  public var welcomeTitle: String
  public var welcomeLines: [String]
  public var welcomeStart: String
  public var countdown: @Sendable (Int) -> String
  public var countdownHint: String
  public var demoBanner: @Sendable (String) -> String
  public var compareTitle: String
  public var compareHeaders: [String]
  public var compareNote: String
  public var nameRequired: String
  /// Saving or exporting while a field's text cannot be read: which field to fix.
  public var fixBeforeSaving: @Sendable (_ field: String) -> String
  public var caseOpened: @Sendable (String) -> String
  public var saveTitle: String
  public var saveFields: [String]
  public var casesTitle: String
  public var casesSearch: String
  public var casesEmpty: String
  /// The kiosk's take-home QR code: the result screen's key, the heading and lines beside the
  /// code, what did not fit, and how to go back.
  public var takeHomeButton: String
  public var takeHomeTitle: String
  public var takeHomeLines: [String]
  /// Which of several take-home codes is shown, and how to reach the next.
  public var takeHomePage: @Sendable (Int, Int) -> String
  public var takeHomeClose: String
  /// The help desk's notices from the case database and the report export.
  public var caseSaved:
    @Sendable (_ updated: Bool, _ id: Int64, _ name: String, _ path: String) -> String
  public var saveFailed: @Sendable (_ reason: String) -> String
  public var caseListFailed: @Sendable (_ reason: String) -> String
  public var caseMissing: @Sendable (_ id: Int64) -> String
  public var openFailed: @Sendable (_ id: Int64, _ reason: String) -> String
  /// Both files written, each path whole: the HTML report and its plain-text copy.
  public var reportExported: @Sendable (_ html: String, _ text: String) -> String
  public var exportFailed: @Sendable (_ reason: String) -> String
  public var databaseBusy: @Sendable (_ path: String) -> String
  public var databaseReadOnly: @Sendable (_ path: String) -> String
  /// A touch screen's words (kiosk wordings, keypad, scroll buttons, 重新开始's question).
  public var touch = TouchStrings.chinese
  /// What each box's keys do (the hints of `KeyMap.standardBoxes`).
  public var boxKeys = BoxKeyWords.chinese

  /// The table of a language.
  public static func of(_ language: Language) -> WizardStrings {
    switch language {
    case .chinese: return .chinese
    case .english: return .english
    }
  }

  public static let chinese = WizardStrings(
    languageName: "中文",
    keyHint: { "\($0)\($1)" },
    keyNames: ["Space": "空格"],
    gap: "　",
    moneyInputUnit: .wan,
    typedYuan: { "\($0)元" },
    questionUnit: ("多少元", "多少万元"),
    relativeYears: [("前一年度", 2), ("上一年度", 1), ("上年度", 1), ("本年度", 0)],
    namedYear: { "\($1)年" },
    detailDraftBadge: "［征求意见稿］",
    detailTextHeading: { "原文（\($0)）" },
    appTitle: "科技政策向导",
    step: { "第\($0)/\($1)步" },
    summaryStep: "结果",
    unsure: "不确定 / 跳过",
    unsureMarked: "（不确定）",
    yes: "是",
    no: "否",
    moneyUnit: "万元",
    moneyHint: "单位：万元。可输入 1200、1,200、0.8亿、3000元",
    countHint: "请输入整数",
    notANumber: "无法识别：请输入数字，如 1200 或 0.8亿",
    negative: "金额不能为负数",
    tooPrecise: "金额最多精确到分",
    tooLarge: "数值过大：金额最多1万亿元，数量最多1000000",
    misplacedSeparator: "逗号只用作千位分隔，如 1,200、12,000,000；1.5亿 不要写成 1,5亿，数字中间不要有空格",
    fieldTooLong: { "最多\($0)个字符，多出的部分未录入" },
    listFull: { "最多\($0)项，不能再添加" },
    derivedIncrement: "年增量（自动计算）",
    addItem: "＋ 添加一项",
    nextQuestion: "完成，下一题 →",
    noItems: "（尚无）",
    itemStep: { "\($0) · 第\($1)/\($2)项" },
    whyAsk: "为什么问：",
    whyAskNone: "此题目前不影响结果。",
    hasCityPolicies: "有本市政策",
    regionOnly: "仅自治区政策",
    panelTitle: "可享受的支持",
    matched: "符合条件",
    possible: "可能符合",
    withoutAmount: "未列明金额的支持",
    withinReach: "差一点就能获得",
    stacked: "不重复",
    draftBadge: "稿",
    noMatches: "暂无符合条件的资金支持",
    dependsOn: "待答：",
    detailTitle: "条款详情",
    detailComputation: "计算",
    detailBecause: "符合原因",
    detailDepartments: "责任单位",
    detailStacked: "不重复享受",
    detailNote: "说明",
    detailAmount: "金额",
    tooSmall: { "窗口太小：至少需要 \($0)×\($1)，当前 \($2)×\($3)。请放大窗口。" },
    quitQuestion: "确定退出？已填写的答案将不会保存。",
    stepsTitle: "全部问题（Enter 跳转）",
    unanswered: "—",
    unansweredCount: { count, key in
      "尚有\(count)题未回答，取决于这些问题的支持未计入或只列为可能。"
        + (key.map { "按 \($0) 回到这些问题。" } ?? "")
    },
    helpTitle: "帮助",
    keyHelp: [
      "moveUp": "选择", "pick": "按编号选择（可输入两位数）", "filter": "输入文字筛选选项",
      "confirm": "确认", "back": "上一题", "forward": "下一题", "cycle": "切换",
      "remove": "删除列表项或清空", "pageUp": "翻页", "first": "第一项 / 最后一项",
      "switchFocus": "结果", "steps": "全部问题", "compare": "各盟市对比", "save": "保存",
      "open": "打开案例", "export": "导出报告", "newCase": "新建案例", "print": "打印结果", "takeHome": "扫码带走结果",
      "help": "帮助", "quit": "退出", "interrupt": "立即退出", "demoSample": "选样例",
      "demoPause": "暂停/继续", "demoStep": "单步", "demoResume": "继续播放",
      "handOff": "到窗口继续办理", "handOffCode": "输入取件码",
    ],
    newCaseStarted: "已新建案例",
    total: "合计",
    otherCityAsks: { "在\($0)还会问：" },
    kioskGlossary: [
      (
        "按统计口径的R&D经费",
        "说明：R&D经费即研究与试验发展经费，是单位全年用于研究开发的全部支出（人员、材料、设备等），按向统计部门报送的数字填写。"
      ),
      ("“链主”企业", "说明：“链主”企业指在一条产业链中起带头作用、带动上下游企业的龙头企业。"),
    ],
    filterPrompt: "筛选：",
    closeButton: "✕ 关闭",
    touchHint: "可直接轻触选项",
    backButton: "‹ 上一题",
    restartButton: "重新开始",
    finishButton: "完成并清除",
    discardQuestion: "当前回答尚未保存，确定放弃？",
    caseTitle: { name, id in id.map { "\(name) #\($0)" } ?? name },
    helpNotes: [
      "金额单位为万元：1200、1,200、0.8亿、１２００万、3000元 均可",
      "每题都可选“不确定 / 跳过”：结果区会区分确定与可能",
      "列表题（平台、合同等）：Enter 添加或编辑，Del 删除",
      "金额均来自政策原文，标“稿”的来自征求意见稿；以主管部门核定为准。",
    ],
    summaryTitle: "结果汇总",
    summaryIntro: "以下为根据您的回答可享受的支持。选择一项按 Enter 查看条款原文与计算。",
    documents: "适用文件",
    wrongPIN: "PIN 不正确",
    pinPrompt: "操作员 PIN：",
    pinLocked: { "请稍候 \($0) 秒" },
    printSent: "已发送打印",
    stillPrinting: "上一份仍在打印，请稍候",
    operatorLogFailed: { "操作员日志无法写入（\($0)），请检查 kiosk.operatorLog" },
    printFailed: { failure in
      let reason: String
      switch failure {
      case .cannotStart: reason = "打印命令无法启动"
      case .didNotRead: reason = "打印命令未接收报告"
      case .exited(let status): reason = "打印命令出错（退出状态 \(status)）"
      case .killed(let signal): reason = "打印命令被终止（信号 \(signal)）"
      case .timedOut(let seconds): reason = "打印超过 \(seconds) 秒未完成，已取消"
      }
      return "打印失败：\(reason)，请联系工作人员"
    },
    welcomeTitle: "内蒙古科技支持政策自助查询",
    welcomeLines: [
      "回答几个问题，即可看到贵单位可以享受哪些科技政策、各能获得多少支持。",
      "每个金额都注明政策文件和条款，可查看原文。",
      "不确定的问题可以选“不确定 / 跳过”。",
      "本机不保存您的任何回答；离开后将自动清除。",
    ],
    welcomeStart: "按任意键或轻触屏幕开始",
    countdown: { "长时间无操作，\($0) 秒后将清除全部回答" },
    countdownHint: "按任意键或轻触屏幕继续使用",
    demoBanner: { "演示：\($0)　按任意键接管" },
    compareTitle: "同一单位在各盟市可享受的支持",
    compareHeaders: ["盟市", "确定", "合计", "资金项目数"],
    compareNote: "按当前回答计算；最后一行代表只有自治区政策的盟市。任意键关闭",
    nameRequired: "请填写单位名称",
    fixBeforeSaving: { "“\($0)”一栏的内容无法识别，请先改正再保存或导出" },
    caseOpened: { "已打开案例：\($0)" },
    saveTitle: "保存案例",
    saveFields: ["单位名称", "联系人（可选）", "备注（可选）"],
    casesTitle: "已保存的案例",
    casesSearch: "搜索：",
    casesEmpty: "没有匹配的案例",
    takeHomeButton: "扫码带走",
    takeHomeTitle: "扫码带走结果",
    takeHomeLines: [
      "用手机相机或微信扫描左侧二维码，即可带走本次结果的摘要。",
      "摘要不含单位名称、联系方式等任何身份信息。",
    ],
    takeHomePage: { "第 \($0)/\($1) 张：每张都要扫，轻触屏幕看下一张" },
    takeHomeClose: "轻触屏幕或按任意键返回",
    caseSaved: { updated, id, name, path in "\(updated ? "已更新" : "已保存")案例 #\(id)：\(name)（\(path)）"
    },
    saveFailed: { "保存失败：\($0)" },
    caseListFailed: { "无法读取案例：\($0)" },
    caseMissing: { "案例 #\($0) 不存在" },
    openFailed: { "无法打开案例 #\($0)：\($1)" },
    reportExported: { "报告已导出：\($0)　纯文本：\($1)" },
    exportFailed: { "导出失败：\($0)" },
    databaseBusy: { "案例库正被其他程序占用，请稍后再试（\($0)）" },
    databaseReadOnly: { "案例库所在文件或目录为只读，无法保存（\($0)）" }
  )
}
