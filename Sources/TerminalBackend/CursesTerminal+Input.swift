import CNcursesw
import ScreenKit

extension CursesTerminal {
  /// Waits for the next key, mouse action or resize.
  ///
  /// Characters arrive whole through `wget_wch`, so typed Chinese and full-width text comes as
  /// `.key(.character(_))`. Input that maps to no event (e.g. an unknown function key) is
  /// skipped and the wait starts again.
  ///
  /// - Parameter timeoutMilliseconds: how long to wait; `nil` waits until something happens.
  /// - Returns: the event, or `nil` when the time ran out (or the input has ended).
  public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
    guard isStarted, let window = cn_stdscr() else { return nil }
    if let queued = queuedInput.popLast() { return queued }
    wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1))
    while true {
      var code: wint_t = 0
      switch wget_wch(window, &code) {
      case OK:
        if code == 27 {
          if let event = escapeSequence(window: window, timeoutMilliseconds: timeoutMilliseconds) {
            return event
          }
          continue
        }
        if let event = CursesInputDecoder.event(forCharacter: code) { return event }
      case KEY_CODE_YES:
        if let event = functionKeyEvent(Int32(code)) { return event }
      default:
        return nil
      }
    }
  }

  /// An Escape: alone it is the Escape key; with a sequence behind it (already waiting, as a
  /// terminal sends it in one write) the sequence is read whole. nil: swallowed.
  private func escapeSequence(window: UnsafeMutablePointer<WINDOW>, timeoutMilliseconds: Int?)
    -> InputEvent?
  {
    defer { wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1)) }
    var codes: [UInt32] = []
    // The rest of a sequence is already there: ncurses waited ESCDELAY for it.
    wtimeout(window, 0)
    while codes.count < 32 {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      guard status == OK else {
        if status == KEY_CODE_YES, codes.isEmpty {
          // Alt plus a function key: swallowed.
          return nil
        }
        break
      }
      codes.append(UInt32(code))
      if CursesInputDecoder.escapeSequenceIsComplete(codes) { break }
      wtimeout(window, 10)
    }
    if codes.isEmpty { return .key(.escape) }
    if codes == BracketedPaste.startSequence, let descriptor = inputDescriptor {
      // Kept last-first, so that each is taken in constant time.
      queuedInput.insert(
        contentsOf: BracketedPaste.read(from: descriptor).events.reversed(), at: 0)
      return queuedInput.popLast()
    }
    return CursesInputDecoder.event(forEscapeSequence: codes)
  }

  private func functionKeyEvent(_ code: Int32) -> InputEvent? {
    switch code {
    case KEY_RESIZE:
      // ncurses has already resized its windows; what the terminal shows is now unknown.
      needsFullRepaint = true
      return .resize(width: Int(cn_cols()), height: Int(cn_lines()))
    case KEY_MOUSE:
      var mouse = MEVENT()
      guard getmouse(&mouse) == OK else { return nil }
      return CursesInputDecoder.event(x: mouse.x, y: mouse.y, buttonState: mouse.bstate)
    default:
      return CursesInputDecoder.event(forKeyCode: code)
    }
  }
}
