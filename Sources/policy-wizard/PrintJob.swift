import Foundation
import ProcessRunner
import TerminalBackend
import WizardCore

/// One report piped to the kiosk's print command, started by `ProcessRunner` (which writes the
/// report and waits for the command on threads of their own), so that a printer that is slow
/// to read (or never reads) cannot freeze the screen.
///
/// The command runs under `/bin/sh -c` with the report on its standard input, its output
/// discarded (the screen belongs to curses) and every signal back at its default (the kiosk
/// ignores SIGPIPE, SIGINT and SIGQUIT; the printer command must not inherit that). A command
/// that exits without reading makes the write fail with EPIPE — SIGPIPE is ignored
/// process-wide, so it cannot kill the kiosk — and is reported as a failed print, like a
/// non-zero exit status.
///
/// The command gets a process group of its own: `end()` kills it with everything it started,
/// so that no printer process outlives its job (a timeout) or the kiosk.
final class PrintJob: Sendable {
  private let child: ProcessRunner.Child?
  private let started = ContinuousClock.now

  /// Starts `command` and feeds it `text`; check `finished` later.
  init(command: String, text: String) {
    child = try? ProcessRunner.spawn(
      "/bin/sh", ["-c", command], stdin: .data(Data(text.utf8)), stdout: .discarded,
      stderr: .discarded, ownProcessGroup: true)
    if let child { PrintJobGroups.current.store(child.pid) }
  }

  /// How the print ended; nil while the command still runs.
  var finished: Result<Void, PrintFailure>? {
    guard let child else { return .failure(.cannotStart) }
    guard let termination = child.finished, let inputComplete = child.inputComplete else {
      return nil
    }
    switch termination {
    case .signaled(let signal): return .failure(.killed(signal: signal))
    case .exited(let status) where status != 0: return .failure(.exited(status: status))
    case .exited where !inputComplete: return .failure(.didNotRead)
    case .exited: return .success(())
    }
  }

  /// How long the job has been running.
  var age: Duration { ContinuousClock.now - started }

  /// Kills the command's whole process group (SIGKILL: a printer command that ignores SIGTERM
  /// must not hold the kiosk's only print slot). Safe to call more than once.
  func end() {
    guard let child else { return }
    child.killGroup(SIGKILL)
    PrintJobGroups.current.clear(child.pid)
  }
}

/// The process group of the print job that runs, for the handlers of the signals that end the
/// kiosk (`TerminalBackend`'s restorer calls `endChildGroup`): a SIGTERM from the supervisor
/// must not leave the printer command behind.
enum PrintJobGroups {
  static let current = ChildProcessGroup.shared
}
