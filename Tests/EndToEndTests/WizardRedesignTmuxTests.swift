import Foundation
import Testing

/// What only a real terminal shows: escape sequences as terminals send them, a fast tap, an
/// unusable TERM, and a whole help-desk session with its database.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct WizardRedesignTmuxTests {
  typealias Wizard = WizardModesTmuxTests.Wizard
  static let cityQuestion = WizardModesTmuxTests.cityQuestion

  /// Home and End as PuTTY and tmux send them (`ESC[1~`, `ESC[4~`), and xterm's `ESC[H`,
  /// `ESC[F`, `ESCOH`, `ESCOF`, move the selection; an unknown sequence does nothing at all
  /// (no Esc going back, no digit choosing an option).
  @Test func homeEndAndUnknownSequences() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, [], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(Self.cityQuestion)
    for (end, home) in [
      ("\u{1B}[4~", "\u{1B}[1~"), ("\u{1B}[F", "\u{1B}[H"), ("\u{1B}OF", "\u{1B}OH"),
    ] {
      try terminal.type(end)
      try terminal.waitForText("› 不确定 / 跳过")
      try terminal.type(home)
      try terminal.waitForText("› ( ) 1.")
    }
    try terminal.press("Down")
    try terminal.waitForText("› ( ) 2.")
    try terminal.type("\u{1B}[24;2~")
    // A key whose effect shows, after the sequence: still the city, still row 2.
    try terminal.press("Down")
    let screen = try terminal.waitForText("› ( ) 3.")
    #expect(screen.joined().contains(Self.cityQuestion), "\(screen.joined(separator: "\n"))")
    #expect(!screen[0].contains("·"), "no city was chosen: \(screen[0])")
    try wizard.expectRunning("after the sequences")
  }

  /// A fast tap: press and release in one read (one write of the terminal) chooses the option.
  @Test func aPressAndReleaseInOneReadIsATap() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--kiosk"], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try terminal.press("Enter")
    let screen = try terminal.waitForText(Self.cityQuestion)
    let row = try #require(screen.firstIndex { $0.contains("7.") && $0.contains("呼伦贝尔市") })
    // SGR mouse reports (tmux's terminfo entry): button 1 pressed, then released, column 7 of
    // that row, in one write.
    try terminal.type("\u{1B}[<0;7;\(row + 1)M\u{1B}[<0;7;\(row + 1)m")
    let next = try terminal.waitForText("以什么身份申报？")
    #expect(next[0].contains("呼伦贝尔市"), "\(next[0])")
  }

  /// On an unknown TERM and on TERM=dumb the wizard asks its questions line by line (the plain
  /// mode), saying why on standard error for the unknown one; `quit` ends it with status 0.
  @Test(arguments: ["no-such-terminal", "dumb"])
  func unusableTerminalsGetThePlainMode(_ term: String) throws {
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let binary = shellQuoted(try PolicyWizardBinary.url().path)
    try terminal.runInShell("TERM=\(term) \(binary); echo STATUS:$?")
    // The city question's last option, in every language.
    let question = try terminal.waitForText("12) ")
    #expect(!question.joined().contains("\u{1B}"))
    if term != "dumb" {
      #expect(question.joined().contains("using the plain mode (--plain)"), "\(question)")
    }
    try terminal.type("quit")
    try terminal.press("Enter")
    let screen = try terminal.waitForScreen("the exit status") {
      $0.contains(where: isExitStatusLine)
    }
    let text = screen.joined(separator: "\n")
    #expect(text.contains("STATUS:0"), "\(text)")
  }

  /// A kiosk cannot fall back to lines: refused with a message naming `--plain` and `evaluate`,
  /// and exit status 69 (EX_UNAVAILABLE).
  @Test func anUnusableTerminalIsRefusedToAKiosk() throws {
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let binary = shellQuoted(try PolicyWizardBinary.url().path)
    try terminal.runInShell("TERM=no-such-terminal \(binary) --kiosk; echo STATUS:$?")
    let screen = try terminal.waitForScreen("the exit status") {
      $0.contains(where: isExitStatusLine)
    }
    let text = screen.joined(separator: "\n")
    #expect(text.contains("STATUS:69"), "\(text)")
    #expect(text.contains("policy-wizard evaluate PROFILE"), "\(text)")
    #expect(text.contains("--plain"), "\(text)")
    #expect(!text.contains("unknownTerminal("), "\(text)")
  }

  /// The same refusal in Chinese with `--lang zh`, the status unchanged.
  @Test func anUnusableTerminalIsRefusedInChinese() throws {
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let binary = shellQuoted(try PolicyWizardBinary.url().path)
    try terminal.runInShell("TERM=no-such-terminal \(binary) --kiosk --lang zh; echo STATUS:$?")
    let screen = try terminal.waitForScreen("the exit status") {
      $0.contains(where: isExitStatusLine)
    }
    let text = screen.joined(separator: "\n")
    #expect(text.contains("STATUS:69"), "\(text)")
    #expect(text.contains("错误：此处不认识终端类型“no-such-terminal”"), "\(text)")
  }

  /// One help-desk session: a new case, saved with a contact; reopened (on its result, name and
  /// number in the title), changed and saved again — still one case, contact kept —; exported
  /// twice (two pairs of files); then 新建案例 asks nothing for saved answers and starts over.
  @Test func aWholeHelpDeskSession() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("desk/cases.sqlite").path
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--db", database], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(Self.cityQuestion)

    // New case: Hulunbuir, enterprise, first-time high-tech.
    try terminal.type("7")
    try terminal.waitForText("以什么身份申报？")
    try terminal.type("1")
    try terminal.waitForText("国家高新技术企业认定情况？")
    try terminal.type("2")
    try terminal.waitForText("50万元 首次获批国家高新技术企业")
    try terminal.press("C-s")
    try terminal.waitForText("保存案例")
    try terminal.type("某农牧公司")
    try terminal.press("Tab")
    try terminal.type("王经理")
    try terminal.waitForText("王经理")
    try terminal.press("Enter")
    try terminal.waitForText("已保存案例 #1")

    // Reopen: on the result, name and number in the title.
    try terminal.press("C-o")
    try terminal.waitForText("#1  ")
    try terminal.press("Enter")
    let opened = try terminal.waitForText("已打开案例：某农牧公司")
    #expect(opened[0].contains("某农牧公司 #1"), "\(opened[0])")
    #expect(opened[0].contains("结果"), "opens on the result: \(opened[0])")

    // Change an answer (F2, the high-tech question), save again: the same case.
    try terminal.press("F2")
    try terminal.waitForText("全部问题")
    try terminal.press("Home")
    try terminal.press("Down", "Down")
    try terminal.press("Enter")
    try terminal.waitForText("国家高新技术企业认定情况？")
    try terminal.type("1")
    try terminal.press("C-s")
    let form = try terminal.waitForText("保存案例")
    #expect(form.joined().contains("王经理"), "the contact is kept: \(form.joined(separator: "\n"))")
    try terminal.press("Enter")
    try terminal.waitForText("已更新案例 #1")

    // Export twice: two files of each kind, nothing overwritten.
    try terminal.press("C-e")
    try terminal.waitForText("报告已导出")
    try terminal.press("Down")
    try terminal.waitForScreen("the notice cleared") { !$0.joined().contains("报告已导出") }
    try terminal.press("C-e")
    try terminal.waitForText("报告已导出")
    let reports = directory.url.appendingPathComponent("desk/reports").path
    let files = try FileManager.default.contentsOfDirectory(atPath: reports)
    #expect(files.filter { $0.hasSuffix(".html") }.count == 2, "\(files)")

    // 新建案例: the answers are saved, so nothing to ask; a blank wizard for the next applicant.
    try terminal.press("C-n")
    let fresh = try terminal.waitForText("已新建案例")
    #expect(!fresh[0].contains("某农牧公司"), "\(fresh[0])")
    #expect(fresh.joined().contains(Self.cityQuestion))
    try wizard.expectRunning("after 新建案例")

    let list = try runPolicyWizard(["cases", "list", "--db", database])
    #expect(list.status == 0, "\(list)")
    #expect(
      !list.stdout.contains("#2") && !list.stdout.contains("\n2 "), "one case: \(list.stdout)")
    let show = try runPolicyWizard(["cases", "show", "1", "--db", database])
    #expect(show.stdout.contains("联系人：王经理"), "\(show)")
  }
}

/// `STATUS:0`, the line `echo STATUS:$?` prints, and not the command line itself wrapped at
/// `STATUS:$?` when the binary's path is long.
private func isExitStatusLine(_ line: String) -> Bool {
  guard line.hasPrefix("STATUS:"), let first = line.dropFirst("STATUS:".count).first else {
    return false
  }
  return first.isASCII && first.isNumber
}
