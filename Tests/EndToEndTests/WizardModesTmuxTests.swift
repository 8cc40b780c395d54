import Foundation
import Testing

/// The three modes of the built wizard on a real terminal (tmux): the self-service terminal's
/// idle reset, signals and operator exit; the demo's autoplay and hand-over; the help desk's
/// cases saved in SQLite and reports written to disk.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct WizardModesTmuxTests {
  static let welcomeTitle = "内蒙古科技支持政策自助查询"
  static let cityQuestion = "贵单位注册在哪个盟市？"

  /// The wizard started from the terminal's shell through `sh`, which writes its own process
  /// id and then becomes the wizard: that id is the wizard's.
  struct Wizard {
    let terminal: TmuxTerminal
    let pid: pid_t

    /// - Parameter environment: `NAME=value` settings for the wizard (through `env`).
    /// - Parameter binary: another build of it (the release binary); `stderr` a file for its
    ///   standard error (a crash report), which otherwise goes to the terminal.
    init(
      _ terminal: TmuxTerminal, _ arguments: [String], in directory: TemporaryDirectory,
      environment: [String] = [], binary: URL? = nil, stderr: String? = nil
    ) throws {
      self.terminal = terminal
      let pidFile = directory.url.appendingPathComponent("wizard.pid").path
      let binary = try (binary ?? PolicyWizardBinary.url()).path
      let command = (environment.isEmpty ? [] : ["/usr/bin/env"] + environment) + [binary]
      let words = ([pidFile] + command + arguments).map(shellQuoted).joined(separator: " ")
      let redirect = stderr.map { " 2>\(shellQuoted($0))" } ?? ""
      try terminal.runInShell("/bin/sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(words)\(redirect)")
      var text = ""
      let clock = ContinuousClock()
      let deadline = clock.now + .seconds(10)
      while Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) == nil, clock.now < deadline
      {
        text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
        if Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) == nil {
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), "no pid")
    }

    /// The wizard's process exists and is the pane's foreground program (not stopped, not
    /// replaced by the shell).
    func expectRunning(_ when: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
      #expect(kill(pid, 0) == 0, "the wizard is gone \(when)", sourceLocation: sourceLocation)
      #expect(
        try terminal.paneInfo("#{pane_current_command}") == "policy-wizard",
        "not in the foreground \(when)", sourceLocation: sourceLocation)
      let screen = try terminal.capture()
      #expect(
        !screen.contains { $0.hasPrefix(TmuxTerminal.prompt) },
        "the shell prompt is back \(when):\n\(screen.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }

    /// Ends the wizard if it is still there, as a terminal closing would. Only a process that
    /// is still the child of this pane's shell is signalled: process ids wrap (pid_max is
    /// 32768 here, and the suite starts thousands of processes), and the id of a wizard that
    /// has ended may already be another test's process — a help desk's wizard was once ended
    /// that way in the middle of its test.
    func end() {
      guard (try? terminal.paneInfo("#{pane_current_command}")) == "policy-wizard",
        let shell = (try? terminal.paneInfo("#{pane_pid}")).flatMap({ pid_t($0) }),
        Self.parent(of: pid) == shell
      else { return }
      kill(pid, SIGTERM)
      try? terminal.waitForShell()
    }

    /// The parent's process id of `pid`, from /proc; nil once there is no such process.
    static func parent(of pid: pid_t) -> pid_t? {
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 ? pid_t(fields[1]) : nil
    }
  }

  /// The shell works and the terminal is back in cooked mode: `stty` shows canonical input,
  /// echo and signals on, and the wizard's exit status was 0.
  static func expectShellRestored(_ terminal: TmuxTerminal) throws {
    try terminal.runInShell(
      "echo \"EXIT:$? STTY:$(stty -a | tr -s ' ;' '\\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\\n' ,)\""
    )
    let screen = try terminal.waitForScreen("stty's answer") { lines in
      lines.contains { $0.hasPrefix("EXIT:") && $0.hasSuffix(",") }
    }
    let line = screen.first { $0.hasPrefix("EXIT:") }!
    #expect(line.hasPrefix("EXIT:0 "), "the wizard's exit status: \(line)")
    let modes = line.components(separatedBy: "STTY:").last!.split(separator: ",")
    #expect(Set(modes) == ["icanon", "echo", "isig"], "\(screen.joined(separator: "\n"))")
    #expect(try terminal.paneInfo("#{cursor_flag}") == "1", "the cursor is visible again")
  }

  /// Captures the screen for `duration` and fails if it changes: nothing is playing by itself.
  static func expectScreenStays(
    _ terminal: TmuxTerminal, for duration: Duration,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let first = try terminal.capture()
    let clock = ContinuousClock()
    let deadline = clock.now + duration
    while clock.now < deadline {
      let now = try terminal.capture()
      if now != first {
        Issue.record(
          "the screen changed by itself:\n\(first.joined(separator: "\n"))\n---\n\(now.joined(separator: "\n"))",
          sourceLocation: sourceLocation)
        return
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  static func footer(_ screen: [String]) -> String { screen.last ?? "" }

  // MARK: Self-service terminal

  /// Answers, then hands off: after 2 s the countdown, after 2 more the welcome screen again,
  /// with nothing of the answers on the terminal.
  @Test func kioskIdleResetLeavesNoTraceOnTheScreen() throws {
    let started = ContinuousClock.now
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // The command line's timings win over the configuration's.
    let config = try directory.write(
      "config.yaml", "kiosk:\n  idleSeconds: 600\n  countdownSeconds: 60\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal,
      ["--kiosk", "--idle-seconds", "2", "--countdown-seconds", "2", "--config", config],
      in: directory)
    defer { wizard.end() }

    _ = try KioskRuntimeTmuxTests.openCountQuestion(terminal)
    try terminal.press("Enter")
    try terminal.waitForText("研发投入（按统计口径的R&D经费）")
    try terminal.type("2800")
    let answered = try terminal.waitForText("年增量（自动计算）：2800万元")
    let answeredText = answered.joined(separator: "\n")
    #expect(answered[0].contains("呼伦贝尔市"), "\(answeredText)")
    #expect(answeredText.contains("[2800"), "\(answeredText)")
    #expect(answeredText.contains("50万元 首次获批国家高新技术企业"), "\(answeredText)")

    let countdown = try terminal.waitForText("秒后将清除全部回答", timeout: .seconds(6))
    #expect(countdown.joined().contains("按任意键或轻触屏幕继续使用"))
    let welcome = try terminal.waitForText(Self.welcomeTitle, timeout: .seconds(6))
    let welcomeText = welcome.joined(separator: "\n")
    for trace in ["呼伦贝尔", "2800", "800万", "50万", "首次获批", "本年度首次认定", "秒后将清除"] {
      #expect(!welcomeText.contains(trace), "“\(trace)” left on the screen:\n\(welcomeText)")
    }
    try wizard.expectRunning("after the reset")

    // The next visitor starts from nothing.
    try terminal.press("Enter")
    let next = try terminal.waitForText(Self.cityQuestion)
    let nextText = next.joined(separator: "\n")
    #expect(!nextText.contains("(*)"), "no city chosen:\n\(nextText)")
    #expect(!next[0].contains("呼伦贝尔"), "\(next[0])")
    #expect(!nextText.contains("2800") && !nextText.contains("50万"), "\(nextText)")

    let elapsed = ContinuousClock.now - started
    #expect(elapsed < .seconds(15), "took \(elapsed)")
  }

  /// Ctrl-C, Ctrl-Z, Ctrl-\, q, F10, SIGINT and SIGQUIT leave the kiosk running; a wrong PIN
  /// too, and the right PIN right after it is refused (the back-off), the attempt logged;
  /// once the wait is over, F12 with the configured PIN gives the shell back in cooked mode.
  @Test func kioskSurvivesInterruptsAndTheOperatorLeavesWithThePIN() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = directory.url.appendingPathComponent("operator.log").path
    let config = try directory.write(
      "config.yaml", "kiosk: {operatorPIN: \"246813\", operatorLog: \(shellQuoted(log))}\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--kiosk", "--config", config], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(Self.welcomeTitle)

    // Each attempt is followed by a key whose effect shows: once it shows, the attempt has
    // been dealt with, and the wizard must still be there.
    try terminal.press("C-c")
    try terminal.waitForText(Self.cityQuestion)
    try wizard.expectRunning("after Ctrl-C on the welcome screen")

    try terminal.press("C-c")
    try terminal.type("7")
    try terminal.waitForText("以什么身份申报？")
    try wizard.expectRunning("after Ctrl-C")

    #expect(kill(wizard.pid, SIGINT) == 0)
    try terminal.type("1")
    try terminal.waitForText("国家高新技术企业认定情况？")
    try wizard.expectRunning("after kill -INT")

    #expect(kill(wizard.pid, SIGQUIT) == 0)
    try terminal.press("C-z")
    try terminal.press("C-\\")
    try terminal.type("2")
    try terminal.waitForText("已连续几年入库")
    try wizard.expectRunning("after kill -QUIT, Ctrl-Z and Ctrl-\\")

    try terminal.type("q")
    try terminal.press("F10")
    try terminal.press("Enter")
    let screen = try terminal.waitForText("研发投入（按统计口径的R&D经费）")
    #expect(!screen.joined().contains("确定退出"), "q and F10 ask nothing")
    try wizard.expectRunning("after q and F10")

    // A wrong PIN: told so, still running. Three of them, each once the previous wait is over,
    // so that the wait after the third (4 s) outlasts the next steps on a busy machine.
    for attempt in 1...3 {
      if attempt > 1 {
        try terminal.waitForScreen("the end of the wait", timeout: .seconds(5)) {
          !$0.joined().contains("请稍候") && $0.contains { $0.contains("操作员 PIN：") }
        }
        try terminal.press("Escape")
      }
      try terminal.press("F12")
      try terminal.waitForText("操作员 PIN：")
      try terminal.type("111111")
      try terminal.waitForText("操作员 PIN：******")
      try terminal.press("Enter")
      let wrong = try terminal.waitForText("PIN 不正确")
      #expect(!wrong.joined().contains("111111"), "the PIN is never shown")
      try wizard.expectRunning("after wrong PIN \(attempt)")
      try terminal.press("F12")
    }

    // The right one at once: refused while the prompt says to wait.
    try terminal.type("246813")
    try terminal.press("Enter")
    let locked = try terminal.waitForText("请稍候")
    #expect(locked.contains { $0.contains("操作员 PIN：") && !$0.contains("*") }, "no digit taken")
    try wizard.expectRunning("after the right PIN during the back-off")
    let logged = try String(contentsOfFile: log, encoding: .utf8)
    let lines = logged.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(logged)")
    for (index, line) in lines.enumerated() {
      #expect(
        line.range(
          of: #"^\d{4}-\d\d-\d\dT[0-9:]{8}Z failed operator PIN attempt \#(index + 1)$"#,
          options: .regularExpression) != nil, "\(line)")
    }
    let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
    #expect(mode == 0o600)

    // Once the wait is over (the box says so by itself), the right PIN leaves.
    try terminal.waitForScreen("the end of the wait", timeout: .seconds(8)) {
      !$0.joined().contains("请稍候") && $0.contains { $0.contains("操作员 PIN：") }
    }
    try terminal.type("246813")
    try terminal.waitForText("操作员 PIN：******")
    try terminal.press("Enter")
    try terminal.waitForShell()
    #expect(kill(wizard.pid, 0) != 0, "the wizard has exited")
    try Self.expectShellRestored(terminal)
  }

  // MARK: Demo

  /// The first sample plays, the panel fills in; a key hands over, the banner goes and
  /// nothing moves by itself any more; q, y leaves.
  @Test func demoPlaysAndHandsOver() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write(
      "config.yaml", "demo: {keyMilliseconds: 40, holdMilliseconds: 1500}\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--demo", "--config", config], in: directory)
    defer { wizard.end() }

    let banner = "演示：呼和浩特某乳业生物科技有限公司"
    let first = try terminal.waitForText(banner)
    // Playing (▶), the sample, then the presenter's keys and what any other key does.
    #expect(Self.footer(first).contains("▶ " + banner), "\(Self.footer(first))")
    #expect(Self.footer(first).contains("其他键接管"), "\(Self.footer(first))")
    let filled = try terminal.waitForScreen("the panel filling in", timeout: .seconds(20)) {
      lines in
      lines.contains { $0.contains("合计：") } && !lines.contains { $0.contains("合计：0元") }
    }
    #expect(filled[0].contains("呼和浩特市"), "\(filled[0])")
    #expect(Self.footer(filled).contains(banner), "still playing: \(Self.footer(filled))")

    try terminal.type("x")
    let handed = try terminal.waitForScreen("the presenter's footer") { lines in
      !Self.footer(lines).contains("演示") && Self.footer(lines).contains("↑↓选择")
    }
    #expect(!handed.joined().contains("演示："), "\(handed.joined(separator: "\n"))")
    #expect(handed.joined().contains("合计："), "the answers so far stay")
    // The session wakes four times a second: a demo still playing would change the screen.
    try Self.expectScreenStays(terminal, for: .seconds(1.5))
    try wizard.expectRunning("after the hand-over")

    try terminal.type("q")
    try terminal.waitForText("确定退出？")
    try terminal.type("y")
    try terminal.waitForShell()
    try Self.expectShellRestored(terminal)
  }

  // MARK: Help desk

  /// s saves the case to the database given with --db, o lists and opens it, e writes the
  /// reports beside the database; the command line then finds the case with its contact.
  @Test func helpDeskSavesOpensAndExports() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("desk/cases.sqlite").path
    let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path
    let name = "呼伦贝尔某农牧业科技有限公司"
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--profile", sample, "--db", database], in: directory)
    defer { wizard.end() }
    try terminal.waitForText("合计：")

    try terminal.type("s")
    let form = try terminal.waitForText("保存案例")
    #expect(form.joined().contains(name), "\(form.joined(separator: "\n"))")
    try terminal.press("Tab")
    try terminal.type("王经理")
    try terminal.waitForText("王经理")
    try terminal.press("Enter")
    try terminal.waitForText("已保存案例 #1")

    try terminal.type("o")
    let list = try terminal.waitForText("#1  ")
    let row = try #require(list.first { $0.contains("#1  ") })
    #expect(row.contains(name) && row.contains("135万元"), "\(row)")
    try terminal.press("Enter")
    try terminal.waitForText("已打开案例：\(name)")

    try terminal.type("e")
    try terminal.waitForText("报告已导出")
    let reports = directory.url.appendingPathComponent("desk/reports")
    let files = try FileManager.default.contentsOfDirectory(atPath: reports.path)
    #expect(files.contains { $0.hasSuffix("\(name).html") }, "\(files)")
    #expect(files.contains { $0.hasSuffix("\(name).txt") }, "\(files)")

    try terminal.type("q")
    try terminal.waitForText("确定退出？")
    try terminal.type("y")
    try terminal.waitForShell()

    let show = try runPolicyWizard(["cases", "show", "1", "--db", database])
    try #require(show.status == 0, "\(show)")
    #expect(show.stdout.hasPrefix("案例 #1：\(name)\n联系人：王经理\n"), "\(show)")
  }

  /// The self-service terminal writes nothing: no case database, no reports, whatever is pressed.
  @Test func kioskWritesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("desk/cases.sqlite").path
    let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal, ["--kiosk", "--profile", sample, "--db", database], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(Self.welcomeTitle)
    try terminal.press("Enter")
    try terminal.waitForText(Self.cityQuestion)
    // (Not Ctrl-S: with flow control on it would stop the terminal's output.)
    for key in ["s", "o", "e"] { try terminal.type(key) }
    try terminal.press("C-o")
    try terminal.press("C-e")
    try terminal.type("7")
    let screen = try terminal.waitForText("以什么身份申报？")
    for sign in ["单位名称", "已保存的案例", "已保存案例", "报告已导出"] {
      #expect(!screen.joined().contains(sign), "\(screen.joined(separator: "\n"))")
    }
    #expect(
      !FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("desk").path))
    try wizard.expectRunning("after the help desk's keys")
  }
}
