import PolicyEngine

/// The plain mode's own words, one table per language: everything else it says comes from the
/// wizard's and the engine's tables, so that both modes word a message alike. A struct, so that
/// a key missing from one language is a compile error.
public struct PlainStrings: Sendable {
  /// The words that make a line a command rather than an answer; matched without regard to
  /// case, and every language's words are accepted in every language.
  public struct CommandWords: Sendable {
    public var help: [String]
    public var why: [String]
    public var skip: [String]
    public var back: [String]
    public var result: [String]
    public var quit: [String]
    /// Followed by an item's number, on a list question: that item goes.
    public var remove: [String]
  }

  public var commandWords: CommandWords
  /// Said once, before the first question: what the mode is and the commands.
  public var introduction: [String]
  /// `问题 3/19：`, before the question's text.
  public var questionNumber: @Sendable (_ number: Int, _ count: Int) -> String
  /// A field of a record question, `第1/2栏：上年度研发投入`.
  public var recordField: @Sendable (_ number: Int, _ count: Int, _ label: String) -> String
  /// A field of a list item: the list, the item's number, the field's place and label.
  public var itemField:
    @Sendable (_ list: String, _ item: Int, _ number: Int, _ count: Int, _ label: String) -> String
  /// Before the answer: what a person types after.
  public var prompt: String
  /// What an empty line does on a choice: take the option said here.
  public var enterChooses: @Sendable (String) -> String
  /// What an empty line does on a typed field with an answer: keep it.
  public var enterKeeps: @Sendable (String) -> String
  /// What an empty line does on a typed field without an answer.
  public var enterLeavesEmpty: String
  /// A count's unit, `单位：年`.
  public var unit: @Sendable (String) -> String
  /// The items of a list so far, before them; `（尚无）` comes from the wizard's table.
  public var itemsSoFar: @Sendable (Int) -> String
  public var addItem: String
  public var listDone: String
  /// A number that is not one of the options.
  public var chooseNumber: @Sendable (Int) -> String
  /// A label that fits several options: they are listed.
  public var severalMatch: @Sendable ([String]) -> String
  /// Enter alone on a question with no default answer.
  public var noDefault: String
  public var atFirstQuestion: String
  public var noHelp: String
  /// `跳过` while adding an item: the item is left out.
  public var itemLeftOut: String
  /// The result so far, before its lines.
  public var resultSoFar: String
  public var answersSoFar: String
  public var noAnswers: String
  public var unsureAnswers: @Sendable (String) -> String
  public var endOfInput: String
  public var quitting: String
  /// Before the text report, at the end.
  public var finished: String

  public static let chinese = PlainStrings(
    commandWords: CommandWords(
      help: ["?", "？", "帮助"], why: ["为什么", "为什么问"], skip: ["跳过", "不确定"],
      back: ["<", "＜", "返回", "上一题"], result: ["结果"], quit: ["退出"],
      remove: ["删除"]),
    introduction: [
      "逐题回答：输入选项编号或金额，按回车确认。",
      "随时可输入以下命令：",
      "  ? 或 帮助：本题的说明",
      "  为什么：为什么问这一题",
      "  跳过：不确定 / 跳过本题",
      "  < 或 返回：回到上一题",
      "  结果：目前的结果",
      "  退出：结束，并列出已填写的答案和目前的结果",
      "  删除 2：在列表题中删除第2项",
      "英文命令 help、why、skip、back、result、quit、delete 同样有效。",
    ],
    questionNumber: { "问题 \($0)/\($1)：" },
    recordField: { "第\($0)/\($1)栏：\($2)" },
    itemField: { "\($0)，第\($1)项，第\($2)/\($3)栏：\($4)" },
    prompt: "请输入：",
    enterChooses: { "直接回车即选：\($0)" },
    enterKeeps: { "当前回答：\($0)。直接回车保留" },
    enterLeavesEmpty: "直接回车表示没有",
    unit: { "单位：\($0)" },
    itemsSoFar: { "已添加\($0)项：" },
    addItem: "添加一项",
    listDone: "完成，下一题",
    chooseNumber: { "请输入 1 到 \($0) 之间的编号，或选项名称（写出其中几个字即可，如“鄂尔多斯”）" },
    severalMatch: { "有几项相符：\($0.joined(separator: "、"))。请写得更完整，或输入编号" },
    noDefault: "此题没有默认答案：请输入编号或选项名称",
    atFirstQuestion: "已是第一题。",
    noHelp: "本题没有更多说明。",
    itemLeftOut: "这一项未添加。",
    resultSoFar: "目前的结果：",
    answersSoFar: "已填写的答案：",
    noAnswers: "（尚未回答任何问题）",
    unsureAnswers: { "不确定：\($0)" },
    endOfInput: "输入已结束。",
    quitting: "已退出。",
    finished: "全部问题已回答。以下为结果报告。"
  )

  public static let english = PlainStrings(
    commandWords: CommandWords(
      help: ["help"], why: ["why"], skip: ["skip", "not sure"], back: ["back"],
      result: ["result"], quit: ["quit", "exit"], remove: ["delete", "remove"]),
    introduction: [
      "Answer one question at a time: type an option's number or an amount, then press Enter.",
      "These commands work at any time:",
      "  ? or help: more about this question",
      "  why: why this question is asked",
      "  skip: not sure / skip this question",
      "  < or back: the previous question",
      "  result: the result so far",
      "  quit: stop, listing the answers given and the result so far",
      "  delete 2: on a list question, remove item 2",
      "The Chinese commands 帮助, 为什么, 跳过, 返回, 结果, 退出 and 删除 work too.",
    ],
    questionNumber: { "Question \($0) of \($1): " },
    recordField: { "Part \($0) of \($1): \($2)" },
    itemField: { "\($0), item \($1), part \($2) of \($3): \($4)" },
    prompt: "Your answer: ",
    enterChooses: { "Enter alone chooses: \($0)" },
    enterKeeps: { "Current answer: \($0). Enter alone keeps it" },
    enterLeavesEmpty: "Enter alone means none",
    unit: { "Unit: \($0)" },
    itemsSoFar: { "\($0) added so far:" },
    addItem: "Add one",
    listDone: "Done, next question",
    chooseNumber: {
      "Type a number from 1 to \($0), or the option's name (a part of it will do, e.g. “Ordos”)"
    },
    severalMatch: {
      "Several options match: \($0.joined(separator: ", ")). Type more of the name, or its number"
    },
    noDefault: "This question has no default answer: type a number or the option's name",
    atFirstQuestion: "This is the first question.",
    noHelp: "There is nothing more to say about this question.",
    itemLeftOut: "This item was not added.",
    resultSoFar: "The result so far:",
    answersSoFar: "The answers given:",
    noAnswers: "(no question answered yet)",
    unsureAnswers: { "Not sure: \($0)" },
    endOfInput: "End of input.",
    quitting: "Stopped.",
    finished: "Every question is answered. The report follows."
  )

  public static func table(for language: Language) -> PlainStrings {
    language == .english ? .english : .chinese
  }
}
