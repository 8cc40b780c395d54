import Foundation
import Testing

/// The built wizard on a real terminal (tmux): keys in, screen out, the terminal given back.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct WizardTmuxTests {
  private static func binary() throws -> String { shellQuoted(try PolicyWizardBinary.url().path) }

  /// The divider's column: the rows left of it are blank on every screen of the wizard.
  private static func dividerColumns(_ lines: [String]) -> Set<Int> {
    Set(
      lines.compactMap { line -> Int? in
        guard let bar = line.firstIndex(of: "│") else { return nil }
        let left = line[..<bar]
        return !left.isEmpty && left.allSatisfy { $0 == " " } ? left.count : nil
      })
  }

  /// The shell works and the terminal is back in cooked mode: `stty` shows canonical input,
  /// echo and signals on, and a command's output appears.
  private static func expectShellRestored(_ terminal: TmuxTerminal) throws {
    #expect(try terminal.paneInfo("#{cursor_flag}") == "1", "the cursor is visible again")
    try terminal.runInShell(
      "echo \"STTY:$(stty -a | tr -s ' ;' '\\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\\n' ,)\""
    )
    let screen = try terminal.waitForScreen("stty's answer") { lines in
      lines.contains { $0.hasPrefix("STTY:") && $0.hasSuffix(",") }
    }
    let modes = screen.first { $0.hasPrefix("STTY:") }!.dropFirst(5).split(separator: ",")
    #expect(Set(modes) == ["icanon", "echo", "isig"], "\(screen.joined(separator: "\n"))")
    try terminal.runInShell("echo READY-$((6*7))")
    try terminal.waitForText("READY-42")
  }

  /// The worked Hulunbuir case answered key by key; each key waits for the screen it leads to.
  @Test func answersTheHulunbuirQuestionsAndReadsTheResult() throws {
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    try terminal.runInShell(try Self.binary())
    try terminal.waitForText("贵单位注册在哪个盟市？")
    try terminal.type("7")
    try terminal.waitForText("以什么身份申报？")
    #expect(try terminal.capture()[0].contains("呼伦贝尔市"))
    try terminal.type("1")
    try terminal.waitForText("国家高新技术企业认定情况？")
    try terminal.type("2")
    try terminal.waitForText("已连续几年入库国家科技型中小企")
    try terminal.waitForText("50万元 首次获批国家高新技术企业")
    try terminal.press("Enter")
    try terminal.waitForText("研发投入（按统计口径的R&D经费）")
    try terminal.type("2800")
    try terminal.waitForText("年增量（自动计算）：2800万元")
    try terminal.press("Enter")
    try terminal.type("2000")
    try terminal.waitForText("年增量（自动计算）：800万元")
    try terminal.press("Enter")
    try terminal.waitForText("最近连续几个年度享受了研发费用加计扣除？")
    try terminal.type("2")
    let screen = try terminal.waitForText("合计：90万元")
    let text = screen.joined(separator: "\n")
    #expect(text.contains("每年 40万元 研发投入增量后补助"), "\(text)")
    #expect(text.contains("呼伦贝尔（二） · 征求意见稿"), "\(text)")

    try terminal.type("q")
    try terminal.waitForText("确定退出？")
    try terminal.type("y")
    try terminal.waitForShell()
  }

  /// A profile given on the command line shows its result at once; the layout follows the
  /// window's size; q, y gives the shell back in cooked mode.
  @Test func startsWithAProfileReflowsOnResizeAndRestoresTheShell() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = try directory.write(
      "profile.json",
      """
      {"city": "hulunbuir", "applicant": "enterprise", "highTech": "new",
       "rd": {"lastYear": 28000000, "yearBefore": 20000000}, "rdSuperDeductionYears": 2,
       "asOf": "2026-06-01", "includeDrafts": true}
      """)
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    try terminal.runInShell("\(try Self.binary()) --profile \(shellQuoted(profile))")
    var screen = try terminal.waitForText("合计：90万元")
    #expect(screen.joined().contains("每年 40万元"))
    #expect(Self.dividerColumns(screen) == [44], "\(screen.joined(separator: "\n"))")

    try terminal.resize(width: 120, height: 40)
    screen = try terminal.waitForScreen("the 120-column layout") {
      $0.count == 40 && Self.dividerColumns($0) == [66]
    }
    #expect(screen.joined().contains("合计：90万元"))
    #expect(
      screen[0].hasSuffix("步") && screen[0].count > 100, "the title spans 120 columns: \(screen[0])"
    )

    try terminal.resize(width: 80, height: 24)
    screen = try terminal.waitForScreen("the 80-column layout again") {
      $0.count == 24 && Self.dividerColumns($0) == [44]
    }
    #expect(screen.joined().contains("合计：90万元"))

    try terminal.type("q")
    try terminal.waitForText("确定退出？")
    try terminal.type("y")
    try terminal.waitForShell()
    try Self.expectShellRestored(terminal)
  }

  /// Killed by SIGTERM or SIGHUP, the wizard still leaves curses mode first.
  @Test(arguments: [SIGTERM, SIGHUP])
  func signalRestoresTheTerminal(signal: Int32) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let pidFile = directory.url.appendingPathComponent("pid").path
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    // sh writes its own process id, then becomes the wizard: that id is the wizard's.
    try terminal.runInShell(
      "/bin/sh -c 'echo $$ > \"$0\"; exec \"$1\"' \(shellQuoted(pidFile)) \(try Self.binary())")
    try terminal.waitForText("贵单位注册在哪个盟市？")
    let text = try String(contentsOfFile: pidFile, encoding: .utf8)
    let pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(try terminal.paneInfo("#{pane_current_command}") == "policy-wizard")

    #expect(kill(pid, signal) == 0)
    try terminal.waitForShell()
    try Self.expectShellRestored(terminal)
  }
}

/// Without a terminal the wizard refuses to start and says what to use instead.
@Suite struct WizardWithoutATerminalTests {
  @Test func pipedWizardExitsWithAPointerToEvaluate() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // As typed in a shell: `policy-wizard < /dev/null | cat`, with the wizard's own status.
    let result = try SpawnedCommand.run(
      "/bin/bash",
      [
        "-c", "\"$0\" < /dev/null | cat; exit \"${PIPESTATUS[0]}\"",
        try PolicyWizardBinary.url().path,
      ],
      environment: PolicyWizardEnvironment.pinned(), in: directory.url)

    #expect(result.signal == nil, "\(result.stderr)")
    #expect(result.exitStatus != 0)
    #expect(result.stderr.contains("policy-wizard evaluate"), "\(result.stderr)")
    #expect(result.stderr.contains("terminal"), "\(result.stderr)")
    #expect(result.stdout.isEmpty, "nothing drawn on the pipe: \(result.stdout.debugDescription)")
  }
}
