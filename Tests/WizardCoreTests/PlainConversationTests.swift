import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The plain mode line by line: every command, a wrong sum, going back, skipping, input ending
/// in the middle of a list, and the relevance rules of the full-screen wizard.
@Suite struct PlainConversationTests {
  let catalog = DefaultCatalog.catalog
  let words = PlainStrings.chinese
  let strings = WizardStrings.chinese

  func fact(_ name: String) -> FactID { catalog.fact(named: name)!.id }

  /// Hulunbuir, enterprise, first-time high-tech, no SME years, R&D 2800万/2000万, two years of
  /// super deduction: the plain mode's way to the platforms question (the wizard driver's
  /// `answerHulunbuirEnterprise`).
  func hulunbuirToPlatforms(_ language: Language = .chinese) -> PlainTranscript {
    var session = PlainTranscript(language: language)
    for line in ["7", "1", "2", "", "2800", "2000", "2"] { session.type(line) }
    return session
  }

  @Test func theCommandsAreAnnouncedOnceAtTheStart() {
    var session = PlainTranscript()
    #expect(session.text.hasPrefix(words.introduction.joined(separator: "\n")))
    let later = session.type("7") + session.type("1")
    #expect(!later.contains(words.introduction[1]))
    #expect(later.contains(words.questionNumber(3, session.state.steps.count)))
  }

  /// Options are numbered one per line, the answer Enter alone gives is said in words, and the
  /// question's help waits until it is asked for.
  @Test func helpIsShownOnRequestOnly() throws {
    var session = PlainTranscript()
    session.type("1")
    let question = session.type("1")  // Hohhot, enterprise: is it above scale?
    let aboveScale = catalog.facts[fact("aboveScale")]
    let help = try #require(aboveScale.help)
    #expect(question.contains("1) 是\n2) 否\n"), "\(question)")
    #expect(question.contains(words.enterChooses(strings.no)), "\(question)")
    #expect(!question.contains(help))
    for command in ["?", "帮助", "help"] {
      let answer = session.type(command)
      #expect(answer.hasPrefix(help + "\n"), "\(command): \(answer)")
      #expect(answer.hasSuffix(words.prompt))
      #expect(session.conversation.step == .choice(aboveScale.id))
    }
  }

  /// 为什么 lists the benefits the answer can still change: what the full-screen wizard shows
  /// under 为什么问 on the same question.
  @Test func whyIsTheWizardsWhyWeAsk() {
    var session = hulunbuirToPlatforms()
    #expect(session.conversation.step == .list(fact("platforms")))
    let why = session.type("为什么")
    #expect(session.type("why") == why)
    let lines = why.split(separator: "\n").map(String.init)
    #expect(lines.first == strings.whyAsk)

    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.currentFactName == "platforms")
    let screen = wizard.screenText()
    #expect(screen.contains(strings.whyAsk))
    for entry in lines.dropFirst().prefix(3) {
      let text = entry.trimmingCharacters(in: .whitespaces)
      #expect(screen.contains(" · " + text), "\(text) is not on the wizard's screen")
    }
  }

  /// A sum the wizard cannot read gets the wizard's own message and is asked again; the
  /// answer before it is kept.
  @Test func aWrongSumIsAskedAgainWithTheWizardsMessage() {
    var session = PlainTranscript()
    for line in ["7", "1", "2", ""] { session.type(line) }
    let rd = fact("rd")
    #expect(session.conversation.step == .recordField(rd, field: 0))
    let answer = session.type("12abc")
    #expect(answer.hasPrefix(strings.notANumber + "\n"), "\(answer)")
    #expect(answer.contains(words.recordField(1, 2, "上年度研发投入")), "\(answer)")
    #expect(session.conversation.step == .recordField(rd, field: 0))
    #expect(session.type("-5").hasPrefix(strings.negative + "\n"))
    #expect(session.type("1,5亿").hasPrefix(strings.misplacedSeparator + "\n"))

    // The same text in the full-screen wizard: the same message.
    var wizard = WizardDriver()
    wizard.type("712")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "rd")
    wizard.type("12abc")
    wizard.press(.enter)
    #expect(wizard.state.inputError == strings.notANumber)

    session.type("2800")
    #expect(session.conversation.step == .recordField(rd, field: 1))
    #expect(session.state.profile[rd] == .record([.number(28_000_000_00), nil]))
  }

  @Test func aNumberThatIsNoOptionIsAskedAgain() {
    var session = PlainTranscript()
    let answer = session.type("13")
    #expect(answer.hasPrefix(words.chooseNumber(12) + "\n"), "\(answer)")
    #expect(answer.contains("12) 阿拉善盟"))
    #expect(session.conversation.step == .choice(fact("city")))
    session.type("１")  // a full-width digit
    #expect(session.conversation.step == .choice(fact("applicant")))
  }

  @Test func backGoesToThePreviousQuestionKeepingTheAnswer() {
    var session = PlainTranscript()
    #expect(session.type("<").hasPrefix(words.atFirstQuestion + "\n"))
    session.type("7")
    session.type("1")
    for command in ["<", "返回", "back"] {
      session.type(command)
      #expect(session.conversation.step == .choice(fact("applicant")), "\(command)")
      session.type("")  // Enter alone keeps 企业
    }
    session.type("<")
    let city = session.type("<")
    #expect(session.conversation.step == .choice(fact("city")))
    #expect(city.contains(words.enterChooses("呼伦贝尔市（有本市政策）")), "\(city)")
    #expect(session.state.profile[fact("highTech")] == nil)
  }

  /// 跳过 is 不确定 / 跳过: the answer is open, and the result says what it hinges on.
  @Test func skipLeavesTheQuestionOpen() {
    var session = PlainTranscript()
    session.type("7")
    session.type("1")
    let highTech = fact("highTech")
    session.type("跳过")
    #expect(session.state.profile.isUnknown[highTech])
    #expect(session.conversation.step == .typed(fact("techSMEYears")))
    let result = session.type("结果")
    let explainer = Explainer(catalog: catalog)
    for line in explainer.totalsText(session.state.result) {
      #expect(result.contains("  " + line + "\n"), "\(line) in \(result)")
    }
    #expect(result.contains(EngineText.chinese.certaintyLabel(.possible)), "\(result)")
    // Skip inside an item leaves the item out.
    for line in ["", "", "", "", "1", "3"] { session.type(line) }
    #expect(session.conversation.step == .itemField(fact("platforms"), field: 1))
    #expect(session.type("skip").hasPrefix(words.itemLeftOut + "\n"))
    #expect(session.conversation.step == .list(fact("platforms")))
    #expect(session.state.profile.items(fact("platforms")).isEmpty)
  }

  @Test func resultShowsTheTotalsAndTheMatchedBenefits() {
    var session = hulunbuirToPlatforms()
    let result = session.type("result")
    #expect(result.hasPrefix(words.resultSoFar + "\n  合计：90万元\n"), "\(result)")
    #expect(result.contains("［征求意见稿］首次获批国家高新技术企业：50万元（呼伦贝尔（一））"), "\(result)")
    #expect(session.conversation.step == .list(fact("platforms")))
  }

  /// A list is asked item by item, each field in turn, with "add another or done" between.
  @Test func aListIsAskedItemByItem() {
    var session = hulunbuirToPlatforms()
    let platforms = fact("platforms")
    session.type("1")
    #expect(session.conversation.step == .itemField(platforms, field: 0))
    session.type("11")  // 科研中试基地
    let level = session.type("0")
    #expect(level.hasPrefix(words.chooseNumber(3) + "\n"))
    session.type("2")  // 自治区级
    #expect(session.conversation.step == .itemField(platforms, field: 2))
    session.type("<")
    #expect(session.conversation.step == .itemField(platforms, field: 1))
    session.type("")  // keeps 自治区级
    let list = session.type("1")  // 新获批
    #expect(list.contains(words.itemsSoFar(1) + "\n1. 科研中试基地 · 自治区级 · 新获批/新认定\n"), "\(list)")
    #expect(session.conversation.step == .list(platforms))
    session.type("")  // done
    #expect(session.state.profile.items(platforms).count == 1)
    #expect(session.conversation.step != .list(platforms))
  }

  /// `删除 N` / `delete N` removes an item of the list in question; a wrong number is said.
  @Test func anItemIsRemovedByItsNumber() {
    var session = hulunbuirToPlatforms()
    let platforms = fact("platforms")
    for line in ["1", "11", "2", "1", "1", "1", "2", "1"] { session.type(line) }
    #expect(session.state.profile.items(platforms).count == 2)
    #expect(session.type("删除 3").hasPrefix(words.chooseNumber(2) + "\n"))
    let list = session.type("delete 1")
    #expect(list.contains(words.itemsSoFar(1) + "\n1. 重点实验室 · 自治区级 · 新获批/新认定\n"), "\(list)")
    #expect(session.conversation.step == .list(platforms))
    session.type("删除１")
    #expect(session.state.profile.items(platforms).isEmpty)
    #expect(session.type("删除 1").hasPrefix(strings.noItems + "\n"))
  }

  /// Input ending halfway through an item: the answers given so far and the result so far,
  /// without the unfinished item, and the session is over.
  @Test func endOfInputInTheMiddleOfAListSummarises() {
    var session = hulunbuirToPlatforms()
    session.type("1")
    session.type("11")
    let end = session.endInput()
    #expect(end.hasPrefix("\n" + words.endOfInput + "\n" + words.answersSoFar + "\n"), "\(end)")
    #expect(end.contains("  所在盟市：呼伦贝尔市\n"), "\(end)")
    #expect(end.contains("  研发投入：上年度研发投入 2800万元；前一年度研发投入 2000万元\n"), "\(end)")
    #expect(end.contains(words.resultSoFar + "\n  合计：90万元\n"), "\(end)")
    #expect(!end.contains("科研中试基地"), "\(end)")
    #expect(end.hasSuffix("\n"))
    #expect(session.conversation.isFinished)
    #expect(session.conversation.receive(line: "1").isEmpty)
  }

  @Test func quitSummarisesLikeTheEndOfInput() {
    var session = PlainTranscript()
    session.type("7")
    let quit = session.type("退出")
    #expect(
      quit.hasPrefix(words.quitting + "\n" + words.answersSoFar + "\n  所在盟市：呼伦贝尔市\n"), "\(quit)")
    #expect(session.conversation.isFinished)
  }

  /// Every language's command words work in every language.
  @Test(arguments: Language.allCases) func commandsInBothLanguages(_ language: Language) {
    for skip in ["跳过", "skip", "SKIP"] {
      var session = PlainTranscript(language: language)
      session.type("7")
      session.type("1")
      session.type(skip)
      #expect(session.state.profile.isUnknown[fact("highTech")], "\(skip)")
    }
    for quit in ["退出", "quit", "Quit"] {
      var session = PlainTranscript(language: language)
      session.type(quit)
      #expect(session.conversation.isFinished, "\(quit)")
    }
  }

  /// A question that stops being relevant is not asked: chosen Hohhot, then Baotou, no Hohhot
  /// question comes; with Hohhot kept, one does.
  @Test func aQuestionThatStopsBeingRelevantIsNotAsked() {
    func askedDocuments(city: [String]) -> Set<String> {
      var session = PlainTranscript()
      for line in city { session.type(line) }
      var documents: Set<String> = []
      while !session.conversation.isFinished {
        if let current = session.state.currentFact,
          let declared = catalog.facts[current].declaredBy
        {
          documents.insert(declared)
        }
        session.type("")
      }
      return documents
    }
    let hohhot = catalog.documents.filter { $0.city == "hohhot" }.map(\.id)
    #expect(askedDocuments(city: ["1", "1", "<", "<", "2"]).isDisjoint(with: hohhot))
    #expect(!askedDocuments(city: ["1"]).isDisjoint(with: hohhot))
  }

  /// Nothing a screen reader would read as noise: no escape, no box drawing, no pointer.
  @Test(arguments: SampleProfiles.names) func transcriptsArePlainText(_ sample: String) throws {
    for language in Language.allCases {
      let text = try TranscriptFiles.read("\(sample).\(language.rawValue).txt")
      let noise = text.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
          || (0x2500...0x259F).contains($0.value) || "›‹→↑↓".unicodeScalars.contains($0)
      }
      #expect(noise.isEmpty, "\(sample).\(language.rawValue): \(noise.map(\.value))")
    }
  }
}
