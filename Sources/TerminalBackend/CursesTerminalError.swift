/// Why a `CursesTerminal` could not start.
public enum CursesTerminalError: Error, Equatable {
  /// The input or output file could not be opened.
  case cannotOpen(path: String)
  /// curses knows no terminal description by this name (or `$TERM` when no name was given).
  case unknownTerminal(String)
  /// The terminal cannot move the cursor (TERM=dumb, a printing terminal): a full-screen
  /// program would draw garbage on it.
  case noCursorAddressing(String)
}
