import CNcursesw

extension CursesTerminal {
  /// The text curses holds for row `y` of the window (what the terminal will show), trailing
  /// spaces trimmed; lets tests check a draw without a real terminal.
  func windowText(row y: Int) -> String {
    guard isStarted, let window = cn_stdscr() else { return "" }
    let columns = Int(cn_cols())
    var buffer = [wchar_t](repeating: 0, count: columns + 1)
    guard mvwinnwstr(window, Int32(y), 0, &buffer, Int32(columns)) != ERR else { return "" }
    let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
    var text = String(String.UnicodeScalarView(scalars))
    while text.last == " " { text.removeLast() }
    return text
  }
}
