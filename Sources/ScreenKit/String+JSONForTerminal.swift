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
  /// One pass for both checks (the server runs this on every answer): only a control other than
  /// LF, DEL, or the lead byte C2, D8, E2 or EF can start what either looks for, and each is at
  /// most three bytes long, so both look only at the three bytes from such a byte. Eight bytes
  /// are looked up in `escapeCandidates` and their flags or-ed before one branch: a result is
  /// tens of kilobytes with a candidate in few of its words, and a branch a byte cost the
  /// server a tenth of its time per request (docs/performance.md, "speed3").
  public static func jsonNeedsTerminalEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    return withUnsafeBytes(of: escapeCandidates) { table in
      var start = 0
      while start < count {
        let end = Swift.min(count, start + 8)
        var any: UInt8 = 0
        if end - start == 8 {
          any =
            table[Int(base[start])] | table[Int(base[start + 1])]
            | table[Int(base[start + 2])] | table[Int(base[start + 3])]
            | table[Int(base[start + 4])] | table[Int(base[start + 5])]
            | table[Int(base[start + 6])] | table[Int(base[start + 7])]
        } else {
          for index in start..<end { any |= table[Int(base[index])] }
        }
        if any != 0 {
          for index in start..<end where table[Int(base[index])] != 0 {
            let window = UnsafeBufferPointer(
              start: base + index, count: Swift.min(count - index, 3))
            if mayHoldControls(window, newlinesToo: false, lineSeparatorsToo: true)
              || mayHoldHiddenFormatting(window)
            {
              return true
            }
          }
        }
        start = end
      }
      return false
    }
  }

  /// 1 for a byte that can start what `mayHoldControls` (without newlines, with line
  /// separators) or `mayHoldHiddenFormatting` looks for: C0 controls but LF, DEL, C2, D8, E2,
  /// EF. An inline array, read through its bytes: no bounds or uniqueness checks in the loop.
  private static let escapeCandidates: [256 of UInt8] = {
    var table = [256 of UInt8](repeating: 0)
    for byte in 0..<0x20 where byte != 0x0A { table[byte] = 1 }
    for byte in [0x7F, 0xC2, 0xD8, 0xE2, 0xEF] { table[byte] = 1 }
    return table
  }()
}
