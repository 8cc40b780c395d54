import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way policy-wizard and its tests start another program: the kiosk's print command,
/// the built binary under test, tmux, sqlite3, python3, zbarimg, Chromium.
///
/// `posix_spawn` and a blocking `waitpid` on a thread of its own, not Foundation's `Process`:
/// `Process.waitUntilExit()` was seen to hang for good on a tmux client that had exited, and
/// `Process` cannot reset the signal mask and dispositions a kiosk sets (SIGPIPE, SIGINT and
/// SIGQUIT ignored) — a child inherits them otherwise. Output is captured in unlinked temporary
/// files rather than pipes, so that a child writing more than a pipe holds never blocks on a
/// reader that waits for it to exit. Not swift-subprocess: its API is async only, which the
/// synchronous tests and the kiosk's frame loop would have to bridge at every call, and it needs
/// swift-tools-version 6.1 and two more packages in the static release build for what these
/// hundred lines do.
public enum ProcessRunner {
  /// What the child reads on its standard input.
  public enum Input: Sendable {
    /// `/dev/null`: the child sees the end of its input at once.
    case empty
    /// These bytes, written through a pipe by a thread of its own, then the end of the input.
    case data(Data)
    /// The file at this path.
    case file(String)
    /// This open descriptor of the parent's, which stays the parent's to close (one end of a
    /// socket the two talk over).
    case descriptor(Int32)
  }

  /// Where the child's standard output or error goes.
  public enum Output: Sendable {
    /// `/dev/null`.
    case discarded
    /// Kept, and returned in `Result` (or by `Child.output`).
    case captured
    /// The file at this path, created or truncated.
    case file(String)
    /// This open descriptor of the parent's, which stays the parent's to close.
    case descriptor(Int32)
  }

  /// How a child ended: an exit status, or the signal that killed it.
  public enum Termination: Sendable, Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public var exitStatus: Int32? {
      if case .exited(let status) = self { return status }
      return nil
    }

    public var description: String {
      switch self {
      case .exited(let status): return "exit status \(status)"
      case .signaled(let signal): return "killed by signal \(signal)"
      }
    }
  }

  /// What a finished child did.
  public struct Result: Sendable {
    public var termination: Termination
    public var stdout: Data
    public var stderr: Data
    /// Whether the child read all of `Input.data` (false when it exited first: EPIPE).
    public var inputComplete: Bool

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  }

  /// The program could not be started (not found, not executable, no resources).
  public struct SpawnFailure: Error, CustomStringConvertible {
    public var executable: String
    public var code: Int32
    public var description: String {
      "cannot start \(executable): \(String(cString: strerror(code)))"
    }
  }

  /// A child that `run` did not wait for (the timing limit was reached).
  public struct TimedOut: Error, CustomStringConvertible {
    public var executable: String
    public var arguments: [String]
    public var description: String {
      "\(executable) \(arguments.prefix(3).joined(separator: " ")) did not finish in time; it was killed"
    }
  }

  /// Runs `executable` with `arguments` to its end and returns what it did; with `timeLimit`,
  /// kills it (SIGKILL) and throws `TimedOut` when it runs longer.
  public static func run(
    _ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
    in directory: URL? = nil, stdin: Input = .empty, stdout: Output = .captured,
    stderr: Output = .captured, timeLimit: Duration? = nil
  ) throws -> Result {
    let child = try spawn(
      executable, arguments, environment: environment, in: directory, stdin: stdin,
      stdout: stdout, stderr: stderr)
    if let timeLimit {
      guard child.wait(timeout: timeLimit) != nil else {
        child.kill(SIGKILL)
        _ = child.wait()
        throw TimedOut(executable: executable, arguments: arguments)
      }
    }
    return child.result()
  }

  /// Starts `executable` and returns at once; the child's end is waited for on a thread.
  public static func spawn(
    _ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
    in directory: URL? = nil, stdin: Input = .empty, stdout: Output = .captured,
    stderr: Output = .captured, ownProcessGroup: Bool = false
  ) throws -> Child {
    try Child(
      executable: executable, arguments: arguments,
      environment: environment ?? ProcessInfo.processInfo.environment, directory: directory,
      stdin: stdin, stdout: stdout, stderr: stderr, ownProcessGroup: ownProcessGroup)
  }

  /// The program called `name` in the directory of the running program (`/proc/self/exe`):
  /// how policy-wizard finds the programs installed with it, never through `PATH`.
  public static func programBesideThisOne(named name: String) -> String {
    let me =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
  }

  /// The first executable called `name` on `PATH`, or nil.
  public static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// One started program.
  public final class Child: @unchecked Sendable {
    public let pid: pid_t
    private let lock = NSLock()
    private let ended = DispatchSemaphore(value: 0)
    private var termination: Termination?
    private var inputOutcome: Bool? = true
    private var inputWritten = DispatchSemaphore(value: 1)
    private let captures: (stdout: Int32?, stderr: Int32?)
    /// Started with `ownProcessGroup`: the group's id is `pid`.
    private let ownsProcessGroup: Bool

    fileprivate init(
      executable: String, arguments: [String], environment: [String: String], directory: URL?,
      stdin: Input, stdout: Output, stderr: Output, ownProcessGroup: Bool
    ) throws {
      self.ownsProcessGroup = ownProcessGroup
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      var toClose: [Int32] = []
      defer { for descriptor in toClose { close(descriptor) } }

      var inputPipe: [Int32] = [-1, -1]
      switch stdin {
      case .empty:
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      case .file(let path):
        posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
      case .descriptor(let descriptor):
        posix_spawn_file_actions_adddup2(&actions, descriptor, 0)
      case .data:
        guard pipe(&inputPipe) == 0 else {
          throw SpawnFailure(executable: executable, code: errno)
        }
        // Neither end may stay open in the child: it would never see the end of its input.
        for end in inputPipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        toClose.append(inputPipe[0])
      }
      func route(_ output: Output, to descriptor: Int32) throws -> Int32? {
        switch output {
        case .discarded:
          posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
          return nil
        case .file(let path):
          posix_spawn_file_actions_addopen(
            &actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
          return nil
        case .descriptor(let given):
          posix_spawn_file_actions_adddup2(&actions, given, descriptor)
          return nil
        case .captured:
          let file = try Self.unlinkedTemporaryFile(for: executable)
          posix_spawn_file_actions_adddup2(&actions, file, descriptor)
          return file
        }
      }
      let capturedOut = try route(stdout, to: 1)
      let capturedErr = try route(stderr, to: 2)
      captures = (capturedOut, capturedErr)
      if let directory {
        guard let addChdir = Self.addChdir else {
          throw SpawnFailure(executable: executable, code: ENOSYS)
        }
        _ = addChdir(&actions, directory.path)
      }

      // Every signal back at its default and none blocked, whatever the parent set.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var noSignals = sigset_t()
      sigemptyset(&noSignals)
      posix_spawnattr_setsigmask(&attributes, &noSignals)
      var allSignals = sigset_t()
      sigfillset(&allSignals)
      posix_spawnattr_setsigdefault(&attributes, &allSignals)
      var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
      if ownProcessGroup {
        // A group of its own (its id the child's pid), so that whatever the child starts can
        // be ended with it (`killGroup`).
        posix_spawnattr_setpgroup(&attributes, 0)
        flags |= POSIX_SPAWN_SETPGROUP
      }
      posix_spawnattr_setflags(&attributes, Int16(flags))

      let argv: [UnsafeMutablePointer<CChar>?] =
        ([executable] + arguments).map { strdup($0) } + [nil]
      let envp: [UnsafeMutablePointer<CChar>?] =
        environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer { for pointer in argv + envp { free(pointer) } }
      var pid: pid_t = 0
      let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
      guard spawned == 0 else {
        for descriptor in [capturedOut, capturedErr].compactMap({ $0 }) { close(descriptor) }
        if inputPipe[1] >= 0 { close(inputPipe[1]) }
        throw SpawnFailure(executable: executable, code: spawned)
      }
      self.pid = pid
      let child = pid

      if case .data(let data) = stdin {
        let input = inputPipe[1]
        inputWritten = DispatchSemaphore(value: 0)
        inputOutcome = nil
        Self.ignoreSIGPIPE
        Thread { [self] in
          let complete = Self.write(data, to: input)
          close(input)
          lock.withLock { inputOutcome = complete }
          inputWritten.signal()
        }.start()
      }
      Thread { [self] in
        let ending = Self.waitForEnd(of: child)
        lock.withLock { termination = ending }
        ended.signal()
      }.start()
    }

    /// How the child ended; nil while it runs. Never blocks.
    public var finished: Termination? { lock.withLock { termination } }

    /// Whether the child read all of `Input.data`; nil while it is still being written. Never
    /// blocks.
    public var inputComplete: Bool? { lock.withLock { inputOutcome } }

    /// Waits for the child's end.
    @discardableResult
    public func wait() -> Termination {
      ended.wait()
      ended.signal()
      return lock.withLock { termination! }
    }

    /// Waits at most `timeout` for the child's end; nil when it still runs.
    public func wait(timeout: Duration) -> Termination? {
      let (seconds, attoseconds) = timeout.components
      let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
      guard ended.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success else { return nil }
      ended.signal()
      return lock.withLock { termination }
    }

    /// Sends `signal` to the child, unless it has already been waited for.
    public func kill(_ signal: Int32) {
      lock.withLock {
        if termination == nil { _ = sendSignal(signal, to: pid) }
      }
    }

    /// Sends `signal` to the child's whole process group (started with `ownProcessGroup`): the
    /// child and everything it started that has not left the group. The group outlives the
    /// child's own end (a grandchild may still run), so this is sent even after the child has
    /// been waited for; its id cannot have been reused while a member lives. Without a group of
    /// its own, the child alone.
    public func killGroup(_ signal: Int32) {
      guard ownsProcessGroup else {
        kill(signal)
        return
      }
      _ = sendSignal(signal, to: -pid)
    }

    /// Waits for the child's end and its input to be written, and returns what it did.
    public func result() -> Result {
      let ending = wait()
      inputWritten.wait()
      inputWritten.signal()
      return Result(
        termination: ending, stdout: Self.readAll(captures.stdout),
        stderr: Self.readAll(captures.stderr),
        inputComplete: lock.withLock { inputOutcome } ?? false)
    }

    deinit {
      for descriptor in [captures.stdout, captures.stderr].compactMap({ $0 }) { close(descriptor) }
    }

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29, macOS 26), looked up when the program
    /// starts: the C library's headers do not show it to Swift.
    private static let addChdir:
      (
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) ->
          Int32
      )? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(
          symbol,
          to: (@convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
          ) -> Int32).self)
      }()

    private static let ignoreSIGPIPE: Void = {
      // A child that exits before reading all its input must fail the write with EPIPE, not
      // kill this process.
      signal(SIGPIPE, SIG_IGN)
    }()

    private static func unlinkedTemporaryFile(for executable: String) throws -> Int32 {
      var template = Array(
        (FileManager.default.temporaryDirectory.path + "/process-runner-XXXXXX").utf8CString)
      let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard descriptor >= 0 else { throw SpawnFailure(executable: executable, code: errno) }
      template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      return descriptor
    }

    private static func readAll(_ descriptor: Int32?) -> Data {
      guard let descriptor else { return Data() }
      var data = Data()
      var buffer = [UInt8](repeating: 0, count: 65_536)
      var offset: off_t = 0
      while true {
        let count = buffer.withUnsafeMutableBytes {
          pread(descriptor, $0.baseAddress, $0.count, offset)
        }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { break }
        data.append(contentsOf: buffer[0..<count])
        offset += off_t(count)
      }
      return data
    }

    /// Writes all of `data`; false when the reader went away first (EPIPE) or writing failed.
    private static func write(_ data: Data, to descriptor: Int32) -> Bool {
      data.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            return false
          }
          offset += written
        }
        return true
      }
    }

    private static func waitForEnd(of pid: pid_t) -> Termination {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 {
        // Only EINTR can happen for our own child; anything else means it is gone.
        if errno != EINTR { return .exited(-1) }
      }
      // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
      let signal = status & 0x7F
      return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }
  }
}

/// `kill(2)`, out of reach inside `Child`, whose method of the same name hides it.
private func sendSignal(_ signal: Int32, to pid: pid_t) -> Int32 { kill(pid, signal) }

/// `write(2)`, out of reach inside `Child`, whose method of the same name hides it.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
