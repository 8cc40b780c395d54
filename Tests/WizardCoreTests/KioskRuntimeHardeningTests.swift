import DefaultCatalog
import PolicyEngine
import ScreenKit
import TakeHome
import Testing
import WizardCore
import WizardRuntime

/// Issue 16, the kiosk's runtime side in the pure model: input that has already arrived costs
/// no frame per character (defect 2), the PIN field is capped (defect 9), the take-home codes
/// hold the whole result (defect 6).
@Suite struct KioskRuntimeHardeningTests {
  /// Keys that arrived together (a paste of 5,000 characters into a number field) are handled
  /// before the next frame: a handful of frames, not one per character, and the field keeps
  /// its 64 characters.
  @Test func inputThatHasArrivedIsHandledBeforeTheNextFrame() {
    let paste = String(repeating: "9", count: 5_000)
    let terminal = TestTerminal(
      script: RuntimeTests.text("7") + RuntimeTests.text("1") + RuntimeTests.text("2")
        + [.wait(milliseconds: 10)] + RuntimeTests.text(paste) + [.wait(milliseconds: 10)])
    terminal.deliversQueuedInput = true
    var runtime = WizardRuntime(
      state: RuntimeTests.state(), terminal: terminal, handler: RuntimeTests.RecordingHandler(),
      clock: terminal)
    _ = runtime.run()
    let frames = terminal.screens.count - Self.framesOfAnEmptyRun()
    #expect(frames < 20, "\(frames) frames for 5,003 keys")
    let field = runtime.state.drafts.values.first { $0.hasPrefix("999") }
    #expect(field?.count == FieldLimits.numberCharacters, "\(runtime.state.drafts)")
    #expect(terminal.lastScreen?.lines().joined().contains("最多64个字符") == true)
  }

  /// Without queued input (the default test terminal) every key still gets its frame: the
  /// drain is the terminal's to offer.
  @Test func eachKeyGetsItsFrameWhenNothingIsQueued() {
    let terminal = TestTerminal(script: RuntimeTests.text("71"))
    var runtime = WizardRuntime(
      state: RuntimeTests.state(), terminal: terminal, handler: RuntimeTests.RecordingHandler(),
      clock: terminal)
    _ = runtime.run()
    #expect(terminal.screens.count - Self.framesOfAnEmptyRun() == 2)
  }

  /// The frames a run draws with no input at all, until it counts the terminal as gone.
  static func framesOfAnEmptyRun() -> Int {
    let terminal = TestTerminal()
    var runtime = WizardRuntime(
      state: RuntimeTests.state(), terminal: terminal, handler: RuntimeTests.RecordingHandler(),
      clock: terminal)
    _ = runtime.run()
    return terminal.screens.count
  }

  /// A paste of 100,000 digits into the PIN prompt: the PIN stops at the longest one the
  /// configuration allows, and each digit beyond costs a constant check (the whole paste runs
  /// in well under a second even in a debug build).
  @Test func thePINFieldIsCapped() {
    var wizard = KioskModeTests.started()
    wizard.press(.function(12))
    let clock = ContinuousClock()
    let started = clock.now
    // Straight into the model, as the run loop hands queued input over without a frame.
    for _ in 0..<100_000 { _ = wizard.state.update(.keyPressed(.character("7"))) }
    let elapsed = clock.now - started
    #expect(wizard.state.pinEntry?.count == OperatorLock.longestPIN)
    #expect(elapsed < .seconds(10), "took \(elapsed)")
  }

  /// The back-off of an earlier run: the prompt refuses input for what was left of it.
  @Test func aRestoredBackOffLocksThePrompt() {
    var wizard = KioskModeTests.started()
    wizard.state.restore(
      operatorLock: OperatorLock(
        failedAttempts: 5, remainingMilliseconds: 16_000, at: wizard.state.kiosk.clock))
    wizard.press(.function(12))
    wizard.type("2468")
    wizard.press(.enter)
    #expect(wizard.state.operatorLock.failedAttempts == 5, "the PIN was not even tried")
    #expect(wizard.state.pinLockSeconds == 16)
    wizard.wait(milliseconds: 16_000)
    #expect(wizard.state.pinLockSeconds == nil)
  }

  // MARK: Take-home

  /// At 80×24 the Hulunbuir result does not fit one code: it is spread over several, each a
  /// whole message (the header with k/n), and together they hold every benefit line and the
  /// totals — never “另有…项，详见完整报告”.
  @Test func theTakeHomeCodesHoldTheWholeResult() throws {
    var wizard = TakeHomeKioskTests.atSummary()
    wizard.press(.character("m"))
    let pages = TakeHomePages(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result,
      maximumVersion: TakeHomeCode.largestVersion(rows: 23, columns: 80)
    ).pages
    let complete = TakeHomeCode(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result)
    #expect(pages.count > 1, "the case needs several codes at 80×24")
    let all = pages.map(\.text).joined(separator: "\n")
    for line in complete.text.split(separator: "\n").dropFirst() {
      #expect(all.contains(line), "“\(line)” is in no code")
    }
    #expect(!all.contains("详见完整报告"))
    for (index, page) in pages.enumerated() {
      let header = try #require(page.text.split(separator: "\n").first)
      #expect(header.hasSuffix(" \(index + 1)/\(pages.count)"), "\(header)")
      #expect(page.code.version <= 5)
    }
    // Each code drawn in turn; a tap shows the next; after the last the result is back.
    for (index, page) in pages.enumerated() {
      let lines = page.code.halfBlockLines()
      #expect(
        TakeHomeKioskTests.drawnCode(wizard, width: lines[0].count, rows: lines.count) == lines,
        "code \(index + 1)")
      #expect(wizard.screenText().contains("第 \(index + 1)/\(pages.count) 张"))
      wizard.send(.clicked(x: 60, y: 12))
    }
    #expect(wizard.state.modal == nil)
    wizard.press(.character("m"))
    #expect(wizard.screenText().contains("第 1/\(pages.count) 张"), "opens at the first again")
  }

  /// Where one code holds everything, it is the report's complete code, alone.
  @Test func oneCodeWhenItHoldsEverything() {
    var wizard = TakeHomeKioskTests.atSummary(width: 120, height: 40)
    wizard.press(.character("m"))
    let pages = TakeHomePages(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result,
      maximumVersion: TakeHomeCode.largestVersion(rows: 39, columns: 120)
    ).pages
    let complete = TakeHomeCode(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result)
    #expect(pages.count == 1)
    #expect(pages.first?.text == complete.text)
    wizard.press(.enter)
    #expect(wizard.state.modal == nil)
  }
}
