import CNcursesw
import Glibc
import ScreenKit

/// A full-screen terminal driven by ncursesw: draws `Screen`s, reads `InputEvent`s.
///
/// On the real terminal, create it with no arguments. Tests and benchmarks give it files
/// instead, e.g. `CursesTerminal(terminalType: "xterm-256color", inputPath: "/dev/null",
/// outputPath: tempFile)`, and can then count the bytes each frame costs.
///
/// Ctrl-C: the terminal runs in raw mode, so Ctrl-C, Ctrl-Z and Ctrl-\ raise no signal but
/// arrive as `.key(.control("c"))` etc. The app decides what they do (quit, `suspend()`, or
/// nothing in a kiosk). Signals sent from elsewhere still restore the terminal; see
/// `TerminalRestorer`.
///
/// Not thread-safe (neither is curses): use it from one thread, and one at a time.
public final class CursesTerminal {
  private let terminalType: String?
  private let inputPath: String?
  private let outputPath: String?

  private var cursesScreen: OpaquePointer?
  private var inputFile: UnsafeMutablePointer<FILE>?
  private var outputFile: UnsafeMutablePointer<FILE>?
  var palette: CursesPalette?

  /// Set when the terminal's contents cannot be trusted (a resize, `invalidate()`).
  var needsFullRepaint = false
  /// Where the cursor is shown after each draw; `nil` keeps it hidden.
  var cursorPosition: (x: Int, y: Int)?

  /// Bytes the last `draw` sent to the terminal, when the output is a regular file (the way
  /// tests and benchmarks measure it); `nil` on a TTY or before the first draw.
  public internal(set) var lastFrameByteCount: Int?

  /// Character events of a bracketed paste, read whole and cut (`BracketedPaste`), handed out
  /// before anything else is read; the next one last.
  var queuedInput: [InputEvent] = []

  /// Whether `start()` has run and `stop()` has not.
  public private(set) var isStarted = false

  /// - Parameters:
  ///   - terminalType: a terminfo name such as "xterm-256color"; `nil` uses `$TERM`.
  ///   - inputPath: a file or device to read keys from; `nil` reads standard input.
  ///   - outputPath: a file or device to draw on (created or truncated); `nil` writes standard
  ///     output.
  public init(terminalType: String? = nil, inputPath: String? = nil, outputPath: String? = nil) {
    self.terminalType = terminalType
    self.inputPath = inputPath
    self.outputPath = outputPath
  }

  deinit {
    stop()
  }

  /// The terminal's columns and rows (zero before `start()`).
  public var size: Size {
    guard isStarted else { return Size(width: 0, height: 0) }
    return Size(width: Int(cn_cols()), height: Int(cn_lines()))
  }

  /// Whether styles are drawn in colour (otherwise bold/dim/reverse/underline only).
  public var usesColor: Bool { palette?.usesColor ?? false }

  /// Enters full-screen mode: raw keys, no echo, keypad and mouse decoding, hidden cursor,
  /// colours unless `NO_COLOR` is set (to anything but the empty string).
  ///
  /// - Parameter ignoreInterrupt: for a kiosk — SIGINT and SIGQUIT are ignored instead of
  ///   ending the program. (Ctrl-C still arrives as a key, which such an app ignores.)
  public func start(ignoreInterrupt: Bool = false) throws {
    guard !isStarted else { return }
    Self.chooseUTF8Locale()
    try openFiles()
    // Before newterm, so that ncurses sees handlers in place and does not install its own
    // SIGINT/SIGTERM handlers (which exit with status 1 and would outlive `stop()`).
    TerminalRestorer.install(ignoringInterrupt: ignoreInterrupt)
    let screen: OpaquePointer? =
      if let terminalType {
        newterm(terminalType, outputFile, inputFile)
      } else {
        newterm(nil, outputFile, inputFile)
      }
    guard let screen else {
      TerminalRestorer.uninstall()
      closeFiles()
      throw CursesTerminalError.unknownTerminal(terminalType ?? Self.environmentTerm)
    }
    set_term(screen)
    // No cursor addressing (TERM=dumb): refuse before drawing anything.
    let cup = tigetstr("cup")
    if cup == nil || Int(bitPattern: cup) == -1 {
      endwin()
      delscreen(screen)
      TerminalRestorer.uninstall()
      closeFiles()
      throw CursesTerminalError.noCursorAddressing(terminalType ?? Self.environmentTerm)
    }
    cursesScreen = screen
    isStarted = true
    configureModes()
    needsFullRepaint = false
  }

  /// `$TERM`, as the error messages name it.
  static var environmentTerm: String {
    getenv("TERM").map { String(cString: $0) } ?? ""
  }

  /// Leaves full-screen mode and gives the terminal back as it was. Safe to call twice.
  public func stop() {
    guard isStarted, let cursesScreen else { return }
    set_term(cursesScreen)
    setBracketedPaste(false)
    if !isendwin() { endwin() }
    TerminalRestorer.uninstall()
    delscreen(cursesScreen)
    self.cursesScreen = nil
    closeFiles()
    palette = nil
    isStarted = false
  }

  /// Suspends the program like Ctrl-Z in a shell would (raw mode delivers Ctrl-Z as a key,
  /// so the app calls this). Returns after the shell resumes it, with the screen repainted
  /// by ncurses' own SIGTSTP handler.
  public func suspend() {
    guard isStarted else { return }
    raise(SIGTSTP)
    needsFullRepaint = true
  }

  private func configureModes() {
    guard let window = cn_stdscr() else { return }
    raw()
    noecho()
    nonl()
    keypad(window, true)
    intrflush(window, false)
    // Short, so a lone Escape is reported quickly instead of waiting for a sequence.
    set_escdelay(25)
    curs_set(0)
    leaveok(window, true)
    mousemask(cn_all_mouse_events(), nil)
    // Report presses and releases as they happen instead of waiting to detect clicks.
    mouseinterval(0)
    setBracketedPaste(true)
    let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
    palette = CursesPalette(colorWanted: noColor.isEmpty)
  }

  /// The wizard is in Chinese: if the environment's locale is not UTF-8 (e.g. LANG unset),
  /// use C.UTF-8 for characters, since ncursesw can then still draw CJK text.
  private static func chooseUTF8Locale() {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  private func openFiles() throws {
    inputFile = try inputPath.map { try Self.open($0, mode: "r") } ?? cn_stdin()
    do {
      outputFile = try outputPath.map { try Self.open($0, mode: "w") } ?? cn_stdout()
    } catch {
      closeFiles()
      throw error
    }
  }

  private static func open(_ path: String, mode: String) throws -> UnsafeMutablePointer<FILE> {
    guard let file = fopen(path, mode) else { throw CursesTerminalError.cannotOpen(path: path) }
    return file
  }

  private func closeFiles() {
    if inputPath != nil, let inputFile { fclose(inputFile) }
    if outputPath != nil, let outputFile { fclose(outputFile) }
    inputFile = nil
    outputFile = nil
  }

  /// Asks the terminal to mark pasted text (`ESC[200~` … `ESC[201~`), so that a paste is read
  /// as one piece and cut to a field's size at once instead of a character at a time.
  private func setBracketedPaste(_ on: Bool) {
    guard let outputFile else { return }
    fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", outputFile)
    fflush(outputFile)
  }

  /// The descriptor keys are read from.
  var inputDescriptor: Int32? { inputFile.map(fileno) }

  /// Bytes written to the output so far, when it is a regular file.
  var outputFileSize: Int? {
    guard let outputFile else { return nil }
    fflush(outputFile)
    var status = stat()
    guard fstat(fileno(outputFile), &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    return Int(status.st_size)
  }
}
