import CNcursesw
import Glibc
import ScreenKit

extension CursesTerminal {
  /// Puts `screen` on the terminal, sending only the cells that changed since the last draw.
  ///
  /// The first frame, a frame of another size, and the frame after a resize or `invalidate()`
  /// start from an erased window; only after a resize or `invalidate()` is the terminal itself
  /// cleared (the one case where its contents are unknown). ncurses then compares with what
  /// the terminal shows and sends the difference.
  public func draw(_ screen: Screen) {
    guard isStarted, let window = cn_stdscr(), let palette else { return }
    let bytesBefore = outputFileSize
    let changes: [CellChange]
    if let lastDrawnScreen, !needsFullRepaint, lastDrawnScreen.size == screen.size {
      changes = screen.diff(from: lastDrawnScreen)
    } else {
      werase(window)
      if needsFullRepaint { clearok(window, true) }
      changes = screen.diff(from: Screen(size: screen.size))
    }
    let visible = Rect(x: 0, y: 0, width: Int(cn_cols()), height: Int(cn_lines()))
    for change in changes {
      write(change, clippedTo: visible, window: window, palette: palette)
    }
    placeCursor(window: window)
    wrefresh(window)
    lastDrawnScreen = screen
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
    _ change: CellChange, clippedTo visible: Rect, window: UnsafeMutablePointer<WINDOW>,
    palette: CursesPalette
  ) {
    var x = change.x
    for cell in change.cells {
      defer { x += 1 }
      guard !cell.isContinuation, visible.contains(x: x + cell.width - 1, y: change.y) else {
        continue
      }
      let attributes = palette.attributes(for: cell.style)
      let pair = palette.pair(for: cell.style)
      for (offset, symbol) in Self.symbolsAsCursesDrawsThem(cell).enumerated() {
        var character = Self.cursesCharacter(symbol, attributes: attributes, pair: pair)
        mvwadd_wch(window, Int32(change.y), Int32(x + offset), &character)
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
