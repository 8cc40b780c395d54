import DefaultCatalog
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// The JSON text writer under the result's (`JSONText`, used by `ResultJSONWriter`, which
/// `ResultJSONFastWriterTests` holds to JSONEncoder's bytes for every sample, worked case and
/// seeded random profiles): strings holding every character JSON escapes.
@Suite struct ResultJSONWriterTests {
  /// Quotes, backslashes, every C0 control, DEL, C1 and non-BMP characters, at the start, the
  /// end and between runs of plain text: the escapes JSONEncoder writes, and nothing else.
  @Test func stringsWithEveryEscape() throws {
    var samples = ["", "plain", "中文“引号”…", "😀 emoji", "a\"b\\c/d", "\u{7F}\u{85}\u{2028}"]
    for byte in 0..<0x20 { samples.append("x\(Character(Unicode.Scalar(UInt8(byte))))y") }
    samples.append((0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }.joined())
    samples.append(String(repeating: "研发投入\"\n", count: 200))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    for sample in samples {
      var text = JSONText()
      text.beginObject()
      text.key("a\"key\n")
      text.string(sample)
      text.endObject()
      let expected = String(decoding: try encoder.encode(["a\"key\n": sample]), as: UTF8.self)
      #expect(text.text == expected, "\(sample.debugDescription)")
    }
  }
}
