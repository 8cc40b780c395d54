import Foundation
import Testing

/// The self-service terminal when things go wrong (issue 10): a print command that fails, a
/// crash. Neither may leave a stranger at a raw shell or a debugger.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct KioskHardeningTmuxTests {
  typealias Wizard = WizardModesTmuxTests.Wizard

  /// A Baotou university: few questions, region-level support only.
  static let profile = #"{"city": "baotou", "applicant": "university"}"#

  /// Goes through the questions to the result screen: Enter keeps each loaded or default
  /// answer; on a list question, Down to “完成，下一题” first. (Keys one at a time, each once
  /// the previous one has shown: the steps list of F2 does not follow arrow keys in tmux.)
  static func openResult(_ terminal: TmuxTerminal) throws {
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try terminal.press("Enter")
    var screen = try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    for _ in 0..<40 {
      // The result: its touch bar offers 打印结果 (the kiosk's footer names no key).
      if screen.contains(where: { $0.contains("结果汇总") }) { return }
      let onList = screen.contains { $0.contains("完成，下一题") }
      let onDone = screen.contains { $0.contains("› 完成，下一题") }
      // Past 完成 (a Down drawn late on a loaded machine): back up to it.
      let pastDone = onList && screen.contains { $0.contains("› 不确定 / 跳过") }
      try terminal.press(onDone || !onList ? "Enter" : pastDone ? "Up" : "Down")
      let before = screen
      screen = try terminal.waitForScreen("the next screen") { $0 != before }
    }
    try terminal.waitForText("打印结果", timeout: .seconds(1))
  }

  /// A print command that exits at once without reading the report (`exit 3`): the kiosk is
  /// neither killed by SIGPIPE nor silent about it — the footer says the print failed — and
  /// it goes on taking input.
  @Test(arguments: ["exit 3", "exec 0<&-; sleep 1; exit 3"])
  func aFailingPrintCommandIsReportedAndTheKioskGoesOn(command: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let sample = try directory.write("university.json", Self.profile)
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal, ["--kiosk", "--profile", sample, "--print-command", command], in: directory)
    defer { wizard.end() }
    try Self.openResult(terminal)

    try terminal.type("p")
    let failed = try terminal.waitForText("打印失败")
    let footer = WizardModesTmuxTests.footer(failed)
    #expect(footer.contains("打印失败："), "\(footer)")
    #expect(footer.contains("退出状态 3") || footer.contains("未接收报告"), "\(footer)")
    try wizard.expectRunning("after the failed print")

    // Still answering keys: the help opens.
    try terminal.type("?")
    try terminal.waitForText("帮助")
    try wizard.expectRunning("after a key")
  }

  /// A crash in a kiosk (forced by the debug build's POLICY_WIZARD_TEST_CRASH) restores the
  /// terminal, prints the crash report without ever offering the interactive console or the
  /// debugger, and ends: the shell is back in cooked mode at once, with the crash's status.
  @Test func aCrashInTheKioskOffersNoDebuggerAndRestoresTheTerminal() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal, ["--kiosk"], in: directory, environment: ["POLICY_WIZARD_TEST_CRASH=1"])
    defer { wizard.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)

    try terminal.press("Enter")
    // The backtracer's interactive mode would wait 30 s for a key: 20 s is a failure.
    try terminal.waitForShell(timeout: .seconds(20))
    let screen = try terminal.capture().joined(separator: "\n")
    for offer in ["to debug", "Press space to interact", ">>>"] {
      #expect(!screen.contains(offer), "“\(offer)” offered:\n\(screen)")
    }
    #expect(kill(wizard.pid, 0) != 0, "the wizard has exited")

    try terminal.runInShell(
      "echo \"EXIT:$? STTY:$(stty -a | tr -s ' ;' '\\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\\n' ,)\""
    )
    let answer = try terminal.waitForScreen("stty's answer") { lines in
      lines.contains { $0.hasPrefix("EXIT:") && $0.hasSuffix(",") }
    }
    let line = try #require(answer.first { $0.hasPrefix("EXIT:") })
    // 128 + SIGILL (4): Swift's trap, not a clean exit.
    #expect(line.hasPrefix("EXIT:132 "), "\(line)")
    let modes = Set(line.components(separatedBy: "STTY:").last!.split(separator: ","))
    #expect(modes == ["icanon", "echo", "isig"], "\(answer.joined(separator: "\n"))")
  }

  /// A signal whose default is to end the process (SIGUSR1 here, as SIGALRM, SIGXCPU … would)
  /// gives the shell back in cooked mode, the status saying which signal; SIGPIPE, which the
  /// program ignores, ends nothing.
  @Test func deadlySignalsRestoreTheTerminalAndSIGPIPEIsIgnored() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--kiosk"], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)

    #expect(kill(wizard.pid, SIGPIPE) == 0)
    try terminal.press("Enter")
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    try wizard.expectRunning("after SIGPIPE")

    #expect(kill(wizard.pid, SIGUSR1) == 0)
    try terminal.waitForShell()
    try terminal.runInShell(
      "echo \"EXIT:$? STTY:$(stty -a | tr -s ' ;' '\\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\\n' ,)\""
    )
    let answer = try terminal.waitForScreen("stty's answer") { lines in
      lines.contains { $0.hasPrefix("EXIT:") && $0.hasSuffix(",") }
    }
    let line = try #require(answer.first { $0.hasPrefix("EXIT:") })
    #expect(line.hasPrefix("EXIT:138 "), "128 + SIGUSR1: \(line)")
    let modes = Set(line.components(separatedBy: "STTY:").last!.split(separator: ","))
    #expect(modes == ["icanon", "echo", "isig"], "\(answer.joined(separator: "\n"))")
  }
}
