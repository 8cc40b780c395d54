import CNcursesw
import Glibc
import ScreenKit

extension CursesTerminal {
  /// Puts `screen` on the terminal; ncurses sends only the cells that changed.
  ///
  /// Every frame is written whole into the erased window and ncurses compares it with what
  /// the terminal shows (`wrefresh`): measured with `policy-bench wizard`, that costs what the
  /// hand-written cell diff it replaced cost (61 bytes per key instead of 59; 2223 bytes for
  /// the first 80×24 frame instead of 2221). Only after a resize or `invalidate()` is the terminal itself
  /// cleared (the one case where its contents are unknown).
  public func draw(_ screen: Screen) {
    guard isStarted, let window = cn_stdscr(), let palette else { return }
    let bytesBefore = outputFileSize
    werase(window)
    if needsFullRepaint { clearok(window, true) }
    let visible = Rect(x: 0, y: 0, width: Int(cn_cols()), height: Int(cn_lines()))
    for y in 0..<screen.height {
      write(row: screen.row(y), y: y, clippedTo: visible, window: window, palette: palette)
    }
    placeCursor(window: window)
    wrefresh(window)
    needsFullRepaint = false
    if let bytesBefore, let bytesAfter = outputFileSize {
      lastFrameByteCount = bytesAfter - bytesBefore
    }
  }

  /// Makes the next `draw` clear the terminal and repaint everything, e.g. after another
  /// program wrote over it.
  public func invalidate() {
    needsFullRepaint = true
  }

  /// Shows the cursor at a cell (for text entry) after this and every later draw.
  public func showCursor(atX x: Int, y: Int) {
    cursorPosition = (x, y)
    guard isStarted, let window = cn_stdscr() else { return }
    curs_set(1)
    placeCursor(window: window)
    wrefresh(window)
  }

  public func hideCursor() {
    cursorPosition = nil
    guard isStarted, let window = cn_stdscr() else { return }
    curs_set(0)
    placeCursor(window: window)
  }

  private func placeCursor(window: UnsafeMutablePointer<WINDOW>) {
    if let cursorPosition {
      leaveok(window, false)
      wmove(window, Int32(cursorPosition.y), Int32(cursorPosition.x))
    } else {
      // Lets ncurses leave the cursor wherever output ended instead of moving it back.
      leaveok(window, true)
    }
  }

  private func write(
    row: ArraySlice<Cell>, y: Int, clippedTo visible: Rect, window: UnsafeMutablePointer<WINDOW>,
    palette: CursesPalette
  ) {
    var x = 0
    for cell in row {
      defer { x += 1 }
      guard !cell.isContinuation, visible.contains(x: x + cell.width - 1, y: y) else {
        continue
      }
      let attributes = palette.attributes(for: cell.style)
      let pair = palette.pair(for: cell.style)
      for (offset, symbol) in Self.symbolsAsCursesDrawsThem(cell).enumerated() {
        var character = Self.cursesCharacter(symbol, attributes: attributes, pair: pair)
        mvwadd_wch(window, Int32(y), Int32(x + offset), &character)
      }
    }
  }

  /// The symbols to send so that curses advances exactly `cell.width` columns. They are the
  /// cell's own symbol unless the C library's width for it (which curses uses) disagrees with
  /// ours: then a wide symbol curses thinks narrow gets a space after it, and a symbol the
  /// locale cannot show becomes "?" per column, so the grid stays aligned either way.
  private static func symbolsAsCursesDrawsThem(_ cell: Cell) -> [String] {
    guard let base = cell.symbol.unicodeScalars.first, base.value >= 0x80 else {
      return [cell.symbol]
    }
    let localeWidth = Int(wcwidth(wchar_t(base.value)))
    if localeWidth == cell.width { return [cell.symbol] }
    if localeWidth == 1 && cell.width == 2 { return [cell.symbol, " "] }
    return Array(repeating: "?", count: cell.width)
  }

  private static func cursesCharacter(_ symbol: String, attributes: attr_t, pair: Int16)
    -> cchar_t
  {
    var character = cchar_t()
    // A spacing character followed by at most CCHARW_MAX - 1 combining ones, NUL-terminated.
    let scalars = symbol.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t($0.value) }
    if setcchar(&character, scalars + [0], attributes, pair, nil) == ERR {
      let first = scalars.prefix(1) + [0]
      _ = setcchar(&character, Array(first), attributes, pair, nil)
    }
    return character
  }
}
