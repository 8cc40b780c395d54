import Foundation
import Testing

/// A real terminal for the wizard: a tmux server of its own (`tmux -L <unique socket>`), one
/// window running a plain bash with LANG=C.UTF-8 and TERM=xterm-256color. Call `stop()` when done
/// (`defer`); it kills that server and nothing else.
final class TmuxTerminal {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The tmux executable on PATH, if any.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map {
      URL(fileURLWithPath: String($0)).appendingPathComponent("tmux")
    }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

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

/// Runs a program to its end with posix_spawn and a blocking waitpid, its output in files.
///
/// Not Foundation's `Process`: its `waitUntilExit()` was seen to hang for good on a tmux client
/// that had already exited (a zombie never reaped) while other tests ran processes in parallel.
struct SpawnedCommand {
  var exitStatus: Int32?
  var signal: Int32?
  var stdout: String
  var stderr: String

  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], in directory: URL
  ) throws -> SpawnedCommand {
    let name = UUID().uuidString
    let outputPath = directory.appendingPathComponent("\(name).out").path
    let errorPath = directory.appendingPathComponent("\(name).err").path
    defer {
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] =
      environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    // The test runner's threads block signals and it may ignore some (SIGPIPE); both would be
    // inherited all the way down to the wizard, which then never sees SIGWINCH or SIGTERM.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw TmuxTerminal.Failure(description: "cannot run \(executable): error \(spawned)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else {
        throw TmuxTerminal.Failure(description: "waitpid failed for \(executable): \(errno)")
      }
    }
    // The wait status: low 7 bits the signal that killed it (0 if it exited), then the code.
    let killedBy = status & 0x7f
    return SpawnedCommand(
      exitStatus: killedBy == 0 ? (status >> 8) & 0xff : nil,
      signal: killedBy == 0 ? nil : killedBy,
      stdout: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}

/// Quotes a path for the shell typed into.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
