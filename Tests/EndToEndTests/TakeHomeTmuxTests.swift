import DefaultCatalog
import Foundation
import PolicyEngine
import TakeHome
import Testing

/// The kiosk's "扫码带走结果" on a real 80×24 terminal (tmux): the code the curses session draws
/// is the take-home code of the result, cell for cell, and the idle reset takes it away.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
struct TakeHomeTmuxTests {
  static let blocks: Set<Character> = ["█", "▀", "▄"]

  /// From a kiosk's welcome screen (a profile given) to its result, through the steps list.
  static func openResultThroughTheSteps(_ terminal: TmuxTerminal) throws {
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try terminal.press("Enter")
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    try terminal.press("F2")
    // To the last row, 结果 (PgDn: tmux's End is not the terminal's End key here).
    for _ in 0..<3 { try terminal.press("NPage") }
    try terminal.press("Enter")
  }

  @Test func kioskDrawsTheCodeAtEightyByTwentyFourAndTheResetWipesIt() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json")
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal,
      ["--kiosk", "--profile", file.path, "--idle-seconds", "5", "--countdown-seconds", "1"],
      in: directory)
    defer { wizard.end() }
    try Self.openResultThroughTheSteps(terminal)
    // The kiosk names no key: the result's touch bar offers 扫码带走 (M still works).
    try terminal.waitForText("结果汇总")
    try terminal.type("m")
    let screen = try terminal.waitForText("轻触屏幕或按任意键返回")

    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(
      try String(contentsOf: file, encoding: .utf8))
    let result = Evaluator(catalog: catalog).evaluate(profile)
    // The first of the codes that together hold the result.
    let expected = TakeHomePages(
      catalog: catalog, profile: profile, result: result,
      maximumVersion: TakeHomeCode.largestVersion(rows: 23, columns: 80)
    ).pages[0]
    let lines = expected.code.halfBlockLines()
    #expect(lines.count == 23 && lines[0].count == 45, "version 5 with its quiet zone")
    let drawn = screen[1...23].map { String($0.dropFirst().prefix(lines[0].count)) }
    #expect(drawn == lines, "\(screen.joined(separator: "\n"))")

    let welcome = try terminal.waitForText(
      WizardModesTmuxTests.welcomeTitle, timeout: .seconds(10))
    let welcomeText = welcome.joined(separator: "\n")
    #expect(!welcomeText.contains(where: Self.blocks.contains), "the code is gone: \(welcomeText)")
    #expect(!welcomeText.contains("呼伦贝尔"))
    try wizard.expectRunning("after the reset")
  }
}
