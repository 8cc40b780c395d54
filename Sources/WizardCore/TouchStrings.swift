/// What a touch screen says instead of naming keys: the kiosk's wordings, the on-screen keypad,
/// the scroll buttons, 重新开始's question, the pending digit and the demo's footer. One table
/// per language, held by `WizardStrings.touch`, so every screen words them alike.
public struct TouchStrings: Sendable {
  /// The result's introduction in a kiosk (the help desk's names Enter).
  public var summaryIntro: String
  /// The footer under a detail or the list of questions in a kiosk.
  public var footerOverlay: String
  /// The list of questions' title in a kiosk.
  public var stepsTitle: String
  /// The kiosk's footer: what a finger can do (no key is named).
  public var footer: String
  /// The kiosk's help: what each touch target does, in place of the keys.
  public var helpLines: [String]
  /// The kiosk's result, when questions are still open: how to get back to them by touch.
  public var unansweredCount: @Sendable (Int) -> String
  /// The scroll buttons of the result, a detail and a long option list.
  public var pageUp: String
  public var pageDown: String
  /// The on-screen keypad's own keys.
  public var keypadBackspace: String
  public var keypadClear: String
  public var keypadConfirm: String
  public var keypadWan: String
  public var keypadYi: String
  /// 重新开始 asks first: the question and its two answers.
  public var restartQuestion: String
  public var restartConfirm: String
  public var restartCancel: String
  /// The first digit of a two-digit option number, shown beside a long list while it waits.
  public var pendingDigit: @Sendable (String) -> String
  /// The demo's footer: its state (▶ playing, ⏸ paused) and sample, then the presenter's keys.
  public var demoPlaying: @Sendable (String) -> String
  public var demoPaused: @Sendable (String) -> String
  /// After the presenter's keys: what any other key does.
  public var demoTakeOver: String
  /// The footer under a box that any tap closes (help, comparison) in a kiosk.
  public var footerTapCloses: String

  public static let chinese = TouchStrings(
    summaryIntro: "以下为根据您的回答可享受的支持。轻触一项查看条款原文与计算。",
    footerOverlay: "轻触上半部或下半部翻页，轻触“✕ 关闭”返回",
    stepsTitle: "全部问题（轻触跳转）",
    footer: "轻触选项作答，轻触结果查看详情",
    helpLines: [
      "轻触选项即可作答；金额和数量用屏幕上的数字键输入，轻触“确定”完成。",
      "轻触“▲ 上一页”“▼ 下一页”翻看较长的内容。",
      "“‹ 上一题”回到上一题，答案会保留。",
      "“重新开始”和“完成并清除”会清除全部回答（重新开始会先询问）。",
    ],
    unansweredCount: { "尚有\($0)题未回答，取决于这些问题的支持未计入或只列为可能。轻触“‹ 上一题”可回到这些问题。" },
    pageUp: "▲ 上一页",
    pageDown: "▼ 下一页",
    keypadBackspace: "⌫",
    keypadClear: "清除",
    keypadConfirm: "确定",
    keypadWan: "万",
    keypadYi: "亿",
    restartQuestion: "重新开始将清除全部回答，确定吗？",
    restartConfirm: "确定清除",
    restartCancel: "返回",
    pendingDigit: { "已输入编号 \($0)，可再输入一位" },
    demoPlaying: { "▶ 演示：\($0)" },
    demoPaused: { "⏸ 已暂停：\($0)" },
    demoTakeOver: "其他键接管",
    footerTapCloses: "轻触屏幕关闭"
  )

  public static let english = TouchStrings(
    summaryIntro: "What your answers qualify for. Tap a benefit for its clause and computation.",
    footerOverlay: "tap the upper or lower half to scroll, “✕ Close” to return",
    stepsTitle: "All questions (tap to jump)",
    footer: "tap an option to answer, a benefit for its detail",
    helpLines: [
      "Tap an option to answer; type sums and counts on the on-screen keypad, then tap “OK”.",
      "Tap “▲ Up” and “▼ Down” to page through long content.",
      "“‹ Back” returns to the previous question; answers are kept.",
      "“Start over” and “Finish & clear” clear every answer (Start over asks first).",
    ],
    unansweredCount: {
      "\($0) questions are unanswered; benefits depending on them are left out or only possible."
        + " Tap “‹ Back” to return to them."
    },
    pageUp: "▲ Up",
    pageDown: "▼ Down",
    keypadBackspace: "⌫",
    keypadClear: "Clear",
    keypadConfirm: "OK",
    keypadWan: "万",
    keypadYi: "亿",
    restartQuestion: "Start over clears every answer. Are you sure?",
    restartConfirm: "Clear all",
    restartCancel: "Return",
    pendingDigit: { "Number \($0) so far: type one more digit" },
    demoPlaying: { "▶ Demo: \($0)" },
    demoPaused: { "⏸ Paused: \($0)" },
    demoTakeOver: "other keys take over",
    footerTapCloses: "tap to close"
  )
}
