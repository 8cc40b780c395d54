import Foundation
import WizardCore

/// One report piped to the kiosk's print command, on a thread of its own so that a printer
/// that is slow to read (or never reads) cannot freeze the screen.
///
/// The command runs under `/bin/sh -c` with the report on its standard input, its output
/// discarded (the screen belongs to curses) and every signal back at its default. A command
/// that exits without reading makes the write fail with EPIPE — SIGPIPE is ignored
/// process-wide, so it cannot kill the kiosk — and is reported as a failed print, like a
/// non-zero exit status.
final class PrintJob: @unchecked Sendable {
  private let lock = NSLock()
  private var outcome: Result<Void, PrintFailure>?

  /// Starts `command` and feeds it `text`; check `finished` later.
  init(command: String, text: String) {
    guard let child = Self.spawn(command) else {
      outcome = .failure(.cannotStart)
      return
    }
    let data = Data(text.utf8)
    let thread = Thread { [self] in
      let complete = Self.write(data, to: child.input)
      close(child.input)
      let result = Self.wait(for: child.pid)
      lock.withLock {
        switch result {
        case .failure(let failure): outcome = .failure(failure)
        case .success where !complete: outcome = .failure(.didNotRead)
        case .success: outcome = .success(())
        }
      }
    }
    thread.start()
  }

  /// How the print ended; nil while the command still runs.
  var finished: Result<Void, PrintFailure>? { lock.withLock { outcome } }

  private static func spawn(_ command: String) -> (pid: pid_t, input: Int32)? {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    // Neither end may stay open in the child: it would never see the end of the report.
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The kiosk ignores SIGPIPE, SIGINT and SIGQUIT; the printer command must not inherit that.
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
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] =
      ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
    close(ends[0])
    guard spawned == 0 else {
      close(ends[1])
      return nil
    }
    return (pid, ends[1])
  }

  /// Writes all of `data`; false when the reader went away first (EPIPE) or writing failed.
  private static func write(_ data: Data, to descriptor: Int32) -> Bool {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  private static func wait(for pid: pid_t) -> Result<Void, PrintFailure> {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      if errno != EINTR { return .failure(.cannotStart) }
    }
    let signal = status & 0x7f
    if signal != 0 { return .failure(.killed(signal: signal)) }
    let code = (status >> 8) & 0xff
    return code == 0 ? .success(()) : .failure(.exited(status: code))
  }
}
