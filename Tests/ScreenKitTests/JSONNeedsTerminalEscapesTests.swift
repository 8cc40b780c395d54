import ScreenKit
import Testing

/// `jsonNeedsTerminalEscapes` checks controls and hidden formatting in one pass (the server
/// runs it on every answer); it must say what the two checks it stands for say, for every
/// scalar of the Basic Multilingual Plane (and a few others) at every place in a text.
@Suite struct JSONNeedsTerminalEscapesTests {
  static func bothChecks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    String.mayHoldControls(bytes, newlinesToo: false, lineSeparatorsToo: true)
      || String.mayHoldHiddenFormatting(bytes)
  }

  @Test func onePassSaysWhatBothChecksSay() {
    var wrong: [UInt32] = []
    var yes = 0
    let values: [UInt32] =
      Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1_0000, 0x1_F600, 0x10_FFFF]
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(Character(scalar))
      // Alone, at the start, between letters and at the end of a longer text.
      for text in [character, character + "中", "a" + character + "中", "研发" + character] {
        let bytes = Array(text.utf8)
        let expected = bytes.withUnsafeBufferPointer(Self.bothChecks)
        if expected { yes += 1 }
        if bytes.withUnsafeBufferPointer(String.jsonNeedsTerminalEscapes) != expected {
          wrong.append(value)
        }
      }
    }
    #expect(wrong.isEmpty, "judged otherwise: \(wrong.prefix(20).map { String($0, radix: 16) })")
    #expect(yes > 0, "some scalars need escaping")
  }

  /// The same inside long texts: the scalar after 0 to 17 other bytes, amid Chinese text,
  /// full-width punctuation and line breaks, and among the last bytes of the text.
  @Test func inLongTextsAtEveryPlaceOfABlock() {
    var wrong: [String] = []
    var yes = 0
    let values: [UInt32] =
      Array(0..<0x80) + Array(0x80..<0x100) + Array(0x600..<0x700) + Array(0x2000..<0x2100)
      + Array(0xFE00...0xFFFF) + [0x4E2D, 0x1_F600]
    let filler = "\"研发\" : \"是，否（）“”—…\",\n  "
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(Character(scalar))
      for lead in 0..<18 {
        let prefix = String(repeating: "a", count: lead)
        for text in [prefix + character + filler + filler, filler + prefix + character + "x"] {
          let bytes = Array(text.utf8)
          let expected = bytes.withUnsafeBufferPointer(Self.bothChecks)
          if expected { yes += 1 }
          if bytes.withUnsafeBufferPointer(String.jsonNeedsTerminalEscapes) != expected {
            wrong.append("\(String(value, radix: 16)) after \(lead)")
          }
        }
      }
    }
    #expect(wrong.isEmpty, "judged otherwise: \(wrong.prefix(20))")
    #expect(yes > 100, "some scalars need escaping")
  }
}
