import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The self-service terminal: the welcome screen, the idle countdown and reset, keys that must
/// not let a visitor out, the operator's PIN, printing, and nothing saved.
@Suite struct KioskModeTests {
  static let welcomeTitle = "内蒙古科技支持政策自助查询"
  static let cityQuestion = "贵单位注册在哪个盟市？"

  static func kiosk(
    idleSeconds: Int = 120, countdownSeconds: Int = 15, pin: String? = "2468",
    canPrint: Bool = false, width: Int = 120, height: Int = 40
  ) -> WizardDriver {
    WizardDriver(
      width: width, height: height,
      mode: .kiosk(
        KioskSettings(
          idleSeconds: idleSeconds, countdownSeconds: countdownSeconds, operatorPIN: pin,
          canPrint: canPrint)))
  }

  /// A kiosk past its welcome screen, on the first question.
  static func started(
    idleSeconds: Int = 120, countdownSeconds: Int = 15, pin: String? = "2468",
    canPrint: Bool = false
  ) -> WizardDriver {
    var wizard = kiosk(
      idleSeconds: idleSeconds, countdownSeconds: countdownSeconds, pin: pin, canPrint: canPrint)
    wizard.press(.enter)
    return wizard
  }

  // MARK: Welcome

  @Test func startsOnTheWelcomeScreen() {
    let wizard = Self.kiosk()
    #expect(wizard.state.showingWelcome)
    let screen = wizard.screenText()
    #expect(screen.contains(Self.welcomeTitle), "\(screen)")
    #expect(screen.contains("按任意键或轻触屏幕开始"), "\(screen)")
    #expect(screen.contains("本机不保存您的任何回答"), "\(screen)")
    #expect(!screen.contains(Self.cityQuestion), "no question behind the welcome: \(screen)")
    #expect(wizard.state.kioskCountdown == nil)
  }

  /// Whatever the key, it only starts: a digit does not also choose a city, Ctrl-C and q do
  /// not quit.
  @Test(arguments: [
    Key.enter, .character("7"), .character(" "), .down, .escape, .control("c"), .character("q"),
    .tab,
  ])
  func anyKeyStarts(key: Key) {
    var wizard = Self.kiosk()
    let effects = wizard.press(key)
    #expect(effects.isEmpty)
    #expect(!wizard.state.showingWelcome)
    #expect(wizard.currentFactName == "city")
    #expect(wizard.answer("city") == nil, "the starting key chose nothing")
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.pinEntry == nil)
    let screen = wizard.screenText()
    #expect(screen.contains(Self.cityQuestion), "\(screen)")
    #expect(!screen.contains(Self.welcomeTitle), "\(screen)")
  }

  /// A touch anywhere starts, without choosing the option that lies under the finger.
  @Test func aClickStarts() throws {
    var wizard = Self.kiosk()
    let lines = wizard.lines()
    let y = try #require(lines.firstIndex { $0.contains("按任意键或轻触屏幕开始") })
    wizard.send(.clicked(x: 60, y: y))
    #expect(!wizard.state.showingWelcome)
    #expect(wizard.currentFactName == "city")
    #expect(wizard.answer("city") == nil)
    #expect(wizard.screenText().contains(Self.cityQuestion))
  }

  /// Nobody there: the welcome screen stays as it is, with no countdown and nothing to reset.
  @Test func anUntouchedWelcomeScreenWaitsForever() {
    var wizard = Self.kiosk(idleSeconds: 10, countdownSeconds: 5)
    wizard.wait(milliseconds: 60_000, tick: 1_000)
    #expect(wizard.state.showingWelcome)
    #expect(wizard.state.kioskCountdown == nil)
    #expect(!wizard.screenText().contains("秒后将清除全部回答"))
  }

  // MARK: Idle countdown and reset

  @Test func countdownShowsAfterTheIdleTimeWithTheSecondsLeft() {
    var wizard = Self.started()
    wizard.type("7")
    #expect(wizard.currentFactName == "applicant")
    wizard.wait(milliseconds: 119_000, tick: 1_000)
    wizard.wait(milliseconds: 750)
    #expect(wizard.state.kioskCountdown == nil)
    #expect(!wizard.screenText().contains("秒后将清除全部回答"))

    wizard.wait(milliseconds: 250)
    #expect(wizard.state.kioskCountdown == 15)
    var screen = wizard.screenText()
    #expect(screen.contains("长时间无操作，15 秒后将清除全部回答"), "\(screen)")
    #expect(screen.contains("按任意键或轻触屏幕继续使用"), "\(screen)")

    wizard.wait(milliseconds: 5_000, tick: 1_000)
    screen = wizard.screenText()
    #expect(wizard.state.kioskCountdown == 10)
    #expect(screen.contains("长时间无操作，10 秒后将清除全部回答"), "\(screen)")
    wizard.wait(milliseconds: 9_750, tick: 1_000)
    #expect(wizard.screenText().contains("长时间无操作，1 秒后将清除全部回答"))
    #expect(wizard.answer("city") != nil, "nothing wiped before the countdown ends")
  }

  /// Any input during the countdown keeps the answers and starts the idle time again.
  @Test func aKeyCancelsTheCountdown() {
    var wizard = Self.started()
    wizard.type("7")
    let profile = wizard.state.profile
    wizard.wait(milliseconds: 125_000, tick: 5_000)
    #expect(wizard.state.kioskCountdown == 10)

    wizard.press(.down)
    #expect(wizard.state.kioskCountdown == nil)
    #expect(!wizard.screenText().contains("秒后将清除全部回答"))
    #expect(wizard.state.profile == profile, "the answers stay")
    #expect(wizard.screenText().contains("呼伦贝尔市"))

    // The idle time starts again from the key: a whole idle period before the next countdown.
    wizard.wait(milliseconds: 119_000, tick: 7_000)
    wizard.wait(milliseconds: 750)
    #expect(wizard.state.kioskCountdown == nil)
    wizard.wait(milliseconds: 250)
    #expect(wizard.state.kioskCountdown == 15)
  }

  /// The box says “press any key to continue”: that key should only dismiss it, not also act on
  /// the question hidden under the box (here Enter would answer 以什么身份申报 and move on).
  @Test func theKeyThatDismissesTheCountdownDoesNothingElse() {
    var wizard = Self.started()
    wizard.type("7")
    #expect(wizard.currentFactName == "applicant")
    wizard.wait(milliseconds: 121_000, tick: 11_000)
    #expect(wizard.state.kioskCountdown != nil)
    wizard.press(.enter)
    #expect(wizard.state.kioskCountdown == nil)
    #expect(wizard.currentFactName == "applicant")
    #expect(!wizard.state.answered.contains(wizard.fact("applicant")))
  }

  /// A touch on the countdown box only dismisses it; the city drawn under the box is not
  /// chosen.
  @Test func aTouchOnTheCountdownBoxChoosesNothing() throws {
    var wizard = Self.started()
    #expect(wizard.currentFactName == "city")
    let optionRows = wizard.state.render().hits.compactMap { hit -> Int? in
      if case .questionRow = hit.target { return hit.rect.y }
      return nil
    }
    wizard.wait(milliseconds: 121_000, tick: 11_000)
    #expect(wizard.state.kioskCountdown == 14)
    #expect(wizard.frame().hits.isEmpty, "nothing under the box takes clicks")
    let lines = wizard.lines()
    let boxRow = try #require(lines.firstIndex { $0.contains("秒后将清除全部回答") })
    // The box is centred; its middle column is also inside the question pane at 120 columns.
    let y = try #require(
      optionRows.first { (boxRow - 1)...(boxRow + 2) ~= $0 }, "a city row under the box")
    wizard.send(.clicked(x: wizard.state.size.width / 2, y: y))
    #expect(wizard.state.kioskCountdown == nil)
    #expect(wizard.answer("city") == nil)
    #expect(wizard.currentFactName == "city")
  }

  /// After idle + countdown seconds every answer is gone: from the state and from the screen.
  @Test func idleResetWipesEveryAnswer() throws {
    var wizard = Self.started()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "rd")
    var screen = wizard.screenText()
    #expect(screen.contains("呼伦贝尔市"), "\(screen)")
    #expect(screen.contains("2800"), "\(screen)")
    #expect(!wizard.state.drafts.isEmpty)

    wizard.wait(milliseconds: 134_000, tick: 2_000)
    wizard.wait(milliseconds: 750)
    #expect(wizard.state.kioskCountdown == 1)
    #expect(!wizard.state.showingWelcome)
    wizard.wait(milliseconds: 250)

    let fresh = Profile(factCount: wizard.catalog.facts.count)
    #expect(wizard.state.profile == fresh)
    #expect(wizard.state.drafts.isEmpty)
    #expect(wizard.state.answered.isEmpty)
    #expect(wizard.state.itemEditor == nil)
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.result.matches.allSatisfy { $0.amount == nil })
    #expect(wizard.state.showingWelcome, "back to the welcome screen")
    #expect(wizard.state.kioskCountdown == nil)
    screen = wizard.screenText()
    #expect(screen.contains(Self.welcomeTitle), "\(screen)")
    Self.expectNoTrace(screen)

    // The next visitor's first question: no city chosen, no answers in the list of questions.
    wizard.press(.enter)
    screen = wizard.screenText()
    #expect(screen.contains(Self.cityQuestion), "\(screen)")
    #expect(!screen.contains("(*)"), "no option chosen: \(screen)")
    #expect(!screen.contains("科技政策向导 · "), "no city in the title: \(screen)")
    Self.expectNoTrace(screen, allowCityOption: true)
    wizard.press(.function(2))
    screen = wizard.screenText()
    #expect(screen.contains("全部问题"), "\(screen)")
    Self.expectNoTrace(screen)
    wizard.press(.escape)

    // The same path again finds the sums empty.
    wizard.type("712")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "rd")
    #expect(wizard.state.drafts.isEmpty)
    screen = wizard.screenText()
    #expect(!screen.contains("2800") && !screen.contains("2000"), "\(screen)")
  }

  /// Wherever the visitor left it (a clause's detail, the list of questions, the result, the
  /// PIN prompt), the reset takes the wizard back to an empty welcome screen.
  @Test(arguments: ["detail", "steps", "summary", "pin", "help"])
  func idleResetFromAnyScreen(place: String) {
    var wizard = Self.started(idleSeconds: 30, countdownSeconds: 10)
    wizard.answerHulunbuirEnterprise()
    switch place {
    case "detail":
      wizard.press(.tab)
      wizard.press(.enter)
      #expect(wizard.state.modal != nil)
    case "steps":
      wizard.press(.function(2))
      #expect(wizard.state.modal != nil)
    case "summary":
      wizard.press(.function(2))
      wizard.press(.end)
      wizard.press(.enter)
      #expect(wizard.state.currentFact == nil)
    case "pin":
      wizard.press(.function(12))
      wizard.type("24")
      #expect(wizard.state.pinEntry == "24")
    default:
      wizard.press(.character("?"))
      #expect(wizard.state.modal == .help)
    }
    #expect(wizard.screenText().contains("呼伦贝尔"))
    wizard.wait(milliseconds: 40_000, tick: 2_000)
    #expect(wizard.state.showingWelcome)
    #expect(wizard.state.profile == Profile(factCount: wizard.catalog.facts.count))
    #expect(wizard.state.drafts.isEmpty && wizard.state.answered.isEmpty)
    #expect(wizard.state.modal == nil && wizard.state.pinEntry == nil)
    Self.expectNoTrace(wizard.screenText())
  }

  /// A visitor who only got past the welcome screen is sent back to it too.
  @Test func aVisitorWhoAnsweredNothingIsSentBackToTheWelcome() {
    var wizard = Self.started(idleSeconds: 30, countdownSeconds: 10)
    wizard.wait(milliseconds: 30_000, tick: 1_000)
    #expect(wizard.state.kioskCountdown == 10)
    wizard.wait(milliseconds: 10_000, tick: 1_000)
    #expect(wizard.state.showingWelcome)
    #expect(wizard.screenText().contains(Self.welcomeTitle))
  }

  /// Nothing of the Hulunbuir answers: the city, the typed sums, the amounts they earned.
  static func expectNoTrace(
    _ screen: String, allowCityOption: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var traces = ["2800", "2000", "800万", "90万", "50万", "首次获批国家高新技术企业", "本年度首次认定"]
    if !allowCityOption { traces += ["呼伦贝尔"] }
    for trace in traces {
      #expect(
        !screen.contains(trace), "“\(trace)” is still on the screen:\n\(screen)",
        sourceLocation: sourceLocation)
    }
    if allowCityOption {
      // Only as the option of the city question, never chosen.
      let lines = screen.split(separator: "\n").filter { $0.contains("呼伦贝尔") }
      #expect(
        lines.allSatisfy { $0.contains("( ) 7.  呼伦贝尔市（有本市政策）") }, "\(lines)",
        sourceLocation: sourceLocation)
    }
  }

  // MARK: No way out for a visitor

  static let escapeKeys: [Key] = [
    .control("c"), .control("z"), .control("\\"), .control("d"), .control("q"), .character("q"),
    .character("Q"), .function(10),
  ]

  @Test(arguments: escapeKeys)
  func keysThatWouldQuitOrSuspendDoNothing(key: Key) {
    var wizard = Self.started()
    wizard.type("7")
    let profile = wizard.state.profile
    #expect(wizard.press(key).isEmpty)
    #expect(wizard.state.modal == nil, "no “quit?” box either")
    // “y” after it must not confirm anything.
    #expect(wizard.press(.character("y")).isEmpty)
    #expect(wizard.state.profile.values[wizard.fact("city")] == profile.values[wizard.fact("city")])
    #expect(!wizard.screenText().contains("确定退出"))
  }

  /// The same keys on the result screen, in a clause's detail and in the list of questions.
  @Test(arguments: escapeKeys)
  func keysThatWouldQuitDoNothingOnOtherScreens(key: Key) {
    var wizard = Self.started()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    #expect(wizard.press(key).isEmpty)
    #expect(wizard.state.modal != .confirmQuit)
    wizard.press(.escape)
    wizard.press(.tab)
    wizard.press(.enter)
    #expect(wizard.press(key).isEmpty)
    #expect(wizard.state.modal != .confirmQuit)
    wizard.press(.escape)
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil)
    #expect(wizard.press(key).isEmpty)
    #expect(wizard.press(.character("y")).isEmpty)
    #expect(wizard.state.modal != .confirmQuit)
    #expect(!wizard.screenText().contains("确定退出"))
  }

  // MARK: The operator's PIN

  @Test func wrongPINStaysAndSaysSo() {
    var wizard = Self.started()
    wizard.type("7")
    let profile = wizard.state.profile
    #expect(wizard.press(.function(12)).isEmpty)
    #expect(wizard.state.pinEntry == "")
    #expect(wizard.screenText().contains("操作员 PIN："))
    wizard.type("1357")
    var screen = wizard.screenText()
    #expect(screen.contains("操作员 PIN：****"), "\(screen)")
    #expect(!screen.contains("1357"), "the PIN is not echoed: \(screen)")
    #expect(wizard.state.profile == profile, "digits typed into the prompt answer nothing")
    #expect(wizard.press(.enter) == [.operatorPINFailed(attempt: 1)], "for the operator log")
    #expect(wizard.state.pinEntry == nil)
    screen = wizard.screenText()
    #expect(wizard.lines().last?.contains("PIN 不正确") == true, "\(screen)")
    #expect(!screen.contains("操作员 PIN："))
    #expect(wizard.state.profile == profile)
  }

  @Test func rightPINQuits() {
    var wizard = Self.started()
    wizard.press(.function(12))
    wizard.type("2468")
    #expect(wizard.press(.enter) == [.quit])
  }

  /// Backspace corrects the PIN; Esc closes the prompt without leaving.
  @Test func pinPromptEditsAndCancels() {
    var wizard = Self.started()
    wizard.press(.function(12))
    wizard.type("24689")
    wizard.press(.backspace)
    #expect(wizard.state.pinEntry == "2468")
    #expect(wizard.press(.escape).isEmpty)
    #expect(wizard.state.pinEntry == nil)
    #expect(wizard.press(.enter).isEmpty, "Enter after Esc is the question's Enter")

    wizard.press(.function(12))
    wizard.type("1")
    wizard.press(.backspace)
    wizard.type("2468")
    #expect(wizard.press(.enter) == [.quit])
  }

  /// Without a configured PIN there is no way out from the keyboard: F12 opens nothing.
  @Test func withoutAPINF12DoesNothing() {
    var wizard = Self.started(pin: nil)
    #expect(wizard.press(.function(12)).isEmpty)
    #expect(wizard.state.pinEntry == nil)
    #expect(!wizard.screenText().contains("操作员 PIN"))
    for key in [Key.character("2"), .character("4"), .character("6"), .character("8"), .enter] {
      #expect(wizard.press(key).isEmpty)
    }
    #expect(wizard.press(.function(12)).isEmpty)
    #expect(wizard.press(.enter).isEmpty)
  }

  /// An idle kiosk rests on its welcome screen, so that is where an operator comes to it: F12
  /// should open the PIN prompt there too, rather than start a visitor's session and let the
  /// PIN's digits answer the questions.
  @Test func operatorCanLeaveFromTheWelcomeScreen() {
    var wizard = Self.kiosk()
    var effects = wizard.press(.function(12))
    wizard.type("2468")
    effects += wizard.press(.enter)
    #expect(effects == [.quit])
    #expect(wizard.answer("city") == nil)
  }

  // MARK: The PIN back-off

  @Test func theWaitDoublesAfterEachWrongPINUpToFiveMinutes() {
    let seconds = (1...12).map { OperatorLock.delayMilliseconds(afterFailures: $0) / 1000 }
    #expect(seconds == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300])
    #expect(OperatorLock.delayMilliseconds(afterFailures: 0) == 0)
    #expect(OperatorLock.delayMilliseconds(afterFailures: Int.max) == 300_000)
  }

  /// Types a wrong PIN at the prompt F12 opens.
  static func tryPIN(_ pin: String, on wizard: inout WizardDriver) -> [WizardEffect] {
    wizard.press(.function(12))
    wizard.type(pin)
    return wizard.press(.enter)
  }

  /// While locked the prompt says how long to wait and takes nothing — no digit, no Enter, so
  /// not even the right PIN; once the wait is over it takes the PIN again.
  @Test func whileLockedThePromptRefusesEvenTheRightPIN() {
    var wizard = Self.started()
    #expect(Self.tryPIN("1111", on: &wizard) == [.operatorPINFailed(attempt: 1)])
    #expect(Self.tryPIN("2468", on: &wizard).isEmpty, "the right PIN at once does not leave")
    #expect(wizard.state.pinEntry == "", "the digits were refused")
    var screen = wizard.screenText()
    #expect(screen.contains("请稍候 1 秒"), "\(screen)")
    #expect(screen.contains("操作员 PIN："), "\(screen)")

    wizard.wait(milliseconds: 1_000)
    screen = wizard.screenText()
    #expect(!screen.contains("请稍候"), "\(screen)")
    wizard.type("2468")
    #expect(wizard.state.pinEntry == "2468")
    #expect(wizard.press(.enter) == [.quit])
  }

  /// Each wrong PIN locks the prompt for the next delay of the schedule, counted on the
  /// wizard's clock: one millisecond short of it the prompt is still locked.
  @Test func eachWrongPINLocksForTheNextDelay() {
    var wizard = Self.started(idleSeconds: 3_600)
    for attempt in 1...10 {
      #expect(Self.tryPIN("1111", on: &wizard) == [.operatorPINFailed(attempt: attempt)])
      let delay = OperatorLock.delayMilliseconds(afterFailures: attempt)
      #expect(wizard.state.pinLockSeconds == delay / 1000, "attempt \(attempt)")
      wizard.wait(milliseconds: delay - 1)
      #expect(wizard.state.operatorLock.isLocked(at: wizard.state.clock), "attempt \(attempt)")
      wizard.wait(milliseconds: 1)
      #expect(wizard.state.pinLockSeconds == nil, "attempt \(attempt)")
    }
    #expect(wizard.state.operatorLock.failedAttempts == 10)
  }

  /// The back-off is the terminal's: the idle reset that wipes a visitor's answers keeps the
  /// count and the lock, so walking away does not earn a fresh set of tries.
  @Test func theBackOffSurvivesTheIdleReset() {
    var wizard = Self.started(idleSeconds: 10, countdownSeconds: 5)
    wizard.type("7")
    for attempt in 1...4 {
      #expect(Self.tryPIN("1111", on: &wizard) == [.operatorPINFailed(attempt: attempt)])
      wizard.wait(milliseconds: OperatorLock.delayMilliseconds(afterFailures: attempt))
    }
    #expect(Self.tryPIN("1111", on: &wizard) == [.operatorPINFailed(attempt: 5)])
    wizard.wait(milliseconds: 15_500)
    #expect(wizard.state.showingWelcome, "reset to the welcome screen")
    #expect(wizard.answer("city") == nil)
    #expect(wizard.state.operatorLock.failedAttempts == 5)
    #expect(wizard.state.pinLockSeconds == 1, "16 s after the fifth, 15.5 s gone")
    wizard.press(.function(12))
    wizard.type("2468")
    #expect(wizard.press(.enter).isEmpty)
    #expect(wizard.screenText().contains("请稍候 1 秒"), "\(wizard.screenText())")
  }

  // MARK: Printing

  static func atSummary(canPrint: Bool) -> WizardDriver {
    var wizard = Self.started(canPrint: canPrint)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    return wizard
  }

  @Test func printOnTheResultScreenSendsTheTextReport() throws {
    var wizard = Self.atSummary(canPrint: true)
    #expect(wizard.state.currentFact == nil)
    // A button of the touch bar (the kiosk's footer names no key); P works too.
    #expect(wizard.frame().hits.contains { $0.target == .print }, "\(wizard.screenText())")
    #expect(wizard.screenText().contains("打印结果"))
    let effects = wizard.press(.character("p"))
    try #require(effects.count == 1, "\(effects)")
    guard case .print(let text) = effects[0] else {
      Issue.record("not a print: \(effects)")
      return
    }
    #expect(wizard.state.result.totals.min == Money.wan(90))
    #expect(text.contains("合计：90万元"), "\(text)")
    #expect(text.contains("50万元"), "\(text)")
    #expect(text.contains("40万元"), "\(text)")
    #expect(text.contains("首次获批国家高新技术企业"), "\(text)")
    #expect(text.contains("研发投入增量后补助"), "\(text)")
    #expect(text.contains("判断日期：2026-06-01"), "\(text)")
    // The one enterprise text report, at paper width, the clauses quoted.
    #expect(text.hasPrefix("科技创新支持政策匹配报告\n"), "\(text)")
    #expect(text.contains("条款原文"), "\(text)")
    for line in text.split(separator: "\n") {
      #expect(String(line).displayWidth <= 72, "\(line)")
    }

    // The session answers with a notice once the report is on its way.
    wizard.send(.noticePosted("已发送打印"))
    #expect(wizard.lines().last?.contains("已发送打印") == true)
  }

  @Test func printIsOfferedOnlyWithAPrinterAndOnlyOnTheResult() {
    var wizard = Self.atSummary(canPrint: false)
    #expect(!wizard.frame().hits.contains { $0.target == .print })
    #expect(!wizard.screenText().contains("打印结果"))
    #expect(wizard.press(.character("p")).isEmpty)

    var question = Self.started(canPrint: true)
    question.type("7")
    #expect(!question.frame().hits.contains { $0.target == .print })
    #expect(question.press(.character("p")).isEmpty)
  }

  // MARK: Nothing saved

  /// The help desk's keys do nothing in the kiosk: no save form, no case list, no export.
  @Test(arguments: [
    Key.character("s"), .character("o"), .character("e"), .control("s"), .control("o"),
    .control("e"),
  ])
  func helpDeskKeysDoNothing(key: Key) {
    var wizard = Self.started()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.press(key).isEmpty)
    #expect(wizard.state.saveForm == nil)
    #expect(wizard.state.caseList == nil)

    var summary = Self.atSummary(canPrint: true)
    #expect(summary.press(key).isEmpty)
    #expect(summary.state.saveForm == nil)
    #expect(summary.state.caseList == nil)
  }
}
