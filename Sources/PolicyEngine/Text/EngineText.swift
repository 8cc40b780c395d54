/// Every sentence the engine writes for people, one table per language (`chinese`,
/// `english`): a Swift struct, so a table that lacks an entry does not compile.
public struct EngineText: Sendable {
  /// The language of this table: the catalog's texts are read in it (`title(in:)`…).
  public var language: Language
  /// The one wording of a sum of money in this language: `50万元`, `CNY 500,000`.
  public var money: @Sendable (Money) -> String
  public var separator: String
  /// Between the parts of one phrase: `，`, `, `.
  public var comma: String
  /// Between the names of a list: `、`, `, `.
  public var listSeparator: String
  /// Between a label and its value: `label：value`, `label: value` (`labelled(_:_:)`).
  public var labelSeparator: String
  /// Around a word's aside: `（…）` after a word, ` (…)` in English (`parenthetical(_:)`).
  public var parenthesisOpen: String
  public var parenthesisClose: String
  /// A name quoted in a sentence: `“…”`.
  public var quoted: @Sendable (String) -> String
  /// A badge before a title: `［确定］`, `[certain] `.
  public var badge: @Sendable (String) -> String
  /// A mark after a title: `［施行］`, ` [in force]`.
  public var mark: @Sendable (String) -> String
  /// A rate paid every year, as `policies` summarises it: `每年5%`, `5% a year`.
  public var yearlyRate: @Sendable (String) -> String
  /// A rate's cap, as `policies` summarises it: `，上限500万元`, `, capped at CNY 5,000,000`.
  public var rateCap: @Sendable (Money) -> String
  public var yes: String
  public var no: String
  public var derivedIncrement: String
  public var newlyApproved: String
  public var equalMatch: String
  public var capLabel: String
  public var capEachLabel: String
  public var floorLabel: String
  public var ceilingLabel: String
  public var itemsTotal: @Sendable (Int) -> String
  public var perYear: String
  /// A per-year amount with its term: `每年 15万元 连续3年`, `CNY 150,000 a year for 3 years`.
  public var yearly: @Sendable (_ amount: String, _ term: String?) -> String
  public var forYears: @Sendable (Int) -> String
  public var forAtMostYears: @Sendable (Int) -> String
  public var once: String
  public var upTo: @Sendable (String) -> String
  public var atLeast: @Sendable (String) -> String
  /// From–to: `20万元至300万元`, `CNY 200,000 – 3,000,000` (the currency written once).
  public var range: @Sendable (Money, Money) -> String
  public var quantity: @Sendable (Int64, String) -> String
  public var points: @Sendable (Int64) -> String
  public var stackedByRule: @Sendable (_ winner: String, _ rule: String) -> String
  public var stackedByCustom: @Sendable (_ winner: String) -> String
  public var stackedByTier: @Sendable (_ winner: String) -> String
  public var stackedByDecision:
    @Sendable (_ winner: String, _ why: String, _ rule: String?) -> String
  public var itemPaidElsewhere: @Sendable (_ item: String, _ reason: String) -> String
  public var chooseHigher: @Sendable (_ others: String) -> String
  public var openList: String
  public var openListShort: String
  /// The possible line when a per-item count (projects, platforms) is unanswered: the rest is
  /// paid per item, with no upper bound.
  public var perItemOpen: String
  /// The name of each certainty category, the same in every output.
  public var certaintyLabel: @Sendable (Certainty) -> String
  public var total: String
  public var dependsOnLabel: String
  public var generalSupport: String
  /// Before the questions a possible benefit hinges on (`dependsOn(_:)`).
  public var dependsOnIntro: String
  public var reachThreshold:
    @Sendable (_ label: String, _ target: String, _ shortfall: String, _ current: String) -> String
  public var reachAbove:
    @Sendable (_ label: String, _ threshold: String, _ current: String) -> String
  public var reachFloor:
    @Sendable (_ label: String, _ target: String, _ shortfall: String, _ current: String) -> String
  /// A near miss of the unanswered kind: `未回答：贵单位…？`, the questions left out.
  public var notAnswered: @Sendable (String) -> String
  public var kindDescription: @Sendable (BenefitKind) -> String
  public var noConditions: String
  public var applicantOK: String
  /// The take-home QR code's summary: the benefits left out for want of room, the draft
  /// caution, the departments line.
  public var takeHomeMore: @Sendable (Int) -> String
  public var takeHomeDraftNotice: String
  public var takeHomeDepartments: @Sendable (String) -> String
  /// Beside the code in the HTML report.
  public var takeHomeCaption: String
  /// `平台与载体第2项`: an item of a list answer.
  public var listItemWording: @Sendable (_ label: String, _ number: Int) -> String
  /// A document's status as `policies` prints it: `征求意见稿`, `施行`.
  public var documentStatusWording: @Sendable (DocumentStatus) -> String
  /// `责任单位`: the departments an article names.
  public var departmentsLabel: String
  /// Before an article's original text, which is Chinese in every language (it is the law).
  public var originalTextLabel: String

  /// The table for a language.
  public static func of(_ language: Language) -> EngineText {
    language == .english ? .english : .chinese
  }

  public static let chinese = EngineText(
    language: .chinese,
    money: { MoneyFormat.chinese($0) },
    separator: "；",
    comma: "，",
    listSeparator: "、",
    labelSeparator: "：",
    parenthesisOpen: "（",
    parenthesisClose: "）",
    quoted: { "“\($0)”" },
    badge: { "［\($0)］" },
    mark: { "［\($0)］" },
    yearlyRate: { "每年\($0)" },
    rateCap: { "，上限\(MoneyFormat.chinese($0))" },
    yes: "是",
    no: "否",
    derivedIncrement: "研发投入年增量",
    newlyApproved: "新获批/新认定",
    equalMatch: "等额（1:1）",
    capLabel: "上限",
    capEachLabel: "单项上限",
    floorLabel: "不足则不予支持",
    ceilingLabel: "按不超过该比例，实际金额视评审而定",
    itemsTotal: { "\($0) 项合计" },
    perYear: "每年",
    yearly: { amount, term in ["每年", amount, term].compactMap { $0 }.joined(separator: " ") },
    forYears: { "连续\($0)年" },
    forAtMostYears: { "最多\($0)年" },
    once: "一次性",
    upTo: { "最高\($0)" },
    atLeast: { "不低于\($0)" },
    range: { "\(MoneyFormat.chinese($0))至\(MoneyFormat.chinese($1))" },
    quantity: { "\($1) × \($0) 项" },
    points: { "积分 \($0)" },
    stackedByRule: { "按就高、从优、不重复原则（\($1)），以“\($0)”为准，本项不重复享受" },
    stackedByCustom: {
      "同一事项在本市多项政策中均符合，按就高、从优、不重复的通行做法以“\($0)”为准（本市文件未明示该原则，请向主管部门确认能否叠加）"
    },
    stackedByTier: { "同一条款内不同档次对同一事项不叠加，以“\($0)”为准" },
    stackedByDecision: { winner, why, rule in
      let principle = rule.map { "按就高、从优、不重复原则（\($0)）" } ?? "就高不重复"
      return "本目录认定与“\(winner)”为同一事项（\(why)），\(principle)，本项不再计入"
    },
    itemPaidElsewhere: { "\($0)：\($1)" },
    chooseHigher: { "与\($0)为同一事项，无法确定孰高，取其高，以主管部门核定为准" },
    openList: "条款所列类型以“等”结尾，未明列本项类型，以申报通知为准",
    openListShort: "以申报通知为准",
    perItemOpen: "另按项计，项数未回答",
    certaintyLabel: { certainty in
      switch certainty {
      case .certain: return "确定"
      case .draft: return "征求意见稿"
      case .upTo: return "最高"
      case .atLeast: return "不低于"
      case .reserved: return "择优／一定条件"
      case .chooseHigher: return "取其高"
      case .possible: return "可能"
      }
    },
    total: "合计",
    dependsOnLabel: "　取决于",
    generalSupport: "普遍适用的支持（未设申报条件）",
    dependsOnIntro: "取决于尚未回答的问题：",
    reachThreshold: { "\($0)达到\($1)即可获得（还差\($2)，目前\($3)）" },
    reachAbove: { "\($0)超过\($1)即可获得（目前\($2)）" },
    reachFloor: { "\($0)达到\($1)时补助才达到起付金额（还差\($2)，目前\($3)）" },
    notAnswered: { "未回答：\($0)" },
    kindDescription: { kind in
      switch kind {
      case .money: return "资金支持"
      case .points: return "蒙科聚积分奖励"
      case .caseByCase: return "一事一议，金额未列明"
      case .competitive: return "择优支持，金额未列明"
      case .unstated: return "给予支持，金额未列明"
      case .nonMonetary: return "非资金支持"
      case .reform: return "改革措施，不涉及申报资金"
      }
    },
    noConditions: "本条未设申报条件",
    applicantOK: "符合条件",
    takeHomeMore: { "另有\($0)项，详见完整报告" },
    takeHomeDraftNotice: "征求意见稿以正式文件为准",
    takeHomeDepartments: { "责任单位：\($0)" },
    takeHomeCaption: "扫码带走结果：日期、盟市、单位类型、各项支持的金额与条款、合计、责任单位；不含单位名称和联系方式。",
    listItemWording: { "\($0)第\($1)项" },
    documentStatusWording: { $0 == .draft ? "征求意见稿" : "施行" },
    departmentsLabel: "责任单位",
    originalTextLabel: "条款原文"
  )

  /// English amounts are exact to the fen and grouped by thousands (`CNY 500,000`,
  /// `CNY 1,234.50`), never rounded into "million": a wrong amount is the worst mistake this
  /// program can make, and `¥` is also the yen's sign.
  public static let english = EngineText(
    language: .english,
    money: { MoneyFormat.english($0) },
    separator: "; ",
    comma: ", ",
    listSeparator: ", ",
    labelSeparator: ": ",
    parenthesisOpen: " (",
    parenthesisClose: ")",
    quoted: { "“\($0)”" },
    badge: { "[\($0)] " },
    mark: { " [\($0)]" },
    yearlyRate: { "\($0) a year" },
    rateCap: { ", capped at \(MoneyFormat.english($0))" },
    yes: "yes",
    no: "no",
    derivedIncrement: "annual increase in R&D spending",
    newlyApproved: "newly approved/recognised",
    equalMatch: "equal match (1:1)",
    capLabel: "capped at",
    capEachLabel: "capped per item at",
    floorLabel: "no support below this",
    ceilingLabel: "at most this rate; the actual amount is set by review",
    itemsTotal: { $0 == 1 ? "1 item in all" : "\($0) items in all" },
    perYear: "a year",
    yearly: { amount, term in "\(amount) a year" + (term.map { " \($0)" } ?? "") },
    forYears: { $0 == 1 ? "for 1 year" : "for \($0) years" },
    forAtMostYears: { $0 == 1 ? "for at most 1 year" : "for at most \($0) years" },
    once: "once",
    upTo: { "up to \($0)" },
    atLeast: { "at least \($0)" },
    range: { "\(MoneyFormat.english($0)) – \(MoneyFormat.yuanToTheFen($1))" },
    quantity: { "\($1) × \($0) \($0 == 1 ? "item" : "items")" },
    points: { "\($0) points" },
    stackedByRule: {
      "not paid in addition: “\($0)” applies instead, under the rule of the higher, more favourable benefit without double payment (\($1))"
    },
    stackedByCustom: {
      "the same matter qualifies under several policies of the city; by the usual rule of the higher benefit without double payment, “\($0)” applies (the city's documents do not state this rule: ask the department whether both can be paid)"
    },
    stackedByTier: {
      "tiers of one clause are not paid together for the same matter; “\($0)” applies"
    },
    stackedByDecision: { winner, why, rule in
      let principle =
        rule.map { "under the rule of the higher benefit without double payment (\($0))" }
        ?? "the higher is paid once"
      return
        "this catalog treats it as the same matter as “\(winner)” (\(why)); \(principle), so it is not counted again"
    },
    itemPaidElsewhere: { "\($0): \($1)" },
    chooseHigher: {
      "the same matter as \($0); which is higher cannot be told yet: the higher is paid, as the department decides"
    },
    openList:
      "the clause's list of types ends with “etc.” and does not name this one: see the call for applications",
    openListShort: "see the call for applications",
    perItemOpen: "plus a sum for each item, the number of items not given",
    certaintyLabel: { certainty in
      switch certainty {
      case .certain: return "certain"
      case .draft: return "draft"
      case .upTo: return "up to"
      case .atLeast: return "at least"
      case .reserved: return "selective / on conditions"
      case .chooseHigher: return "the higher of"
      case .possible: return "possible"
      }
    },
    total: "Total",
    dependsOnLabel: "  depends on",
    generalSupport: "Support for everyone (no conditions to apply)",
    dependsOnIntro: "depends on questions not yet answered: ",
    reachThreshold: { "yours when \($0) reaches \($1) (\($2) to go, now \($3))" },
    reachAbove: { "yours when \($0) is above \($1) (now \($2))" },
    reachFloor: {
      "the grant reaches its minimum payment when \($0) reaches \($1) (\($2) to go, now \($3))"
    },
    notAnswered: { "Not answered: \($0)" },
    kindDescription: { kind in
      switch kind {
      case .money: return "funding"
      case .points: return "Mengkeju points"
      case .caseByCase: return "decided case by case, no amount stated"
      case .competitive: return "selective support, no amount stated"
      case .unstated: return "support, no amount stated"
      case .nonMonetary: return "support other than money"
      case .reform: return "a reform measure, no funding to apply for"
      }
    },
    noConditions: "this article sets no conditions",
    applicantOK: "eligible",
    takeHomeMore: { "\($0) more in the full report" },
    takeHomeDraftNotice: "drafts: the final documents decide",
    takeHomeDepartments: { "Departments: \($0)" },
    takeHomeCaption:
      "Scan to take the result with you: date, city, type of applicant, each benefit's amount and article, the totals and the departments; no name or contact.",
    listItemWording: { "item \($1) of \($0)" },
    documentStatusWording: { $0 == .draft ? "draft" : "in force" },
    departmentsLabel: "Departments",
    originalTextLabel: "Original text (Chinese, the legal text)"
  )
}

extension EngineText {
  // The wordings below are pieces rather than closures so that the Explainer can write a
  // sentence straight into its output (a JSON string, issue 19) with the same words as the
  // String these functions make.

  /// `label：value`, `label: value`.
  public func labelled(_ label: String, _ value: String) -> String {
    label + labelSeparator + value
  }

  /// `（…）` after a word, ` (…)` in English.
  public func parenthetical(_ aside: String) -> String {
    parenthesisOpen + aside + parenthesisClose
  }

  /// `取决于尚未回答的问题：…`: the questions a possible benefit hinges on.
  public func dependsOn(_ questions: String) -> String { dependsOnIntro + questions }

  /// A sum over a whole term, the one wording of a total: `120万元`, `最高300万元`,
  /// `不低于500万元`, `20万元至300万元`.
  public func sum(_ range: MoneyRange) -> String {
    guard let max = range.max else { return atLeast(money(range.min)) }
    if max == range.min { return money(max) }
    if range.min == .zero { return upTo(money(max)) }
    return self.range(range.min, max)
  }

  /// `平台与载体第2项`, `item 2 of Platforms`.
  public func listItem(_ label: String, number: Int) -> String { listItemWording(label, number) }
  /// `征求意见稿`, `施行`; `draft`, `in force`.
  public func documentStatus(_ status: DocumentStatus) -> String { documentStatusWording(status) }
}
