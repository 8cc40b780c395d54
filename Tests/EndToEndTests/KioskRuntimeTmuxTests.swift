import Foundation
import ScreenKit
import Testing

/// Issue 16 on a real terminal (tmux): a kiosk that a paste cannot freeze (defect 2), that
/// runs one print job at a time and leaves no printer process behind (defect 9), that a
/// visitor's Ctrl-\ cannot end before its first frame, and that a `kill -SEGV` ends instead of
/// leaving a frozen screen (issue 18's leftover).
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct KioskRuntimeTmuxTests {
  typealias Wizard = WizardModesTmuxTests.Wizard

  /// From the welcome screen to the count question 已连续几年入库 (Hulunbuir, enterprise,
  /// first-time high-tech), whose field takes typed digits.
  static func openCountQuestion(_ terminal: TmuxTerminal) throws -> [String] {
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try terminal.press("Enter")
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    try terminal.type("7")
    try terminal.waitForText("以什么身份申报？")
    try terminal.type("1")
    try terminal.waitForText("国家高新技术企业认定情况？")
    try terminal.type("2")
    return try terminal.waitForText("已连续几年入库")
  }

  /// The SGR mouse press and release of a tap on the first cell of `text` on the screen.
  static func tap(on text: String, in screen: [String]) throws -> String {
    let row = try #require(screen.firstIndex { $0.contains(text) }, "no “\(text)” on screen")
    let line = screen[row]
    let column = line[..<line.range(of: text)!.lowerBound].displayWidth
    return "\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m"
  }

  /// A bracketed paste of `size` digits into the count field, then a tap on ‹ 上一题: the
  /// frame of the previous question follows within a second of tmux taking the paste (it was
  /// 12.7 s for 10 KB, minutes for 200 KB), and the field kept its 64 characters.
  @Test(arguments: [10_000, 200_000, 1_000_000])
  func aPasteLeavesTheKioskAnsweringTheNextTap(size: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let pasted = try directory.write("paste.txt", String(repeating: "9", count: size))
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--kiosk"], in: directory)
    defer { wizard.end() }
    let question = try Self.openCountQuestion(terminal)
    let tap = try Self.tap(on: "上一题", in: question)

    try terminal.paste(file: pasted)
    let clock = ContinuousClock()
    let pasteTaken = clock.now
    try terminal.type(tap)
    let previous = try terminal.waitForText("国家高新技术企业认定情况？", timeout: .seconds(30))
    let elapsed = clock.now - pasteTaken
    #expect(elapsed < .seconds(1), "the tap's frame came \(elapsed) after a \(size)-byte paste")
    #expect(!previous.joined().contains(String(repeating: "9", count: 65)))
    try wizard.expectRunning("after the paste")

    // The paste went into the field (cut to its bound: the rest was dropped).
    try terminal.type("2")
    try terminal.waitForScreen("the pasted digits in the field") { screen in
      screen.contains { $0.contains("已连续几年入库") } && screen.contains { $0.contains("[9999") }
    }
  }

  /// The processes whose command line is exactly `arguments`.
  static func processes(_ arguments: [String]) -> [pid_t] {
    let wanted = Data((arguments.joined(separator: "\0") + "\0").utf8)
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") == wanted
    }
  }

  /// `printCommand: "sleep …"`, a printer that never finishes: P pressed again and again
  /// starts one job, the others say it is still printing; the timeout kills it and tells the
  /// visitor; after the operator leaves, no printer process is left (630 presses left 630).
  @Test func onePrintJobAtATimeWithATimeoutAndNoneLeftAfterQuit() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // A duration no other process on the machine sleeps.
    let seconds = "\(100_000 + Int.random(in: 0..<800_000))"
    let sleeper = ["sleep", seconds]
    let config = try directory.write(
      "config.yaml",
      """
      kiosk: {operatorPIN: "246813", printCommand: "sleep \(seconds)", printTimeoutSeconds: 3}

      """)
    let sample = try directory.write("university.json", KioskHardeningTmuxTests.profile)
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal, ["--kiosk", "--config", config, "--profile", sample], in: directory)
    defer {
      wizard.end()
      for pid in Self.processes(sleeper) { kill(pid, SIGKILL) }
    }
    try KioskHardeningTmuxTests.openResult(terminal)

    try terminal.type("p")
    try terminal.waitForText("已发送打印")
    for _ in 0..<30 { try terminal.type("p") }
    try terminal.waitForText("上一份仍在打印")
    #expect(Self.processes(sleeper).count == 1, "one job: \(Self.processes(sleeper))")

    let timedOut = try terminal.waitForText("已取消", timeout: .seconds(15))
    #expect(timedOut.joined().contains("打印超过 3 秒未完成"), "\(timedOut.joined(separator: "\n"))")
    #expect(Self.processes(sleeper).isEmpty, "the timed-out job was killed")

    try terminal.type("p")
    try terminal.waitForText("已发送打印")
    #expect(Self.processes(sleeper).count == 1)
    try terminal.press("F12")
    try terminal.waitForText("操作员 PIN")
    try terminal.type("246813")
    try terminal.press("Enter")
    try terminal.waitForShell()
    #expect(Self.processes(sleeper).isEmpty, "no printer process outlives the kiosk")
  }

  /// Ctrl-\, Ctrl-C and Ctrl-Z pressed (the terminal is still in cooked mode, so they raise
  /// SIGQUIT, SIGINT and SIGTSTP) and sent with kill, again and again, before the kiosk has
  /// drawn anything — held there reading its profile from the terminal (`--profile -`) — end
  /// nothing: the kiosk starts once the profile has come (Ctrl-\ ended it with status 131 in
  /// 9 of 10 starts).
  @Test func keyboardSignalsBeforeTheFirstFrameAreIgnored() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(terminal, ["--kiosk", "--profile", "-"], in: directory)
    defer { wizard.end() }

    // Once the program's main has run (the signals show as ignored), it waits for the profile.
    let clock = ContinuousClock()
    var ignored = false
    let deadline = clock.now + .seconds(10)
    while !ignored, clock.now < deadline {
      ignored = Self.ignoresSIGQUIT(wizard.pid)
      if !ignored { Thread.sleep(forTimeInterval: 0.001) }
    }
    #expect(ignored, "SIGQUIT is not ignored before the first frame")
    for _ in 0..<5 {
      try terminal.press("C-\\")
      try terminal.press("C-c")
      try terminal.press("C-z")
    }
    for _ in 0..<50 {
      for signalNumber in [SIGQUIT, SIGINT, SIGTSTP] { kill(wizard.pid, signalNumber) }
      Thread.sleep(forTimeInterval: 0.002)
    }
    #expect(kill(wizard.pid, 0) == 0, "the kiosk died before its first frame")
    #expect(try !terminal.capture().joined().contains(WizardModesTmuxTests.welcomeTitle))
    #expect(try terminal.paneInfo("#{pane_current_command}") == "policy-wizard")

    try terminal.type(KioskHardeningTmuxTests.profile)
    try terminal.press("Enter")
    try terminal.press("C-d")
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try wizard.expectRunning("after the signals")
  }

  /// A wrong PIN, a restart (SIGTERM, as a visitor pulling the plug would cause), a wrong PIN
  /// again: the count goes on from where it was (attempt 2, not 1 again), and the restarted
  /// kiosk's prompt is locked for what was left of the back-off.
  @Test func thePINBackOffSurvivesARestart() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = directory.url.appendingPathComponent("operator.log").path
    let config = try directory.write(
      "config.yaml", "kiosk: {operatorPIN: \"246813\", operatorLog: \(shellQuoted(log))}\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }

    func wrongPIN() throws {
      try terminal.press("F12")
      try terminal.waitForScreen("the PIN prompt, taking input") {
        !$0.joined().contains("请稍候") && $0.contains { $0.contains("操作员 PIN：") }
      }
      try terminal.type("111111")
      try terminal.waitForText("操作员 PIN：******", timeout: .seconds(70))
      try terminal.press("Enter")
      try terminal.waitForText("PIN 不正确")
    }

    let first = try Wizard(terminal, ["--kiosk", "--config", config], in: directory)
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try wrongPIN()
    first.end()
    let backOff = try String(contentsOfFile: log + ".backoff", encoding: .utf8)
    #expect(backOff.hasPrefix("failedAttempts 1\n"), "\(backOff)")
    // The next start writes its own process id there.
    try FileManager.default.removeItem(at: directory.url.appendingPathComponent("wizard.pid"))

    let second = try Wizard(terminal, ["--kiosk", "--config", config], in: directory)
    defer { second.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try wrongPIN()
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2 && lines[1].hasSuffix("failed operator PIN attempt 2"), "\(lines)")
    // Locked for 2 s after the second: the prompt refuses the right PIN at once.
    try terminal.press("F12")
    try terminal.type("246813")
    try terminal.press("Enter")
    try terminal.waitForText("请稍候")
    try second.expectRunning("during the back-off")
  }

  /// Whether /proc says the process ignores SIGQUIT (bit 3 of SigIgn).
  static func ignoresSIGQUIT(_ pid: pid_t) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigIgn:") }),
      let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16)
    else { return false }
    return mask & (1 << (UInt64(SIGQUIT) - 1)) != 0
  }

  /// `kill -SEGV` of a running kiosk: the previous handler (the runtime's crash reporter) runs,
  /// then the kiosk dies of the signal — the shell is back in cooked mode, status 139 — instead
  /// of living on with a frozen screen.
  @Test func aSegfaultSentWithKillEndsTheKiosk() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let report = directory.url.appendingPathComponent("stderr").path
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try Wizard(
      terminal, ["--kiosk"], in: directory,
      environment: ["SWIFT_BACKTRACE=enable=yes,interactive=no,color=no"], stderr: report)
    defer {
      kill(wizard.pid, SIGKILL)
      try? terminal.waitForShell()
    }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)

    #expect(kill(wizard.pid, SIGSEGV) == 0)
    // The backtracer reads the process's memory and symbols: seconds on a loaded machine.
    try terminal.waitForShell(timeout: .seconds(90))
    try terminal.runInShell("echo \"EXIT:$?\"")
    let answer = try terminal.waitForScreen("the status") {
      $0.contains { $0.hasPrefix("EXIT:") }
    }
    #expect(answer.contains("EXIT:139"), "128 + SIGSEGV: \(answer.joined(separator: "\n"))")
  }
}
