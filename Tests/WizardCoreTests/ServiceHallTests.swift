import DefaultCatalog
import PolicyEngine
import ScreenKit
import TakeHome
import Testing
import WizardCore

/// Issue 17, the wizard's side of the service hall: a save another desk overtook (both versions
/// shown, the consultant chooses), a store that cannot be reached (answers kept, the next save
/// retries the same draft), the kiosk's hand-off code and the desk's 输入取件码. The test plays
/// the session, answering effects with events.
@Suite struct ServiceHallTests {
  // MARK: Conflict

  /// Case #4 as this desk opened it (version 3), with the R&D answer then changed here.
  static func editedCase() throws -> WizardDriver {
    var wizard = WizardDriver(width: 100, height: 30)
    let profile = try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json")
    wizard.send(
      .caseOpened(
        profile, name: "某农牧公司", id: 4, contact: "王经理", note: "需补充台账", version: 3))
    wizard.press(.function(2))
    let city = try #require(wizard.state.steps.firstIndex(of: wizard.fact("city")))
    wizard.press(.home)
    wizard.press(.down, times: city)
    wizard.press(.enter)
    wizard.press(.down)  // another city
    wizard.press(.enter)
    #expect(wizard.state.hasUnsavedAnswers)
    return wizard
  }

  /// What desk 1 saved meanwhile: the same answers with a contact and note of its own.
  static func theirs(_ wizard: WizardDriver) throws -> StoredCase {
    StoredCase(
      profile: try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json"), name: "某农牧公司",
      contact: "张三 A", note: "A 窗口的备注", version: 4, desk: "窗口1")
  }

  /// Saves through the form, returning the effect.
  static func save(_ wizard: inout WizardDriver) -> WizardEffect? {
    wizard.press(.character("s"))
    return wizard.press(.enter).first
  }

  @Test func aSaveOfAnOpenedCaseCarriesTheVersionItWasOpenedAt() throws {
    var wizard = try Self.editedCase()
    guard case .saveCase(_, _, _, _, _, let caseID, let version)? = Self.save(&wizard) else {
      Issue.record("no save")
      return
    }
    #expect(caseID == 4)
    #expect(version == 3)
    // A save that went through moves the case to the version the store gives.
    wizard.send(.caseSaved(id: 4, notice: "已更新案例 #4", version: 4))
    guard case .saveCase(_, _, _, _, _, _, let next)? = Self.save(&wizard) else {
      Issue.record("no second save")
      return
    }
    #expect(next == 4)
  }

  @Test func aRefusedSaveShowsBothVersionsSideBySide() throws {
    var wizard = try Self.editedCase()
    let sent = Self.save(&wizard)
    let mine = wizard.state.profile
    wizard.send(.saveConflicted(caseID: 4, theirs: try Self.theirs(wizard)))
    let conflict = try #require(wizard.state.saveConflict)
    #expect(wizard.state.profile == mine, "nothing of mine is lost")
    #expect(wizard.state.hasUnsavedAnswers)
    let rows = wizard.state.conflictRows(conflict)
    let differing = rows.filter(\.differs).map(\.label)
    let cityLabel = wizard.catalog.facts[wizard.fact("city")].label(in: .chinese)
    #expect(differing.contains(cityLabel), "\(rows)")
    #expect(differing.contains("联系人（可选）") && differing.contains("备注（可选）"), "\(rows)")
    #expect(!differing.contains("单位名称"), "the same name is not highlighted")
    let screen = wizard.screenText()
    #expect(screen.contains("案例已被其他窗口修改"), "\(screen)")
    #expect(screen.contains("对方（窗口1，版本 4）") && screen.contains("我的（未保存）"), "\(screen)")
    #expect(screen.contains("张三 A") && screen.contains("王经理"), "\(screen)")
    Snapshot.expect(wizard.lines(), named: "hall-save-conflict")
    // Only a choice resolves it: Enter, a letter of the answers, or a stray key saves nothing.
    for key: Key in [.enter, .character("y"), .character("s"), .tab] {
      #expect(wizard.press(key).isEmpty)
      #expect(wizard.state.saveConflict != nil)
    }
    #expect(sent != nil)
  }

  @Test func keepMineSavesOverTheirsAtTheirVersion() throws {
    var wizard = try Self.editedCase()
    guard case .saveCase(let profile, _, _, _, let requestID, _, _)? = Self.save(&wizard) else {
      Issue.record("no save")
      return
    }
    wizard.send(.saveConflicted(caseID: 4, theirs: try Self.theirs(wizard)))
    let effects = wizard.press(.character("m"))
    #expect(
      effects == [
        .saveCase(
          profile: profile, name: "某农牧公司", contact: "王经理", note: "需补充台账",
          requestID: requestID, caseID: 4, version: 4)
      ])
    #expect(wizard.state.modal == nil)
  }

  @Test func takeTheirsLoadsTheirVersionAndCancelKeepsMine() throws {
    var wizard = try Self.editedCase()
    _ = Self.save(&wizard)
    let theirs = try Self.theirs(wizard)
    let mine = wizard.state.profile
    var cancelled = wizard
    wizard.send(.saveConflicted(caseID: 4, theirs: theirs))
    #expect(wizard.press(.character("t")).isEmpty)
    #expect(wizard.state.helpDesk.contact == "张三 A")
    #expect(wizard.state.helpDesk.caseVersion == 4)
    #expect(!wizard.state.hasUnsavedAnswers)
    #expect(wizard.lines().last?.contains("已载入其他窗口保存的案例 #4") == true)

    cancelled.send(.saveConflicted(caseID: 4, theirs: theirs))
    #expect(cancelled.press(.escape).isEmpty)
    #expect(cancelled.state.modal == nil)
    #expect(cancelled.state.profile == mine)
    #expect(cancelled.state.helpDesk.caseVersion == 3, "a later save is still checked")
    #expect(cancelled.state.hasUnsavedAnswers)
  }

  @Test func theChoicesAreButtonsToo() throws {
    var wizard = try Self.editedCase()
    _ = Self.save(&wizard)
    wizard.send(.saveConflicted(caseID: 4, theirs: try Self.theirs(wizard)))
    let keep = try #require(wizard.point(of: .conflictChoice(.keepMine)))
    guard case .saveCase(_, _, _, _, _, 4, 4)? = wizard.send(.clicked(x: keep.x, y: keep.y)).first
    else {
      Issue.record("keep mine by touch: \(wizard.lastEffects)")
      return
    }
  }

  @Test func theConflictSpeaksEnglish() throws {
    var wizard = WizardDriver(width: 100, height: 30, language: .english)
    let profile = try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json")
    wizard.send(.caseOpened(profile, name: "Farm Co", id: 4, version: 3))
    wizard.send(
      .saveConflicted(
        caseID: 4, theirs: StoredCase(profile: profile, name: "Farm Co", contact: "A", version: 4)))
    let screen = wizard.screenText()
    #expect(screen.contains("Another desk changed this case"), "\(screen)")
    #expect(screen.contains("Theirs (version 4)") && screen.contains("Mine (unsaved)"), "\(screen)")
    #expect(screen.contains("M keep mine (overwrite theirs)"), "\(screen)")
  }

  // MARK: A store that cannot be reached

  @Test func aStoreAwayKeepsEveryAnswerAndTheNextSaveRetriesTheSameDraft() throws {
    var wizard = WizardDriver()
    wizard.type("7")
    wizard.press(.character("s"))
    wizard.type("某公司")
    let first = wizard.press(.enter).first
    let answers = wizard.state.profile
    wizard.send(.saveUnreachable(reason: "connection refused"))
    #expect(wizard.state.profile == answers)
    #expect(wizard.state.helpDesk.caseID == nil)
    #expect(wizard.state.hasUnsavedAnswers, "not saved, and the wizard knows it")
    let notice = wizard.lines().last ?? ""
    #expect(notice.contains("案例未保存：数据库暂时无法连接"), "\(notice)")
    #expect(notice.contains("答案仍在，下次保存时重试"), "\(notice)")
    wizard.press(.character("s"))
    #expect(wizard.screenText().contains("上次保存未成功：这次保存将重试"))
    let retry = wizard.press(.enter).first
    #expect(retry == first, "the same request id and answers: a save that did land is not doubled")
    guard case .saveCase(_, _, _, _, let requestID, nil, nil)? = retry else {
      Issue.record("\(String(describing: retry))")
      return
    }
    #expect(requestID == wizard.state.draftID)
    wizard.send(.caseSaved(id: 1, notice: "已保存案例 #1", version: 1))
    #expect(!wizard.state.helpDesk.lastSaveFailed)
  }

  // MARK: Kiosk hand-off

  static func kioskAtSummary(canHandOff: Bool, language: Language = .chinese) -> WizardDriver {
    var wizard = WizardDriver(
      width: 80, height: 24,
      mode: .kiosk(
        KioskSettings(
          idleSeconds: 60, countdownSeconds: 10, operatorPIN: "2468", canHandOff: canHandOff)),
      language: language)
    wizard.press(.enter)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    return wizard
  }

  @Test func theKioskOffersTheHandOffOnlyWithASharedStore() throws {
    var plain = Self.kioskAtSummary(canHandOff: false)
    #expect(plain.point(of: .handOff) == nil)
    #expect(!plain.screenText().contains("到窗口继续办理"))
    #expect(plain.press(.character("h")).isEmpty)

    let wizard = Self.kioskAtSummary(canHandOff: true)
    #expect(wizard.point(of: .handOff) != nil)
    // Every button whole at 80 columns.
    let bar = wizard.lines()[20...22].joined(separator: "\n")
    for label in ["‹ 上一题", "重新开始", "扫码带走", "到窗口继续办理", "完成并清除"] {
      #expect(bar.contains(label), "\(bar)")
    }
  }

  @Test func theHandOffStoresOnlyTheAnswersAndShowsTheCodeLarge() throws {
    var wizard = Self.kioskAtSummary(canHandOff: true)
    let answers = wizard.state.profile
    let point = try #require(wizard.point(of: .handOff))
    let effects = wizard.send(.clicked(x: point.x, y: point.y))
    guard case .createHandOff(let stored)? = effects.first else {
      Issue.record("\(effects)")
      return
    }
    #expect(stored.enterpriseName == nil, "no name")
    #expect(stored.values == answers.values && stored.isUnknown == answers.isUnknown)
    #expect(wizard.press(.character("H")) == effects, "the same by its key")

    wizard.send(.handOffCreated(HandOffTicket(code: "KX7M2P", expiresAt: "2026-06-02 10:00")))
    #expect(
      wizard.state.modal == .handOff(HandOffTicket(code: "KX7M2P", expiresAt: "2026-06-02 10:00")))
    let screen = wizard.screenText()
    #expect(screen.contains("取件码 KX7M2P 有效至 2026-06-02 10:00"), "\(screen)")
    // Large: five rows of blocks; and in the QR code beside it.
    #expect(wizard.lines().filter { $0.contains("██  ██") }.count >= 5, "\(screen)")
    let qr = try #require(QRCode("取件码 KX7M2P", minimumLevel: .medium, maximumVersion: 40))
    let drawn = TakeHomeKioskTests.drawnCode(
      wizard, width: qr.halfBlockLines()[0].count, rows: qr.halfBlockLines().count)
    #expect(drawn == qr.halfBlockLines(), "the code's QR, drawn whole")
    Snapshot.expect(wizard.lines(), named: "hall-kiosk-hand-off")
  }

  @Test func doneWipesAndTheNextVisitorSeesNothing() throws {
    var wizard = Self.kioskAtSummary(canHandOff: true)
    wizard.send(.handOffCreated(HandOffTicket(code: "KX7M2P", expiresAt: "2026-06-02 10:00")))
    let done = try #require(wizard.point(of: .handOffDone))
    wizard.send(.clicked(x: done.x, y: done.y))
    #expect(wizard.state.showingWelcome)
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.profile == Profile(factCount: wizard.catalog.facts.count))
    #expect(!wizard.screenText().contains("KX7M2P"))

    var idle = Self.kioskAtSummary(canHandOff: true)
    idle.send(.handOffCreated(HandOffTicket(code: "KX7M2P", expiresAt: "2026-06-02 10:00")))
    idle.wait(milliseconds: 70_000)
    #expect(idle.state.showingWelcome && idle.state.modal == nil)
    #expect(!idle.screenText().contains("██  ██"))
  }

  @Test func aStoreAwayTellsTheVisitorPlainly() {
    var wizard = Self.kioskAtSummary(canHandOff: true)
    wizard.press(.character("h"))
    wizard.send(.handOffUnavailable(reason: "connection refused"))
    let screen = wizard.screenText()
    #expect(screen.contains("暂时无法生成取件码，请直接到服务窗口办理"), "\(screen)")
    #expect(!screen.contains("connection refused"), "no database error for a visitor")
  }

  // MARK: Desk

  @Test func theDeskEntersACodeFromTheCaseListOrF4() throws {
    var wizard = WizardDriver()
    wizard.press(.character("o"))
    #expect(wizard.screenText().contains("Tab 输入取件码"))
    wizard.press(.tab)
    #expect(wizard.state.modal == .handOffEntry(HandOffEntry()))
    wizard.type("kx7m")
    wizard.type("0")
    #expect(wizard.screenText().contains("没有 0、1、I、L、O"), "\(wizard.screenText())")
    #expect(wizard.press(.enter).isEmpty, "four characters are no code")
    #expect(wizard.screenText().contains("取件码是 6 位"))
    wizard.type("2p9")
    #expect(wizard.state.modal == .handOffEntry(HandOffEntry(code: "KX7M2P")), "six at most")
    Snapshot.expect(wizard.lines(), named: "hall-desk-code-entry")
    #expect(wizard.press(.enter) == [.takeHandOff(code: "KX7M2P")])

    var byKey = WizardDriver()
    byKey.press(.function(4))
    #expect(byKey.state.modal == .handOffEntry(HandOffEntry()))
  }

  @Test func aTakenCodeOpensAsANewDraftNotSavedUntilTheConsultantSaves() throws {
    var wizard = WizardDriver()
    var answers = try HelpDeskModeTests.sample("3-hulunbuir-agriculture.json")
    answers.enterpriseName = nil
    wizard.send(.handOffTaken(answers, code: "KX7M2P"))
    #expect(wizard.state.profile == answers)
    #expect(wizard.state.currentFact == nil, "opens on the result")
    #expect(wizard.state.helpDesk.caseID == nil && wizard.state.helpDesk.caseVersion == nil)
    #expect(wizard.state.hasUnsavedAnswers)
    #expect(wizard.lines().last?.contains("新案例草稿，保存后才存入") == true)
    wizard.press(.character("s"))
    wizard.type("某农牧公司")
    guard case .saveCase(_, "某农牧公司", _, _, _, nil, nil)? = wizard.press(.enter).first else {
      Issue.record("a new case: \(wizard.lastEffects)")
      return
    }
  }

  @Test func anUnknownCodeSaysSoAndUnsavedAnswersAreAskedFor() throws {
    var wizard = WizardDriver()
    wizard.press(.function(4))
    wizard.type("KX7M2P")
    wizard.press(.enter)
    wizard.send(.handOffMissing(code: "KX7M2P"))
    #expect(wizard.screenText().contains("取件码 KX7M2P 不存在或已过期"))
    #expect(wizard.state.modal != nil, "the box stays for another try")

    var unsaved = WizardDriver()
    unsaved.type("7")
    unsaved.press(.function(4))
    unsaved.type("KX7M2P")
    #expect(unsaved.press(.enter).isEmpty)
    #expect(unsaved.state.modal == .confirmDiscard(then: .takeHandOff(code: "KX7M2P")))
    #expect(unsaved.press(.character("y")) == [.takeHandOff(code: "KX7M2P")])
  }

  @Test func codesUseOnlyUnambiguousLetters() {
    #expect(!HandOffCodeInput.alphabet.contains(where: { "01OIL".contains($0) }))
    #expect(HandOffCodeInput.letter("k") == "K")
    #expect(HandOffCodeInput.letter("o") == nil)
    #expect(HandOffCodeInput.isValid("KX7M2P"))
    #expect(!HandOffCodeInput.isValid("KX7M2O") && !HandOffCodeInput.isValid("KX7M2"))
  }

}
