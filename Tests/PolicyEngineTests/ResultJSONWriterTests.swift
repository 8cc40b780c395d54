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

  /// Nested arrays and objects, deeper than the 32 levels of indentation a line copies at
  /// once: JSONEncoder's indentation at every depth, pretty and compact.
  @Test func indentationAtEveryDepth() throws {
    for depth in [1, 2, 31, 32, 33, 40] {
      var nested: Any = ["leaf": 1]
      for level in 0..<depth { nested = level % 2 == 0 ? [nested] : ["k": nested] }
      for compact in [false, true] {
        var text = JSONText(compact: compact)
        text.beginObject()
        write(nested, key: "root", into: &text)
        text.endObject()
        let options: JSONSerialization.WritingOptions =
          compact ? [.sortedKeys] : [.prettyPrinted, .sortedKeys]
        let expected = String(
          decoding: try JSONSerialization.data(withJSONObject: ["root": nested], options: options),
          as: UTF8.self)
        #expect(text.text == expected, "depth \(depth), compact \(compact)")
      }
    }
  }

  private func write(_ value: Any, key: String?, into text: inout JSONText) {
    if let key { text.key(key) }
    if let array = value as? [Any] {
      text.arrayValue()
      for element in array { write(element, key: nil, into: &text) }
      text.endArray()
    } else if let object = value as? [String: Any] {
      text.objectValue()
      for (name, element) in object.sorted(by: { $0.key < $1.key }) {
        write(element, key: name, into: &text)
      }
      text.endObject()
    } else if let number = value as? Int {
      text.int(number)
    }
  }
}
