import CaseStore
import Foundation
import Testing
import WizardCore

/// Issue 17's hand-off end to end on real terminals (tmux), through a shared SQLite file: a
/// kiosk visit finishes with a code; a help desk opens the answers by that code; a code whose
/// time has passed (`kiosk.handOffExpiry: 0s`, no waiting) is gone.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct HandOffTmuxTests {
  /// A kiosk visit of the Hulunbuir sample to its result, handed over: the code it shows.
  static func kioskVisit(config: String) throws -> String {
    // A folder of its own: each wizard's pid file is in its folder, and the desk's wizard runs
    // meanwhile (one shared pid file let a kiosk's end stop the desk).
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--kiosk", "--profile", CasesCommandTests.sample, "--config", config],
      in: directory)
    defer { wizard.end() }
    try TakeHomeTmuxTests.openResultThroughTheSteps(terminal)
    try terminal.waitForText("到窗口继续办理")
    try terminal.type("h")
    let screen = try terminal.waitForText("有效至").joined(separator: "\n")
    let match = try #require(
      screen.firstMatch(of: /取件码 ([2-9A-HJKMNP-Z]{6}) 有效至/), "no code: \(screen)")
    #expect(!screen.contains("呼伦贝尔某"), "no name on the hand-off")
    return String(match.1)
  }

  @Test func aKioskVisitOpensAtADeskByItsCodeAndAnExpiredCodeIsGone() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("hall/cases.sqlite").path
    let config = try directory.write(
      "kiosk.yaml", "cases:\n  database: \(database)\nkiosk:\n  handOffExpiry: 24h\n")
    let code = try Self.kioskVisit(config: config)

    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let desk = try WizardModesTmuxTests.Wizard(terminal, ["--db", database], in: directory)
    defer { desk.end() }
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    try terminal.type("o")
    try terminal.waitForText("Tab 输入取件码")
    try terminal.press("Tab")
    try terminal.waitForText("取件码：")
    try terminal.type(code.lowercased())
    try terminal.press("Enter")
    let opened = try terminal.waitForText("新案例草稿").joined(separator: "\n")
    #expect(opened.contains("呼伦贝尔市"), "the visitor's answers: \(opened)")
    // A code opens once.
    try terminal.press("F4")
    try terminal.type(code)
    try terminal.press("Enter")
    // The opened draft is not saved: the desk is asked before it is replaced.
    try terminal.waitForText("当前回答尚未保存")
    try terminal.type("y")
    try terminal.waitForText("取件码 \(code) 不存在或已过期")
    try terminal.press("Escape")

    // A code made with no time to live is gone when the desk asks for it.
    let expiring = try directory.write(
      "expiring.yaml", "cases:\n  database: \(database)\nkiosk:\n  handOffExpiry: 0s\n")
    let expired = try Self.kioskVisit(config: expiring)
    try terminal.press("F4")
    try terminal.type(expired)
    try terminal.press("Enter")
    try terminal.waitForText("当前回答尚未保存")
    try terminal.type("y")
    try terminal.waitForText("取件码 \(expired) 不存在或已过期")
  }

  /// The desk's box and the store read codes in the same letters.
  @Test func theDeskTypesTheStoresAlphabet() {
    #expect(HandOffCodeInput.alphabet == HandOffCode.alphabet)
    #expect(HandOffCodeInput.length == HandOffCode.length)
  }
}
