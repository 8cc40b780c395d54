import CNcursesw
import Glibc

/// Gives the terminal back to the shell however the process ends.
///
/// While curses runs, SIGINT, SIGTERM, SIGHUP and SIGQUIT call `endwin()` and then die of the
/// same signal with its default action, so the shell still sees the right exit status. An
/// `atexit` hook covers `exit()`. SIGTSTP and SIGWINCH stay with ncurses, whose own handlers
/// leave and re-enter curses mode around a suspension and report resizes as KEY_RESIZE.
///
/// `endwin` is not on POSIX's async-signal-safe list; the handler does nothing else, and the
/// process is about to die anyway, so the risk is a garbled last frame, not a wedged terminal.
enum TerminalRestorer {
  private static let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Keyboard signals a kiosk ignores instead of dying from (raw mode already keeps the keys
  /// from producing them; this covers `kill -INT` and the like).
  private static let keyboardSignals: Set<Int32> = [SIGINT, SIGQUIT]

  // Only the thread that drives the terminal touches these.
  nonisolated(unsafe) private static var previousHandlers: [Int32: sighandler_t?] = [:]
  nonisolated(unsafe) private static var isExitHookRegistered = false

  static func install(ignoringInterrupt: Bool) {
    if !isExitHookRegistered {
      atexit { leaveCursesMode() }
      isExitHookRegistered = true
    }
    for signalNumber in fatalSignals {
      let ignored = ignoringInterrupt && keyboardSignals.contains(signalNumber)
      let previous = signal(signalNumber, ignored ? SIG_IGN : restoreTerminalAndDie)
      if previousHandlers[signalNumber] == nil {
        previousHandlers[signalNumber] = previous
      }
    }
  }

  static func uninstall() {
    for (signalNumber, handler) in previousHandlers {
      signal(signalNumber, handler)
    }
    previousHandlers = [:]
  }
}

private func leaveCursesMode() {
  if !isendwin() { endwin() }
}

private func restoreTerminalAndDie(_ signalNumber: Int32) {
  leaveCursesMode()
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}
