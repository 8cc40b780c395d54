import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Issue 16: the walk-up screens by touch alone — the keypad, scrolling, a restart that asks,
/// no key named in a kiosk, the pending digit and the demo's footer.
@Suite struct TouchScreenTests {
  static let wan: Int64 = 10_000 * 100

  static func kiosk(width: Int = 80, height: Int = 24, canPrint: Bool = false) -> WizardDriver {
    var wizard = WizardDriver(
      width: width, height: height,
      mode: .kiosk(KioskSettings(operatorPIN: "246810", canPrint: canPrint)))
    wizard.send(.clicked(x: 1, y: height - 2))
    return wizard
  }

  static func tap(
    _ wizard: inout WizardDriver, _ target: Frame.HitTarget,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let hit = try #require(
      wizard.frame().hits.last { $0.target == target }, "no \(target) on\n\(wizard.screenText())",
      sourceLocation: sourceLocation)
    wizard.send(
      .clicked(x: hit.rect.x + hit.rect.width / 2, y: hit.rect.y + hit.rect.height / 2),
      sourceLocation: sourceLocation)
  }

  static func tapKeypad(_ wizard: inout WizardDriver, _ text: String) throws {
    for character in text {
      let button: Keypad.Button =
        switch character {
        case "万": .wan
        case "亿": .yi
        default: .digit(character.wholeNumberValue ?? 0)
        }
      try tap(&wizard, .keypad(button))
    }
  }

  // MARK: 1. The keypad

  /// Hulunbuir's R&D and 加计扣除 by keypad taps give the same answers as typed keys.
  @Test func theKeypadEntersMoneyAndCountsLikeTheKeyboard() throws {
    var touched = Self.kiosk()
    touched.type("712")
    #expect(touched.currentFactName == "techSMEYears")
    #expect(touched.state.keypad == Keypad(money: false))
    #expect(!touched.frame().hits.contains { $0.target == .keypad(.wan) }, "a count has no 万")
    // 确定 on the empty field skips it, as Enter does.
    try Self.tap(&touched, .keypad(.confirm))
    #expect(touched.currentFactName == "rd")
    #expect(touched.state.keypad == Keypad(money: true))
    try Self.tapKeypad(&touched, "2800")
    try Self.tap(&touched, .keypad(.confirm))
    try Self.tapKeypad(&touched, "2000")
    try Self.tap(&touched, .keypad(.confirm))
    #expect(touched.rdFields == [2800 * Self.wan, 2000 * Self.wan])
    #expect(touched.currentFactName == "rdSuperDeductionYears")
    #expect(touched.state.keypad == Keypad(money: false))
    try Self.tapKeypad(&touched, "2")
    try Self.tap(&touched, .keypad(.confirm))

    var typed = Self.kiosk()
    typed.answerHulunbuirEnterprise()
    #expect(touched.state.profile == typed.state.profile)
    #expect(touched.currentFactName == typed.currentFactName)
  }

  /// The keypad writes into the one field editor: its messages and its limit.
  @Test func theKeypadGivesTheKeyboardsMessagesAndClears() throws {
    var touched = Self.kiosk()
    var typed = Self.kiosk()
    touched.type("712")
    typed.type("712")
    touched.press(.enter)
    typed.press(.enter)
    try Self.tapKeypad(&touched, "1亿亿")
    typed.type("1亿亿")
    #expect(touched.state.inputError != nil)
    #expect(touched.state.inputError == typed.state.inputError)
    try Self.tap(&touched, .keypad(.backspace))
    #expect(touched.state.drafts.values.contains("1亿"))
    try Self.tap(&touched, .keypad(.clear))
    #expect(touched.state.drafts.values.allSatisfy { $0.isEmpty })
    for _ in 0..<(FieldLimits.numberCharacters + 3) { try Self.tap(&touched, .keypad(.digit(1))) }
    #expect(
      touched.state.inputError == WizardStrings.chinese.fieldTooLong(FieldLimits.numberCharacters))
  }

  /// Large enough for a finger at 80×24, and only on money and count fields.
  @Test func keypadButtonsAreFingerSizedAndOnlyOnNumberFields() throws {
    var wizard = Self.kiosk()
    #expect(wizard.state.keypad == nil, "the city question has options")
    wizard.type("712")
    wizard.press(.enter)
    let buttons = wizard.frame().hits.filter {
      if case .keypad = $0.target { true } else { false }
    }
    #expect(buttons.count == 15)
    for button in buttons {
      #expect(button.rect.height >= 3 && button.rect.width >= 7, "\(button)")
      #expect(button.rect.maxX <= 80 && button.rect.maxY <= 24 - 1 - WizardLayout.touchBarHeight)
    }
  }

  /// A help desk on a touch screen gets it by configuration; a plain help desk does not.
  @Test func aHelpDeskShowsTheKeypadWhenConfigured() throws {
    var wizard = WizardDriver(width: 80, height: 24)
    wizard.type("712")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "rd")
    #expect(wizard.state.keypad == nil)
    wizard.state.touchKeypad = true
    try Self.tapKeypad(&wizard, "15")
    #expect(wizard.state.drafts.values.contains("15"))
  }

  // MARK: 3. Scrolling by touch

  static func kioskResult(_ file: String, width: Int = 80, height: Int = 24) throws -> WizardDriver
  {
    let profile = try HelpDeskModeTests.sample(file)
    var wizard = WizardDriver(
      width: width, height: height, profile: profile, mode: .kiosk(KioskSettings()))
    wizard.press(.enter)
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    return wizard
  }

  @Test func scrollButtonsOnTheResultScrollAndNeverOpen() throws {
    var wizard = try Self.kioskResult("2-ordos-new-materials.json")
    #expect(wizard.state.currentFact == nil)
    let before = wizard.lines()
    #expect(before.contains { $0.contains("▼ 下一页") }, "\(before.joined(separator: "\n"))")
    let down = try #require(
      wizard.frame().hits.first {
        if case .scrollPanel = $0.target { $0.rect.x > 20 } else { false }
      })
    wizard.send(.clicked(x: down.rect.x + 1, y: down.rect.y))
    #expect(wizard.state.modal == nil, "a scroll button opens nothing")
    #expect(wizard.lines() != before, "the result moved")
    #expect(wizard.lines().contains { $0.contains("▲ 上一页") })
  }

  /// At the help desk the ↓ marker sits on the last visible benefit: a tap on it scrolls.
  @Test func aTapOnTheDownMarkerScrollsTheHelpDesksResult() throws {
    let profile = try HelpDeskModeTests.sample("2-ordos-new-materials.json")
    var wizard = WizardDriver(width: 80, height: 24, profile: profile)
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    let lines = wizard.lines()
    let y = try #require(lines.lastIndex { $0.hasSuffix("↓") }, "\(lines.joined(separator: "\n"))")
    let selection = wizard.state.panelSelection
    wizard.send(.clicked(x: 78, y: y))
    #expect(wizard.state.modal == nil, "the marker does not open the benefit under it")
    #expect(wizard.state.panelSelection > selection)
  }

  /// On the 34 platform types a scroll button moves the list and chooses nothing.
  @Test func scrollButtonsOnALongOptionListChooseNothing() throws {
    var wizard = Self.kiosk()
    wizard.type("712")
    wizard.press(.enter)
    wizard.type("2800")
    wizard.press(.enter)
    wizard.type("2000")
    wizard.press(.enter)
    wizard.type("2")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "platforms")
    wizard.press(.up)
    wizard.press(.enter)
    let editor = try #require(wizard.state.itemEditor)
    let down = try #require(
      wizard.frame().hits.first { if case .scrollQuestion = $0.target { true } else { false } })
    let before = wizard.lines()
    wizard.send(.clicked(x: down.rect.x + down.rect.width / 2, y: down.rect.y))
    #expect(wizard.state.itemEditor == editor, "nothing chosen")
    #expect(wizard.lines() != before)
    #expect(wizard.state.row > 0)
  }

  // MARK: 4. 重新开始 asks

  @Test func restartAsksAndSitsAwayFromBack() throws {
    var wizard = Self.kiosk()
    wizard.type("7")
    let hits = wizard.frame().hits
    let back = try #require(hits.first { $0.target == .back })
    let restart = try #require(hits.first { $0.target == .restart })
    #expect(restart.rect.x - back.rect.maxX >= 20, "\(back.rect) \(restart.rect)")
    #expect(hits.allSatisfy { $0.rect.x <= restart.rect.x || $0.rect.y != restart.rect.y })

    try Self.tap(&wizard, .restart)
    #expect(wizard.state.modal == .confirmRestart)
    #expect(wizard.answer("city") != nil, "nothing wiped yet")
    #expect(wizard.screenText().contains("确定清除") && wizard.screenText().contains("返回"))
    try Self.tap(&wizard, .closeOverlay)
    #expect(wizard.state.modal == nil)
    #expect(wizard.answer("city") != nil && wizard.currentFactName == "applicant")

    try Self.tap(&wizard, .restart)
    try Self.tap(&wizard, .confirmRestart)
    #expect(wizard.answer("city") == nil && wizard.currentFactName == "city")
    #expect(!wizard.state.showingWelcome)
  }

  // MARK: 5. No kiosk frame names a key

  /// Key names as hints: Latin names not inside a word, arrows as pairs, F-keys, Ctrl-. The
  /// verb of the catalog's English help (`Enter 0 if there are none`, `Enter the amount`) is
  /// not a key (nor is it where the pane wraps before its object).
  static let keyName = try! NSRegularExpression(
    pattern:
      #"(?<![A-Za-z])(Enter(?!( (0|the|as)\b| *│| *$))|Esc|Tab|PgUp|PgDn|Home|End|Space|Del|Backspace|Shift|Ctrl-|F[0-9]{1,2})(?![A-Za-z])|空格|↑↓|←/|\?帮助|\? help"#
  )

  static func expectNoKeyNames(
    _ wizard: WizardDriver, _ place: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for line in wizard.lines(sourceLocation: sourceLocation) {
      let range = NSRange(line.startIndex..., in: line)
      if let match = keyName.firstMatch(in: line, range: range) {
        let name = (line as NSString).substring(with: match.range)
        Issue.record(
          "\(place): the kiosk names the key \(name): \(line)", sourceLocation: sourceLocation)
        return
      }
    }
  }

  /// Every step, the result, every benefit's detail (scrolled through) and every box, in both
  /// languages, at 80×24 and 120×40.
  @Test(arguments: [(Language.chinese, 80, 24), (.english, 80, 24), (.chinese, 120, 40)])
  func noKioskFrameNamesAKey(language: Language, width: Int, height: Int) throws {
    let size = (width, height)
    for file in ["2-ordos-new-materials.json", "5-hohhot-university.json"] {
      let profile = try HelpDeskModeTests.sample(file)
      var wizard = WizardDriver(
        width: size.0, height: size.1, profile: profile,
        mode: .kiosk(KioskSettings(operatorPIN: "246810", canPrint: true)), language: language)
      Self.expectNoKeyNames(wizard, "welcome")
      wizard.press(.enter)
      let steps = wizard.state.steps
      for index in steps.indices {
        wizard.press(.function(2))
        Self.expectNoKeyNames(wizard, "\(file) steps")
        wizard.press(.home)
        wizard.press(.down, times: index)
        wizard.press(.enter)
        Self.expectNoKeyNames(wizard, "\(file) step \(index)")
        // A text field shows its keypad; a field in error its message.
        if wizard.state.isOnTextField {
          wizard.type("x")
          Self.expectNoKeyNames(wizard, "\(file) step \(index) error")
          wizard.press(.backspace)
        }
      }
      wizard.press(.function(2))
      wizard.press(.end)
      wizard.press(.enter)
      try #require(wizard.state.currentFact == nil)
      Self.expectNoKeyNames(wizard, "\(file) result")
      for entry in wizard.state.panelEntries.indices {
        wizard.press(.home)
        wizard.press(.down, times: entry)
        wizard.press(.enter)
        for page in 0..<2 {
          Self.expectNoKeyNames(wizard, "\(file) detail \(entry) page \(page)")
          wizard.press(.pageDown)
        }
        wizard.press(.escape)
      }
      for key in [Key.character("?"), .character("m"), .character("c"), .function(12)] {
        wizard.press(key)
        #expect(wizard.state.modal != nil, "\(key)")
        Self.expectNoKeyNames(wizard, "\(file) box of \(key)")
        // A key turns the take-home to its next code; after the last it closes.
        for _ in 0..<100 where wizard.state.modal != nil {
          wizard.press(.escape)
          Self.expectNoKeyNames(wizard, "\(file) box of \(key), next")
        }
        #expect(wizard.state.modal == nil, "\(key)'s box closes")
      }
      try Self.tap(&wizard, .restart)
      Self.expectNoKeyNames(wizard, "\(file) restart")
      wizard.press(.escape)
      wizard.wait(milliseconds: 25_000, tick: 1_000)
      #expect(wizard.state.kioskCountdown != nil)
      Self.expectNoKeyNames(wizard, "\(file) countdown")
    }
  }

  // MARK: 7. The pending digit

  /// A platform editor at 80×24, on the 34 platform types.
  static func platformTypes() -> WizardDriver {
    var wizard = WizardDriver(width: 80, height: 24)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.up)
    wizard.press(.enter)
    return wizard
  }

  @Test func thePendingDigitShowsBesideTheList() {
    var wizard = Self.platformTypes()
    wizard.type("1")
    #expect(wizard.state.isWaitingForDigit)
    #expect(wizard.screenText().contains("已输入编号 1"))
    Snapshot.expect(wizard.lines(), named: "pending-digit-80x24")
  }

  /// `1`, a pause: option 1, not 11 with the next `1`.
  @Test func aFirstDigitAloneIsTakenAfterASecond() {
    var wizard = Self.platformTypes()
    wizard.type("1")
    wizard.wait(milliseconds: 750)
    #expect(wizard.state.itemEditor?.values[0] == nil, "still waiting at 0.75 s")
    wizard.wait(milliseconds: 250)
    #expect(wizard.state.itemEditor?.values[0] == .choice(0), "1 taken alone after 1 s")
    #expect(!wizard.state.isWaitingForDigit)
    #expect(!wizard.screenText().contains("已输入编号"))
  }

  @Test func aSecondDigitInTimeMakesTwoDigits() {
    var wizard = Self.platformTypes()
    wizard.type("1")
    wizard.wait(milliseconds: 500)
    wizard.type("8")
    #expect(wizard.state.itemEditor?.values[0] == .choice(17), "18 within the second")
  }

  // MARK: 8. The demo's footer

  static func demo() -> WizardDriver {
    DemoModeTests.demo(width: 80, height: 24)
  }

  @Test func theDemoFooterFitsAt80x24AndShowsPlayOrPause() {
    var wizard = Self.demo()
    wizard.send(.timePassed(milliseconds: DemoModeTests.keyMilliseconds))
    let playing = wizard.lines().last ?? ""
    for part in ["▶", "1–5", "空格", "→单步", "q退出"] {
      #expect(playing.contains(part), "\(playing)")
    }
    wizard.press(.character(" "))
    let paused = wizard.lines().last ?? ""
    #expect(paused.contains("⏸") && !paused.contains("▶"), "\(paused)")
    Snapshot.expect([playing, paused], named: "demo-footer-80x24")
  }

  @Test func qInTheDemoOpensTheQuitPrompt() {
    var wizard = Self.demo()
    wizard.send(.timePassed(milliseconds: DemoModeTests.keyMilliseconds))
    #expect(wizard.press(.character("q")).isEmpty)
    #expect(wizard.state.modal == .confirmQuit)
    #expect(wizard.state.demo != nil, "the demo waits under the question")
    let flow = wizard.state.flow
    wizard.wait(milliseconds: 3_000)
    #expect(wizard.state.flow == flow, "nothing played under the question")
    wizard.press(.escape)
    #expect(wizard.state.modal == nil && wizard.state.demo != nil)
    wizard.press(.character("q"))
    #expect(wizard.press(.character("y")) == [.quit])
  }
}
