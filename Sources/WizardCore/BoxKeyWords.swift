/// What each box's keys do, in a language: the words of `KeyMap.standardBoxes`' hints, keyed
/// `box.action` (`confirmQuit.accept`). A binding named in a hint without words here shows its
/// keys alone, which the key map tests refuse.
public struct BoxKeyWords: Sendable {
  public var help: [String: String]
  /// The boxes whose keys the help screen lists, by name: `保存案例：`.
  public var titles: [String: String]
  /// A key and what it does on a box's own hint line: `y 退出`, `y quit`.
  public var lineHint: @Sendable (_ key: String, _ help: String) -> String
  /// Between two keys on a box's own hint line: a full-width space, three spaces.
  public var lineSeparator: String
  /// Between two keys of a box's hint in the footer: a space, two spaces.
  public var footerSeparator: String

  public static let chinese = BoxKeyWords(
    help: [
      "confirmQuit.accept": "退出",
      "confirmQuit.close": "继续",
      "help.close": "任意键关闭",
      "compare.close": "任意键关闭",
      "takeHome.nextCode": "任意键翻到下一个",
      "detail.moveUp": "滚动",
      "detail.close": "关闭",
      "steps.moveUp": "选择",
      "steps.accept": "跳到此题",
      "steps.close": "关闭",
      "saveForm.nextField": "切换",
      "saveForm.accept": "保存",
      "saveForm.close": "取消",
      "caseList.type": "输入文字搜索",
      "caseList.moveUp": "选择",
      "caseList.accept": "打开",
      "caseList.close": "关闭",
      "confirmDiscard.accept": "放弃并继续",
      "confirmDiscard.close": "返回",
      "confirmDiscard.save": "先保存",
      "caseList.enterCode": "输入取件码",
      "saveConflict.keepMine": "保留我的（覆盖对方）",
      "saveConflict.takeTheirs": "采用对方的",
      "saveConflict.close": "取消",
      "handOffEntry.accept": "取回答案",
      "handOffEntry.close": "取消",
    ],
    titles: [
      "confirmQuit": "退出确认：", "saveForm": "保存案例：", "caseList": "打开案例：",
      "confirmDiscard": "尚未保存时：", "handOffEntry": "输入取件码：",
    ],
    lineHint: { "\($0) \($1)" },
    lineSeparator: "　",
    footerSeparator: " ")

  public static let english = BoxKeyWords(
    help: [
      "confirmQuit.accept": "quit",
      "confirmQuit.close": "go on",
      "help.close": "Any key closes",
      "compare.close": "Any key closes",
      "takeHome.nextCode": "Any key: the next code",
      "detail.moveUp": "scroll",
      "detail.close": "close",
      "steps.moveUp": "select",
      "steps.accept": "go to the question",
      "steps.close": "close",
      "saveForm.nextField": "next field",
      "saveForm.accept": "save",
      "saveForm.close": "cancel",
      "caseList.type": "Type to search",
      "caseList.moveUp": "select",
      "caseList.accept": "open",
      "caseList.close": "close",
      "confirmDiscard.accept": "discard and go on",
      "confirmDiscard.close": "back",
      "confirmDiscard.save": "save first",
      "caseList.enterCode": "enter a hand-off code",
      "saveConflict.keepMine": "keep mine (overwrite theirs)",
      "saveConflict.takeTheirs": "take theirs",
      "saveConflict.close": "cancel",
      "handOffEntry.accept": "fetch the answers",
      "handOffEntry.close": "cancel",
    ],
    titles: [
      "confirmQuit": "Quitting: ", "saveForm": "Saving a case: ", "caseList": "Opening a case: ",
      "confirmDiscard": "Unsaved answers: ", "handOffEntry": "Hand-off code: ",
    ],
    lineHint: { "\($0) \($1)" },
    lineSeparator: "   ",
    footerSeparator: "  ")
}
