import CNcursesw
import Glibc

/// Gives the terminal back to the shell however the process ends.
///
/// While curses runs, every signal whose default action ends the process (SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1/2, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF) calls
/// `endwin()` and then dies of the same signal with its default action, so the shell still
/// sees the right exit status. A signal the process already ignores stays ignored (the program
/// ignores SIGPIPE from its start, so that a print command that exits early cannot kill it).
/// An `atexit` hook covers `exit()`. SIGTSTP and SIGWINCH stay with ncurses, whose own
/// handlers leave and re-enter curses mode around a suspension and report resizes as
/// KEY_RESIZE.
///
/// Crashes (SIGILL — Swift's traps —, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT) call
/// `endwin()` too, then call the handler that was there before with the signal's information
/// (the Swift runtime's backtracer, which prints its report on a terminal in cooked mode), then
/// die of the signal by its default action. Every deadly signal also kills the print job's
/// process group first (`ChildProcessGroup`).
///
/// `endwin` is not on POSIX's async-signal-safe list; the handler does nothing else, and the
/// process is about to die anyway, so the risk is a garbled last frame, not a wedged terminal.
enum TerminalRestorer {
  private static let fatalSignals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ,
    SIGVTALRM, SIGPROF,
  ]
  /// Signals of a crash: the terminal is restored, then the previous handler runs.
  static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
  /// Keyboard signals a kiosk ignores instead of dying from (raw mode already keeps the keys
  /// from producing them; this covers `kill -INT` and the like).
  private static let keyboardSignals: Set<Int32> = [SIGINT, SIGQUIT]

  // Only the thread that drives the terminal touches these.
  nonisolated(unsafe) private static var previousHandlers: [Int32: sighandler_t?] = [:]
  nonisolated(unsafe) private static var isExitHookRegistered = false
  nonisolated(unsafe) private static var crashHandlersInstalled = false

  static func install(ignoringInterrupt: Bool) {
    // Created now, not lazily inside a signal handler.
    _ = ChildProcessGroup.shared
    if !isExitHookRegistered {
      atexit {
        ChildProcessGroup.shared.killFromSignalHandler()
        leaveCursesMode()
      }
      isExitHookRegistered = true
    }
    for signalNumber in fatalSignals {
      let ignored = ignoringInterrupt && keyboardSignals.contains(signalNumber)
      let previous = signal(signalNumber, ignored ? SIG_IGN : restoreTerminalAndDie)
      if !ignored, let previous, unsafeBitCast(previous, to: Int.self) == 1 {  // SIG_IGN
        // Ignored by whoever started the process (or by the program itself): keep it so.
        signal(signalNumber, SIG_IGN)
      }
      if previousHandlers[signalNumber] == nil {
        previousHandlers[signalNumber] = previous
      }
    }
    installCrashHandlers()
  }

  static func uninstall() {
    for (signalNumber, handler) in previousHandlers {
      signal(signalNumber, handler)
    }
    previousHandlers = [:]
    uninstallCrashHandlers()
  }

  private static func installCrashHandlers() {
    guard !crashHandlersInstalled else { return }
    for signalNumber in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = restoreTerminalAndPassOn
      // On the alternate stack when there is one: a stack overflow is a SIGSEGV too. With the
      // signal's information, which the previous handler (the backtracer) reads.
      action.sa_flags = SA_ONSTACK | SA_SIGINFO
      sigemptyset(&action.sa_mask)
      sigaction(signalNumber, &action, &previousCrashActions[Int(signalNumber)])
    }
    crashHandlersInstalled = true
  }

  private static func uninstallCrashHandlers() {
    guard crashHandlersInstalled else { return }
    for signalNumber in crashSignals {
      sigaction(signalNumber, &previousCrashActions[Int(signalNumber)], nil)
    }
    crashHandlersInstalled = false
  }
}

/// The crash signals' previous actions, indexed by signal number: read in a signal handler,
/// so a fixed buffer rather than a Swift collection.
nonisolated(unsafe) private let previousCrashActions: UnsafeMutablePointer<sigaction> = {
  let count = 65
  let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
  buffer.initialize(repeating: sigaction(), count: count)
  return buffer
}()

private func leaveCursesMode() {
  if !isendwin() { endwin() }
}

private func restoreTerminalAndDie(_ signalNumber: Int32) {
  ChildProcessGroup.shared.killFromSignalHandler()
  leaveCursesMode()
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}

/// Restores the terminal, runs the previous handler (the Swift runtime's backtracer, which
/// writes its crash report and returns) with the signal's information, then dies of the signal
/// by its default action: raised while it is blocked (as it is inside its own handler), it is
/// delivered the moment this handler returns.
///
/// Handing the signal on by raising it again under the previous action is not enough: that
/// handler sees a signal sent by `raise`, expects a fault to recur when the faulting
/// instruction runs again, and returns — after a `kill -SEGV` there is no such instruction,
/// and the process lived on with a frozen screen.
private func restoreTerminalAndPassOn(
  _ signalNumber: Int32, _ information: UnsafeMutablePointer<siginfo_t>?,
  _ context: UnsafeMutableRawPointer?
) {
  ChildProcessGroup.shared.killFromSignalHandler()
  leaveCursesMode()
  let previous = previousCrashActions[Int(signalNumber)]
  if previous.sa_flags & SA_SIGINFO != 0 {
    previous.__sigaction_handler.sa_sigaction?(signalNumber, information, context)
  } else if let handler = previous.__sigaction_handler.sa_handler,
    ![0, 1].contains(unsafeBitCast(handler, to: Int.self))  // neither SIG_DFL nor SIG_IGN
  {
    handler(signalNumber)
  }
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}
