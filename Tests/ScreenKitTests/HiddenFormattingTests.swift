import ScreenKit
import Testing

/// The byte-level check that lets `jsonForTerminal` and `visiblySafe` skip their scalar pass: it
/// must say yes for every hidden formatting character and no for every other scalar.
@Suite struct HiddenFormattingTests {
  @Test func everyScalarIsJudgedAsTheScalarPassWould() {
    var wrong: [UInt32] = []
    let values: [UInt32] =
      Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1_0000, 0x1_F600, 0x10_FFFF]
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      // Between letters, and at the very end (a sequence cut by the end of the text).
      for text in ["a" + String(Character(scalar)) + "中", "中" + String(Character(scalar))]
      where text.mayHoldHiddenFormatting != scalar.isHiddenFormatting {
        wrong.append(value)
      }
    }
    #expect(wrong.isEmpty, "judged wrongly: \(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  /// What `jsonForTerminal` escapes, and that a document without any is returned as it is.
  @Test func jsonForTerminalEscapesC1SeparatorsAndHiddenFormattingOnly() {
    let plain = "{\n  \"title\" : \"研发投入“后补助”…\"\n}"
    #expect(plain.jsonForTerminal == plain)
    let escaped = "\"a\u{85}b\u{2028}c\u{202E}d\u{FEFF}\"".jsonForTerminal
    #expect(escaped == #""a\u0085b\u2028c\u202ed\ufeff""#)
  }
}
