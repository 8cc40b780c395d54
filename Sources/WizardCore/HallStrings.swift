import PolicyEngine

/// The wizard's words for the service hall (issue 17): a save another desk overtook, a store
/// that cannot be reached, the kiosk's hand-off code and the desk's 输入取件码. One table per
/// language, as `WizardStrings`.
public struct HallStrings: Sendable {
  public var conflictTitle: String
  public var conflictNotice: String
  /// Who saved the other version: `窗口3（版本 4）`.
  public var theirsHeading: @Sendable (_ desk: String?, _ version: Int64) -> String
  public var mineHeading: String
  public var conflictLegend: String
  public var conflictCancelled: String
  public var tookTheirs: @Sendable (Int64) -> String
  public var saveUnreachable: @Sendable (_ reason: String) -> String
  /// In the save form after a failed save: this save retries it.
  public var retryingSave: String
  public var handOffButton: String
  public var handOffTitle: String
  public var handOffLines: [String]
  /// The code as text too (for a screen reader, and to read out), with its expiry.
  public var handOffExpires: @Sendable (_ code: String, _ until: String) -> String
  /// The text inside the hand-off QR code: short, so that the code stays small enough to sit
  /// beside the large letters at 80×24 (a desk's scanner reads the code from it).
  public var handOffQR: @Sendable (String) -> String
  public var handOffBack: String
  public var handOffDone: String
  public var handOffUnavailableForVisitor: String
  public var codeEntryTitle: String
  public var codeEntryPrompt: String
  public var codeLetters: String
  public var codeLength: @Sendable (Int) -> String
  public var codeMissing: @Sendable (String) -> String
  public var codeTaken: @Sendable (String) -> String
  public var storeAway: @Sendable (_ reason: String) -> String
  /// The configured store keeps no hand-offs (a single desk's own file).
  public var handOffNeedsSharedStore: String

  public static func of(_ language: Language) -> HallStrings {
    language == .english ? english : chinese
  }

  public static let chinese = HallStrings(
    conflictTitle: "案例已被其他窗口修改",
    conflictNotice: "案例已被其他窗口修改：未保存，请选择保留哪一份",
    theirsHeading: { desk, version in "对方（\(desk.map { "\($0)，" } ?? "")版本 \(version)）" },
    mineHeading: "我的（未保存）",
    conflictLegend: "标 ≠ 的行两份不同",
    conflictCancelled: "未保存：答案仍在，可再次保存",
    tookTheirs: { "已载入其他窗口保存的案例 #\($0)，您未保存的修改已放弃" },
    saveUnreachable: { "案例未保存：数据库暂时无法连接（\($0)），答案仍在，下次保存时重试" },
    retryingSave: "上次保存未成功：这次保存将重试，不会重复存储",
    handOffButton: "到窗口继续办理",
    handOffTitle: "到窗口继续办理",
    handOffLines: [
      "请到服务窗口出示取件码，工作人员输入后即可接着您的答案办理，不必重新填写。",
      "只保存了答案，不含单位名称和联系方式；本机不留任何记录。",
    ],
    handOffExpires: { "取件码 \($0) 有效至 \($1)，过期即删除。" },
    handOffQR: { "取件码 \($0)" },
    handOffBack: "返回结果",
    handOffDone: "完成",
    handOffUnavailableForVisitor: "暂时无法生成取件码，请直接到服务窗口办理",
    codeEntryTitle: "输入取件码",
    codeEntryPrompt: "取件码：",
    codeLetters: "取件码只含数字 2–9 和字母（没有 0、1、I、L、O）",
    codeLength: { "取件码是 \($0) 位" },
    codeMissing: { "取件码 \($0) 不存在或已过期" },
    codeTaken: { "已取回取件码 \($0) 的答案：新案例草稿，保存后才存入" },
    storeAway: { "数据库暂时无法连接：\($0)" },
    handOffNeedsSharedStore: "此案例库不保存取件码：需配置大厅共享的案例库")

  public static let english = HallStrings(
    conflictTitle: "Another desk changed this case",
    conflictNotice: "Another desk changed this case: not saved; choose which answers to keep",
    theirsHeading: { desk, version in "Theirs (\(desk.map { "\($0), " } ?? "")version \(version))"
    },
    mineHeading: "Mine (unsaved)",
    conflictLegend: "Lines marked ≠ differ",
    conflictCancelled: "Not saved: your answers are kept; save again when ready",
    tookTheirs: {
      "Loaded case #\($0) as the other desk saved it; your unsaved changes are dropped"
    },
    saveUnreachable: {
      "Case not saved: the database cannot be reached (\($0)). Your answers are kept; the next save retries"
    },
    retryingSave: "The last save failed: this save retries it, nothing is stored twice",
    handOffButton: "To a desk",
    handOffTitle: "Continue at a desk",
    handOffLines: [
      "Show this code at a service desk: the consultant opens your answers and carries on.",
      "Only the answers are kept, no name or contact; this terminal keeps nothing.",
    ],
    handOffExpires: { "Code \($0) is valid until \($1), then deleted." },
    handOffQR: { "Hand-off code \($0)" },
    handOffBack: "Back to result",
    handOffDone: "Done",
    handOffUnavailableForVisitor: "No code can be made just now: please go to a service desk",
    codeEntryTitle: "Enter a hand-off code",
    codeEntryPrompt: "Code: ",
    codeLetters: "Codes have digits 2–9 and capitals (no 0, 1, I, L, O)",
    codeLength: { "A code has \($0) characters" },
    codeMissing: { "No answers under code \($0): unknown or expired" },
    codeTaken: { "Answers of code \($0) opened as a new case draft: saved only when you save" },
    storeAway: { "The database cannot be reached: \($0)" },
    handOffNeedsSharedStore:
      "This case store keeps no hand-off codes: configure the hall's shared store")
}
