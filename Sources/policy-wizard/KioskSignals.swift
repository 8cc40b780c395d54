import Foundation

/// The keyboard's signals, ignored by a kiosk from the first thing its `main` does: before the
/// configuration and catalog are read and curses starts, the terminal is still in cooked mode,
/// where Ctrl-\ (SIGQUIT), Ctrl-C (SIGINT) and Ctrl-Z (SIGTSTP) raise signals — a visitor's
/// Ctrl-\ in those first milliseconds ended the kiosk (status 131, through the runtime's crash
/// reporter). Ignored dispositions survive `exec`, so the restart of `KioskBacktrace` keeps
/// them, and the runtime's crash reporter leaves an ignored SIGQUIT alone. The print command
/// gets every signal back at its default (`ProcessRunner`).
///
/// SIGTERM keeps its default here: nothing needs restoring before curses starts, and the
/// supervisor must be able to stop the kiosk; once curses runs, `TerminalRestorer` restores
/// the terminal first.
enum KioskSignals {
  static let keyboardSignals: [Int32] = [SIGINT, SIGQUIT, SIGTSTP]

  /// For a `--kiosk` run (the flag before any `--`): ignores the keyboard's signals.
  static func ignoreKeyboardSignalsIfKiosk(arguments: [String] = CommandLine.arguments) {
    guard arguments.dropFirst().prefix(while: { $0 != "--" }).contains("--kiosk") else { return }
    for signalNumber in keyboardSignals { signal(signalNumber, SIG_IGN) }
  }
}
