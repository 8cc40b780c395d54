extension String {
  /// JSON with C1 controls, line separators and hidden formatting (bidi controls, zero-width
  /// characters) `\u`-escaped and nothing else a terminal would act on: still the same JSON
  /// document. Every JSON the project hands out goes through this one function — printed by a
  /// command or answered by the HTTP server — so that both are the same bytes.
  public var jsonForTerminal: String {
    // Almost every document holds none of them: no copy, scalar by scalar, then.
    var text = self
    guard text.withUTF8(Self.jsonNeedsTerminalEscapes) else { return self }
    var escaped = ""
    escaped.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      if (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
        || scalar.isHiddenFormatting
      {
        let hex = String(scalar.value, radix: 16)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped.terminalSafe(keepingNewlines: true)
  }

  /// Whether `jsonForTerminal` would change JSON of these UTF-8 bytes: when not (almost always),
  /// the bytes are the answer as they are, with no String made of them.
  /// One pass for both checks (the server runs this on every answer): only a control, DEL, or
  /// the lead byte C2, D8, E2 or EF can start what either looks for, and each is at most three
  /// bytes long, so both look only at the three bytes from such a byte.
  public static func jsonNeedsTerminalEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      switch bytes[index] {
      case 0x00...0x1F, 0x7F, 0xC2, 0xD8, 0xE2, 0xEF:
        let window = UnsafeBufferPointer(rebasing: bytes[index..<Swift.min(count, index + 3)])
        if mayHoldControls(window, newlinesToo: false, lineSeparatorsToo: true)
          || mayHoldHiddenFormatting(window)
        {
          return true
        }
      default: break
      }
      index += 1
    }
    return false
  }
}
