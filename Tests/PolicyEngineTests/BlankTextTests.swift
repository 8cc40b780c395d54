import PolicyEngine
import Testing

/// `DataNodeParser.isBlank` (an empty profile, a blank batch line) stops at the first ASCII
/// scalar that is not white space; it must say what `allSatisfy(\.isWhitespace)` says for any
/// text: every scalar of the Basic Multilingual Plane alone, after white space, before `{` and
/// with a combining mark after it.
@Suite struct BlankTextTests {
  @Test func saysWhatCharacterIsWhitespaceSays() {
    var wrong: [String] = []
    var blank = 0
    for value in Array(0..<0xD800) + Array(0xE000...0xFFFF) as [UInt32] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let one = String(Character(scalar))
      for text in [one, " \t" + one, one + "{", "\r\n" + one + " ", one + "\u{301}", one + one] {
        let expected = text.allSatisfy(\.isWhitespace)
        if expected { blank += 1 }
        if DataNodeParser.isBlank(text) != expected
          || DataNodeParser.isBlank(text[...]) != expected
        {
          wrong.append(String(value, radix: 16))
        }
      }
    }
    #expect(wrong.isEmpty, "judged otherwise: \(wrong.prefix(20))")
    #expect(blank > 20, "white space of several kinds is blank")
    #expect(DataNodeParser.isBlank(""))
    #expect(!DataNodeParser.isBlank("  {\"city\": \"hohhot\"}"))
  }
}
