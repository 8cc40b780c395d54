import Foundation
import ProcessRunner
import Testing

/// A real terminal for the wizard: a tmux server of its own (`tmux -L <unique socket>`), one
/// window running a plain bash with LANG=C.UTF-8 and TERM=xterm-256color. Call `stop()` when done
/// (`defer`); it kills that server and nothing else.
final class TmuxTerminal {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The tmux executable on PATH, if any.
  static let executable: URL? = ProcessRunner.executable(named: "tmux").map(
    URL.init(fileURLWithPath:))

  static var isInstalled: Bool { executable != nil }

  /// What the shell prints before each command (capture-pane drops the trailing space).
  static let prompt = "PW-PROMPT$"

  let socket = "policy-wizard-test-\(UUID().uuidString.prefix(12))"
  private let window = "wizard"
  private var isRunning = false
  /// tmux leaves its socket file behind after kill-server.
  private var socketPath: String?

  init(width: Int, height: Int) throws {
    guard Self.isInstalled else { throw Failure(description: "tmux is not installed") }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    // A clean environment, so that the user's shell setup and locale cannot change the screen.
    let shell = [
      "/usr/bin/env", "-i", "PATH='\(path)'", "HOME='\(NSTemporaryDirectory())'", "LANG=C.UTF-8",
      "TERM=xterm-256color", "PS1='\(Self.prompt) '", "bash", "--norc", "--noprofile",
    ].joined(separator: " ")
    try run([
      "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", window,
      shell,
    ])
    isRunning = true
    socketPath = try? paneInfo("#{socket_path}")
    _ = try waitForScreen("the shell prompt") { $0.contains { $0.hasPrefix(Self.prompt) } }
  }

  deinit { stop() }

  func stop() {
    guard isRunning else { return }
    isRunning = false
    _ = try? run(["kill-server"])
    if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    removeScratch()
  }

  // MARK: Input

  /// Types `text` literally (no key names).
  func type(_ text: String) throws {
    try run(["send-keys", "-t", window, "-l", text])
  }

  /// Presses keys by tmux name: `Enter`, `Escape`, `Down`.
  func press(_ keys: String...) throws {
    try run(["send-keys", "-t", window] + keys)
  }

  /// Pastes the file's text as a terminal does (`paste-buffer -p`: in `ESC[200~` … `ESC[201~`
  /// when the program asked for bracketed paste); returns once tmux holds the whole paste.
  func paste(file: String) throws {
    try run(["load-buffer", "-b", "paste", file])
    try run(["paste-buffer", "-p", "-d", "-b", "paste", "-t", window])
  }

  /// Types a command line into the shell and runs it.
  func runInShell(_ commandLine: String) throws {
    try type(commandLine)
    try press("Enter")
  }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", window, "-x", "\(width)", "-y", "\(height)"])
  }

  // MARK: Output

  /// The visible screen, one row a line.
  func capture() throws -> [String] {
    let text = try run(["capture-pane", "-p", "-t", window])
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// A tmux format about the pane, e.g. `#{pane_current_command}`.
  func paneInfo(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", window, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Captures the screen until `condition` holds and returns it; throws with the last screen
  /// when `timeout` passes first.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Duration = .seconds(10), _ condition: ([String]) -> Bool
  ) throws -> [String] {
    var last: [String] = []
    let found = try poll(timeout: timeout) {
      last = try capture()
      return condition(last)
    }
    guard found else {
      throw Failure(
        description:
          "waited \(timeout) for \(what); the screen was:\n\(last.joined(separator: "\n"))")
    }
    return last
  }

  @discardableResult
  func waitForText(_ text: String, timeout: Duration = .seconds(10)) throws -> [String] {
    try waitForScreen("“\(text)”", timeout: timeout) { $0.joined(separator: "\n").contains(text) }
  }

  /// Waits until the shell is in the foreground again and the terminal has left the alternate
  /// screen that curses used.
  func waitForShell(timeout: Duration = .seconds(10)) throws {
    var state = ""
    let back = try poll(timeout: timeout) {
      state = try paneInfo("#{pane_current_command} #{alternate_on}")
      return state == "bash 0"
    }
    guard back else {
      throw Failure(
        description: "the shell did not come back (\(state)); the screen was:\n"
          + (try capture()).joined(separator: "\n"))
    }
  }

  /// Checks `condition` every 50 ms until it holds or `timeout` passes.
  private func poll(timeout: Duration, _ condition: () throws -> Bool) throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
      if try condition() { return true }
      if clock.now >= deadline { return false }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  // MARK: Running tmux

  private lazy var scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("policy-wizard-tmux-\(UUID().uuidString)")

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw Failure(description: "no tmux") }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    environment["LC_CTYPE"] = nil
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let result = try SpawnedCommand.run(
      executable.path, ["-u", "-L", socket] + arguments, environment: environment, in: scratch)
    guard result.exitStatus == 0 else {
      throw Failure(
        description: "tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    }
    return result.stdout
  }

  private func removeScratch() {
    try? FileManager.default.removeItem(at: scratch)
  }
}

/// What a program run to its end by `ProcessRunner` did, as the tmux tests read it.
struct SpawnedCommand {
  var exitStatus: Int32?
  var signal: Int32?
  var stdout: String
  var stderr: String

  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], in directory: URL
  ) throws -> SpawnedCommand {
    let result: ProcessRunner.Result
    do {
      result = try ProcessRunner.run(
        executable, arguments, environment: environment, in: directory, timeLimit: .seconds(120))
    } catch {
      throw TmuxTerminal.Failure(description: "cannot run \(executable): \(error)")
    }
    var signal: Int32? = nil
    if case .signaled(let number) = result.termination { signal = number }
    return SpawnedCommand(
      exitStatus: result.termination.exitStatus, signal: signal, stdout: result.stdoutText,
      stderr: result.stderrText)
  }
}

/// Quotes a path for the shell typed into.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
