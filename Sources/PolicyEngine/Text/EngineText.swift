/// Every sentence the engine writes for people, in one place so that an English table can sit
/// beside the Chinese one.
public struct EngineText: Sendable {
  public var separator: String
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
  public var forYears: @Sendable (Int) -> String
  public var forAtMostYears: @Sendable (Int) -> String
  public var once: String
  public var upTo: @Sendable (String) -> String
  public var atLeast: @Sendable (String) -> String
  public var range: @Sendable (String, String) -> String
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
  /// The name of each certainty category, the same in every output.
  public var certaintyLabel: @Sendable (Certainty) -> String
  public var total: String
  public var dependsOnLabel: String
  public var generalSupport: String
  public var dependsOn: @Sendable (String) -> String
  public var reachThreshold:
    @Sendable (_ label: String, _ target: String, _ shortfall: String, _ current: String) -> String
  public var reachAbove:
    @Sendable (_ label: String, _ threshold: String, _ current: String) -> String
  public var reachFloor:
    @Sendable (_ label: String, _ target: String, _ shortfall: String, _ current: String) -> String
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

  public static let chinese = EngineText(
    separator: "；",
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
    forYears: { "连续\($0)年" },
    forAtMostYears: { "最多\($0)年" },
    once: "一次性",
    upTo: { "最高\($0)" },
    atLeast: { "不低于\($0)" },
    range: { "\($0)至\($1)" },
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
    dependsOn: { "取决于尚未回答的问题：\($0)" },
    reachThreshold: { "\($0)达到\($1)即可获得（还差\($2)，目前\($3)）" },
    reachAbove: { "\($0)超过\($1)即可获得（目前\($2)）" },
    reachFloor: { "\($0)达到\($1)时补助才达到起付金额（还差\($2)，目前\($3)）" },
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
    takeHomeCaption: "扫码带走结果：日期、盟市、单位类型、各项支持的金额与条款、合计、责任单位；不含单位名称和联系方式。"
  )
}

extension EngineText {
  /// A sum over a whole term, the one wording of a total: `120万元`, `最高300万元`,
  /// `不低于500万元`, `20万元至300万元`.
  public func sum(_ range: MoneyRange) -> String {
    guard let max = range.max else { return atLeast(MoneyFormat.chinese(range.min)) }
    if max == range.min { return MoneyFormat.chinese(max) }
    if range.min == .zero { return upTo(MoneyFormat.chinese(max)) }
    return self.range(MoneyFormat.chinese(range.min), MoneyFormat.chinese(max))
  }
}

/// Words that are the same in every wording so far, kept here with the others.
extension EngineText {
  /// `平台与载体第2项`: an item of a list answer.
  public func listItem(_ label: String, number: Int) -> String { "\(label)第\(number)项" }
  /// A document's status as `policies` prints it: `征求意见稿`, `施行`.
  public func documentStatus(_ status: DocumentStatus) -> String {
    status == .draft ? "征求意见稿" : "施行"
  }
  /// `责任单位`: the departments an article names.
  public var departmentsLabel: String { "责任单位" }
}
