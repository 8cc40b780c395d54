import ScreenKit

extension Unicode.Scalar {
  /// The characters that change how text around them is shown without being seen themselves:
  /// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
  /// marks U+200E, U+200F, U+061C) and the zero-width ones (U+200B–U+200D, U+2060, U+FEFF).
  /// `terminalSafe` leaves them (a terminal does not obey them), but a name holding U+202E
  /// shows its text reversed, and a zero-width space makes two names look the same.
  var isHiddenFormatting: Bool {
    switch value {
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
    default: return false
    }
  }
}

extension String {
  /// Whether the text holds a hidden formatting character, read from the UTF-8 bytes (U+061C is
  /// D8 9C, U+200B–U+200F E2 80 8B–8F, U+202A–U+202E E2 80 AA–AE, U+2060 E2 81 A0, U+2066–U+2069
  /// E2 81 A6–A9, U+FEFF EF BB BF) without decoding: Chinese text is full of E2 80 9C “ and
  /// E2 80 A6 …, which must not send every line down the slow path.
  var mayHoldHiddenFormatting: Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in utf8 {
      switch (beforePrevious, previous, byte) {
      case (_, 0xD8, 0x9C), (0xE2, 0x80, 0x8B...0x8F), (0xE2, 0x80, 0xAA...0xAE),
        (0xE2, 0x81, 0xA0), (0xE2, 0x81, 0xA6...0xA9), (0xEF, 0xBB, 0xBF):
        return true
      default: break
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// This text for one line of a terminal, a message or a CSV cell: `terminalSafe`, and each
  /// hidden formatting character written as its code, `<U+202E>`, so that it is seen and
  /// does nothing.
  var visiblySafe: String { visiblySafe(keepingNewlines: false) }

  func visiblySafe(keepingNewlines: Bool) -> String {
    let safe = terminalSafe(keepingNewlines: keepingNewlines)
    guard safe.mayHoldHiddenFormatting else { return safe }
    var shown = String.UnicodeScalarView()
    for scalar in safe.unicodeScalars {
      if scalar.isHiddenFormatting {
        shown.append(contentsOf: "<U+\(Self.hex4(scalar.value))>".unicodeScalars)
      } else {
        shown.append(scalar)
      }
    }
    return String(shown)
  }

  /// Four (or more) upper-case hex digits.
  static func hex4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }
}

extension CommandFailure {
  /// The failure with both messages `visiblySafe`: a path or a column it echoes may hold hidden
  /// formatting (the messages' own line breaks stay).
  var visiblySafe: CommandFailure {
    var safe = self
    safe.chinese = chinese.visiblySafe(keepingNewlines: true)
    safe.english = english.visiblySafe(keepingNewlines: true)
    return safe
  }
}
