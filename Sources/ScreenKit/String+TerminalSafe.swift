extension String {
  /// This text with nothing a terminal would obey: for one line of output (a name, a contact,
  /// a value echoed in a message).
  ///
  /// The same as `terminalSafe(keepingNewlines: false)`: line breaks and tabs become spaces.
  public var terminalSafe: String { terminalSafe(keepingNewlines: false) }

  /// This text with every control character and escape sequence taken out, so that a string
  /// from a profile, a saved case or a catalog cannot move the cursor, retitle the window,
  /// write the clipboard (OSC 52) or ring the bell when printed.
  ///
  /// Removed: whole escape sequences (CSI `ESC [ … final`, OSC/DCS/SOS/PM/APC strings up to
  /// BEL or ST, two-character `ESC x` sequences) and their 8-bit C1 forms, then every other
  /// C0 control, DEL and C1 control. Tabs become spaces; line breaks (LF, CR LF, a lone CR)
  /// are kept as LF when `keepingNewlines` is set (a report, a multi-line message), else
  /// become spaces. Everything else is left as it is (the Unicode line separators too, which
  /// terminals do not obey, so that JSON printed this way stays valid).
  ///
  /// - Complexity: O(n) in the number of Unicode scalars.
  public func terminalSafe(keepingNewlines: Bool) -> String {
    // The common case costs one scan of the bytes and no copy.
    guard mayHoldControls(newlinesToo: !keepingNewlines, lineSeparatorsToo: false) else {
      return self
    }
    let scalars = Array(unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let value = scalars[index].value
      switch value {
      case 0x1B:
        index = Self.endOfEscapeSequence(scalars, from: index + 1)
        continue
      case 0x9B:
        index = Self.endOfControlSequence(scalars, from: index + 1)
        continue
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        index = Self.endOfControlString(scalars, from: index + 1)
        continue
      case 0x0A:
        result.append(keepingNewlines ? "\n" : " ")
      case 0x0D:
        // CR LF is one line break; a lone CR (which would overwrite the line) is one too.
        if index + 1 < scalars.count, scalars[index + 1].value == 0x0A { break }
        result.append(keepingNewlines ? "\n" : " ")
      case 0x09:
        result.append(" ")
      case 0x00...0x1F, 0x7F...0x9F:
        break
      default:
        result.append(scalars[index])
      }
      index += 1
    }
    return String(result)
  }

  /// Whether the text may hold a C0 control other than LF (LF too with `newlinesToo`), DEL, a
  /// C1 control (U+0080–U+009F) or, with `lineSeparatorsToo`, U+2028/U+2029: read from the
  /// UTF-8 bytes, which is many times cheaper than decoding scalars for the long texts (reports,
  /// JSON) that almost never hold one. Exact: a false answer means none is there.
  public func mayHoldControls(newlinesToo: Bool, lineSeparatorsToo: Bool) -> Bool {
    var text = self
    return text.withUTF8 {
      Self.mayHoldControls($0, newlinesToo: newlinesToo, lineSeparatorsToo: lineSeparatorsToo)
    }
  }

  /// `mayHoldControls` of UTF-8 bytes, read through a buffer (a String's `utf8` view costs
  /// several times more per byte, and JSON answers are tens of kilobytes).
  public static func mayHoldControls(
    _ bytes: UnsafeBufferPointer<UInt8>, newlinesToo: Bool, lineSeparatorsToo: Bool
  ) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x0A || newlinesToo { return true }
      } else if byte == 0x7F {
        return true
      } else if byte == 0xC2 {
        // U+0080–U+009F are C2 80 … C2 9F.
        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
      } else if byte == 0xE2, lineSeparatorsToo {
        // U+2028, U+2029 are E2 80 A8, E2 80 A9.
        if index + 2 < count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// The index after an escape sequence whose ESC stood just before `start`.
  private static func endOfEscapeSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    guard start < scalars.count else { return start }
    switch scalars[start] {
    case "[": return endOfControlSequence(scalars, from: start + 1)
    case "]", "P", "X", "^", "_": return endOfControlString(scalars, from: start + 1)
    default:
      // ESC, intermediates (0x20–0x2F), then one final character (0x30–0x7E).
      var index = start
      while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
      if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
      return index
    }
  }

  /// The index after a CSI's parameters, intermediates and final character.
  private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
    if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
    return index
  }

  /// The index after an OSC, DCS, SOS, PM or APC string: up to BEL, ESC \ or the 8-bit ST,
  /// or the end of the text when it is never terminated.
  private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      switch scalars[index].value {
      case 0x07, 0x9C: return index + 1
      case 0x1B:
        return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index + 1
      default: index += 1
      }
    }
    return index
  }
}
