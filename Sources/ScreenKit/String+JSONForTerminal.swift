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
  /// One pass for both checks (the server runs this on every answer, 17–40 KB): a table says
  /// which bytes can start what either looks for — a control, DEL, or the lead byte C2, D8, E2
  /// or EF — and the loop passes every other byte with one load. Chinese JSON is full of E2
  /// (“ — ≥ →) and EF (full-width ，：（）), so those look at the next two bytes inline rather
  /// than through the two checks' own loops.
  public static func jsonNeedsTerminalEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    return withUnsafeBytes(of: terminalEscapeLeads) { table -> Bool in
      var index = 0
      while index < count {
        let byte = base[index]
        let kind = table[Int(byte)]
        if kind == 0 {
          index += 1
          continue
        }
        // Only called for the few bytes the table marks; the two bytes after `index` or 0.
        let second = index + 1 < count ? base[index + 1] : 0
        let third = index + 2 < count ? base[index + 2] : 0
        switch byte {
        case 0xC2:
          // C1 controls U+0080–U+009F.
          if (0x80...0x9F).contains(second) { return true }
        case 0xD8:
          // U+061C, the Arabic letter mark.
          if second == 0x9C { return true }
        case 0xE2:
          // U+200B–U+200F, U+2028/U+2029, U+202A–U+202E, U+2060, U+2066–U+2069.
          if second == 0x80, (0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third) {
            return true
          }
          if second == 0x81, third == 0xA0 || (0xA6...0xA9).contains(third) { return true }
        case 0xEF:
          // U+FEFF.
          if second == 0xBB, third == 0xBF { return true }
        default:
          // A C0 control other than LF, or DEL.
          return true
        }
        index += 1
      }
      return false
    }
  }

  /// 1 for each byte `jsonNeedsTerminalEscapes` must look at: C0 controls except LF, DEL, and
  /// the lead bytes C2, D8, E2, EF.
  private static let terminalEscapeLeads: [256 of UInt8] = {
    var table = [256 of UInt8](repeating: 0)
    for byte in 0..<0x20 where byte != 0x0A { table[byte] = 1 }
    for byte in [0x7F, 0xC2, 0xD8, 0xE2, 0xEF] { table[byte] = 1 }
    return table
  }()
}
