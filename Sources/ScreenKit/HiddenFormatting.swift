extension Unicode.Scalar {
  /// The characters that change how text around them is shown without being seen themselves:
  /// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
  /// marks U+200E, U+200F, U+061C) and the zero-width ones (U+200B–U+200D, U+2060, U+FEFF).
  /// `terminalSafe` leaves them (a terminal does not obey them), but a name holding U+202E
  /// shows its text reversed, and a zero-width space makes two names look the same.
  public var isHiddenFormatting: Bool {
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
  public var mayHoldHiddenFormatting: Bool {
    var text = self
    return text.withUTF8 { Self.mayHoldHiddenFormatting($0) }
  }

  /// `mayHoldHiddenFormatting` of UTF-8 bytes, read through a buffer.
  public static func mayHoldHiddenFormatting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      // Every sequence starts with D8, E2 or EF: the other bytes are passed at once.
      if byte == 0xD8 {
        if index + 1 < count, bytes[index + 1] == 0x9C { return true }
      } else if byte == 0xE2 {
        if index + 2 < count {
          switch (bytes[index + 1], bytes[index + 2]) {
          case (0x80, 0x8B...0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA0), (0x81, 0xA6...0xA9):
            return true
          default: break
          }
        }
      } else if byte == 0xEF {
        if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return true }
      }
      index += 1
    }
    return false
  }
}
