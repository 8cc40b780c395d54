import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore
import WizardRuntime

/// The run loop on the in-memory terminal: effects followed through, a terminal that goes
/// away, the idle timer, suspending. Nothing sleeps: the terminal's clock is fake.
@Suite struct RuntimeTests {
  /// Records every effect and answers like the session's services would.
  struct RecordingHandler: EffectHandler {
    var performed: [WizardEffect] = []
    var pending: [WizardEvent] = []

    mutating func perform(_ effect: WizardEffect, state: WizardState) -> EffectOutcome {
      performed.append(effect)
      switch effect {
      case .quit: return .quit
      case .saveCase(_, let name, _, _, _, let caseID, _):
        let id = caseID ?? 5
        return .answer(.caseSaved(id: id, notice: "已保存案例 #\(id)：\(name)"))
      default: return .answer(nil)
      }
    }

    mutating func pendingEvents() -> [WizardEvent] {
      defer { pending = [] }
      return pending
    }
  }

  static func state(_ mode: WizardMode = .helpDesk, size: Size = Size(width: 100, height: 30))
    -> WizardState
  {
    WizardState(catalog: DefaultCatalog.catalog, size: size, today: testDay, mode: mode)
  }

  static func keys(_ keys: Key...) -> [TestTerminal.Step] { keys.map { .input(.key($0)) } }
  static func text(_ text: String) -> [TestTerminal.Step] {
    text.map { .input(.key(.character($0))) }
  }

  /// A save: the effect reaches the handler, its answer reaches the wizard, the screen says so.
  @Test func effectsAreCarriedOutAndTheirAnswersShown() {
    let terminal = TestTerminal(
      script: Self.text("7") + Self.keys(.character("s")) + Self.text("某公司")
        + Self.keys(.enter, .character("q"), .character("y")))
    var runtime = WizardRuntime(
      state: Self.state(), terminal: terminal, handler: RecordingHandler(), clock: terminal)
    #expect(runtime.run() == .quit)
    guard case .saveCase(_, let name, _, _, _, nil, _)? = runtime.handler.performed.first else {
      Issue.record("no save: \(runtime.handler.performed)")
      return
    }
    #expect(name == "某公司")
    #expect(runtime.state.helpDesk.caseID == 5)
    #expect(terminal.screens.contains { $0.lines().last?.contains("已保存案例 #5") == true })
    #expect(runtime.handler.performed.last == .quit)
  }

  /// Reads that return at once with nothing, again and again: the terminal has gone (a closed
  /// pty), and the loop ends instead of spinning.
  @Test(arguments: [WizardMode.helpDesk, .kiosk(KioskSettings())])
  func aTerminalThatGoesAwayEndsTheRun(_ mode: WizardMode) {
    let terminal = TestTerminal(script: Self.text("7"), goneWhenScriptEnds: true)
    var runtime = WizardRuntime(
      state: Self.state(mode), terminal: terminal, handler: RecordingHandler(), clock: terminal)
    #expect(runtime.run() == .terminalGone)
    #expect(
      terminal.screens.count <= WizardRuntime<TestTerminal, RecordingHandler>.silentWakeUpLimit + 4)
  }

  /// The kiosk's idle timer runs on the loop's clock: the countdown shows after idleSeconds,
  /// every answer is gone after the countdown, and a kiosk that just waits does not count as
  /// a terminal gone.
  @Test func theIdleTimerCountsDownAndWipes() {
    let settings = KioskSettings(idleSeconds: 5, countdownSeconds: 3, operatorPIN: "246813")
    let terminal = TestTerminal(
      script: Self.keys(.enter) + Self.text("7") + [.wait(milliseconds: 5_500)]
        + [.wait(milliseconds: 3_000)] + Self.keys(.function(12)) + Self.text("246813")
        + Self.keys(.enter))
    var runtime = WizardRuntime(
      state: Self.state(.kiosk(settings)), terminal: terminal, handler: RecordingHandler(),
      clock: terminal)
    #expect(runtime.run() == .quit)
    let texts = terminal.screens.map { $0.lines().joined(separator: "\n") }
    let countdown = texts.firstIndex { $0.contains("秒后将清除全部回答") }
    let welcome = texts.lastIndex { $0.contains("内蒙古科技支持政策自助查询") }
    #expect(countdown != nil)
    #expect(welcome != nil && countdown.map { $0 < welcome! } == true)
    #expect(runtime.state.answered.isEmpty)
  }

  /// Ctrl-Z suspends outside a kiosk only.
  @Test func ctrlZSuspendsButNotInAKiosk() {
    let desk = TestTerminal(script: Self.keys(.control("z"), .control("c")))
    var deskRun = WizardRuntime(
      state: Self.state(), terminal: desk, handler: RecordingHandler(), clock: desk)
    #expect(deskRun.run() == .quit)
    #expect(desk.suspensions == 1)

    let kiosk = TestTerminal(script: Self.keys(.control("z"), .control("c")))
    var kioskRun = WizardRuntime(
      state: Self.state(.kiosk(KioskSettings())), terminal: kiosk, handler: RecordingHandler(),
      clock: kiosk)
    #expect(kioskRun.run() == .terminalGone, "Ctrl-C does not quit a kiosk either")
    #expect(kiosk.suspensions == 0)
  }

  /// Events the handler reports on its own (a print that failed) reach the wizard.
  @Test func pendingEventsReachTheWizard() {
    let terminal = TestTerminal(script: [.wait(milliseconds: 1)] + Self.keys(.control("c")))
    var handler = RecordingHandler()
    handler.pending = [.printFailed(.cannotStart)]
    var runtime = WizardRuntime(
      state: Self.state(), terminal: terminal, handler: handler, clock: terminal)
    #expect(runtime.run() == .quit)
    #expect(terminal.screens.contains { $0.lines().last?.contains("打印失败") == true })
  }
}

extension RuntimeTests {
  /// A resize reaches the wizard and the next screen has the new size, reflowed.
  @Test func aResizeRedrawsAtTheNewSize() {
    let terminal = TestTerminal(
      size: Size(width: 80, height: 24),
      script: [.input(.resize(width: 120, height: 40))] + Self.keys(.control("c")))
    var runtime = WizardRuntime(
      state: Self.state(size: Size(width: 80, height: 24)), terminal: terminal,
      handler: RecordingHandler(), clock: terminal)
    #expect(runtime.run() == .quit)
    #expect(terminal.screens.first?.size == Size(width: 80, height: 24))
    #expect(terminal.screens.last?.size == Size(width: 120, height: 40))
    #expect(runtime.state.size == Size(width: 120, height: 40))
  }
}
