import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The help desk's case lifecycle: a reopened case saves in place and keeps every field.
@Suite struct CaseLifecycleTests {
  static func opened() throws -> WizardDriver {
    var wizard = WizardDriver()
    let profile = try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json")
    wizard.send(
      .caseOpened(profile, name: "某农牧公司", id: 4, contact: "王经理", note: "需补充台账"))
    return wizard
  }

  @Test func aReopenedCaseSavesInPlaceWithContactAndNote() throws {
    var wizard = try Self.opened()
    #expect(wizard.state.currentFact == nil, "opens on the result")
    #expect(wizard.lines()[0].contains("某农牧公司 #4"))
    #expect(!wizard.state.hasUnsavedAnswers)
    wizard.press(.character("s"))
    #expect(wizard.state.saveForm?.fields == ["某农牧公司", "王经理", "需补充台账"])
    let effects = wizard.press(.enter)
    guard case .saveCase(_, let name, let contact, let note, _, let caseID, _)? = effects.first
    else {
      Issue.record("\(effects)")
      return
    }
    #expect(name == "某农牧公司" && contact == "王经理" && note == "需补充台账")
    #expect(caseID == 4, "the opened case is updated, not a new one")
  }

  /// A first save's answer gives the case its number: later saves update that case.
  @Test func theFirstSaveNumbersTheCase() {
    var wizard = WizardDriver()
    wizard.type("7")
    wizard.press(.character("s"))
    wizard.type("某公司")
    wizard.press(.enter)
    wizard.send(.caseSaved(id: 9, notice: "已保存案例 #9：某公司"))
    #expect(!wizard.state.hasUnsavedAnswers)
    #expect(wizard.lines()[0].contains("某公司 #9"))
    wizard.press(.character("s"))
    guard case .saveCase(_, _, _, _, _, let caseID, _)? = wizard.press(.enter).first else {
      Issue.record("no save")
      return
    }
    #expect(caseID == 9)
  }

  /// 新建案例 with unsaved answers asks first; n keeps them, y starts a blank case.
  @Test func aNewCaseAsksBeforeDroppingUnsavedAnswers() {
    var wizard = WizardDriver()
    wizard.type("7")
    #expect(wizard.press(.character("n")).isEmpty)
    #expect(wizard.state.modal == .confirmDiscard(then: .newCase))
    wizard.press(.character("n"))
    #expect(wizard.state.modal == nil)
    #expect(wizard.answer("city") != nil, "kept")
    wizard.press(.character("n"))
    wizard.press(.character("y"))
    #expect(wizard.answer("city") == nil)
    #expect(wizard.state.helpDesk.caseID == nil)
    #expect(wizard.lines().last?.contains("已新建案例") == true)
  }

  /// Opening another case with unsaved changes asks first; the same case does not.
  @Test func openingAnotherCaseAsksFirst() throws {
    var wizard = try Self.opened()
    wizard.press(.escape)  // to the last question
    wizard.press(.control("o"))
    wizard.send(.caseListLoaded(HelpDeskModeTests.items))
    #expect(wizard.press(.enter) == [.openCase(id: 12)], "nothing unsaved: no question")
    var changed = try Self.opened()
    changed.press(.escape)
    changed.press(.delete)
    changed.type("9")
    #expect(changed.state.hasUnsavedAnswers)
    changed.press(.control("o"))
    changed.send(.caseListLoaded(HelpDeskModeTests.items))
    #expect(changed.press(.enter).isEmpty)
    #expect(changed.state.modal == .confirmDiscard(then: .openCase(id: 12)))
  }
}

/// The kiosk by touch alone.
@Suite struct KioskTouchTests {
  static func kiosk(_ settings: KioskSettings = KioskSettings()) -> WizardDriver {
    var wizard = WizardDriver(mode: .kiosk(settings))
    wizard.press(.enter)
    return wizard
  }

  static func tap(_ wizard: inout WizardDriver, _ target: Frame.HitTarget) throws {
    let hit = try #require(wizard.frame().hits.first { $0.target == target }, "\(target)")
    wizard.send(.clicked(x: hit.rect.x + hit.rect.width / 2, y: hit.rect.y + hit.rect.height / 2))
  }

  @Test func touchTargetsGoBackRestartAndFinish() throws {
    var wizard = Self.kiosk()
    wizard.type("7")
    #expect(wizard.currentFactName == "applicant")
    for label in ["上一题", "重新开始", "完成并清除"] {
      #expect(wizard.screenText().contains(label))
    }
    try Self.tap(&wizard, .back)
    #expect(wizard.currentFactName == "city", "one wrong tap on the city can be undone")
    wizard.type("7")
    try Self.tap(&wizard, .restart)
    #expect(wizard.state.modal == .confirmRestart, "重新开始 asks first")
    try Self.tap(&wizard, .confirmRestart)
    #expect(wizard.answer("city") == nil && !wizard.state.showingWelcome)
    wizard.type("7")
    try Self.tap(&wizard, .finish)
    #expect(wizard.answer("city") == nil && wizard.state.showingWelcome, "wiped at once")
  }

  /// The result screen resets much sooner than a question.
  @Test func theResultScreenHasAShortIdleTime() throws {
    let profile = try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json")
    var wizard = WizardDriver(
      profile: profile, mode: .kiosk(KioskSettings(idleSeconds: 120, resultIdleSeconds: 20)))
    wizard.press(.enter)
    wizard.press(.escape)
    wizard.wait(milliseconds: 20_000)
    #expect(wizard.state.kioskCountdown == nil, "a question waits 120 s")
    wizard.press(.down)
    wizard.press(.up)
    var atResult = WizardDriver(
      profile: profile, mode: .kiosk(KioskSettings(idleSeconds: 120, resultIdleSeconds: 20)))
    atResult.press(.enter)
    atResult.press(.function(2))
    atResult.press(.end)
    atResult.press(.enter)
    #expect(atResult.state.currentFact == nil)
    atResult.wait(milliseconds: 20_000)
    #expect(atResult.state.kioskCountdown == 15)
  }

  /// A detail scrolls by touch (upper half up, lower half down) and closes only on ✕ 关闭.
  @Test func aDetailScrollsByTouchAndClosesOnlyOnItsTarget() throws {
    var wizard = Self.kiosk()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.tab)
    wizard.press(.enter)
    guard case .detail(let entry, 0)? = wizard.state.modal else {
      Issue.record("no detail")
      return
    }
    try Self.tap(&wizard, .scrollDown)
    guard case .detail(entry, let scroll)? = wizard.state.modal, scroll > 0 else {
      Issue.record("not scrolled: \(String(describing: wizard.state.modal))")
      return
    }
    try Self.tap(&wizard, .scrollUp)
    #expect(wizard.state.modal == .detail(entry, scroll: 0))
    try Self.tap(&wizard, .closeOverlay)
    #expect(wizard.state.modal == nil)
  }

  /// Named years and plain words for a stranger; the catalog's words at the help desk.
  @Test func kioskWordingNamesYearsAndExplainsJargon() {
    var wizard = Self.kiosk()
    wizard.type("712")
    wizard.press(.enter)
    let text = wizard.screenText()
    #expect(wizard.currentFactName == "rd", "\(text)")
    #expect(text.contains("研究与试验发展经费"), "\(text)")
    #expect(text.contains("2025年"), "\(text)")
    #expect(!text.contains("上年度"), "\(text)")
    var desk = WizardDriver()
    desk.type("712")
    desk.press(.enter)
    #expect(desk.screenText().contains("上年度"))
  }
}
