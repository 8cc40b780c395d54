import ScreenKit
import Testing

@Suite struct TerminalSafeTests {
  @Test func plainTextIsUnchanged() {
    for text in ["呼伦贝尔某农牧业科技有限公司", "王经理 138-0000-0000", "“就高”·— …", ""] {
      #expect(text.terminalSafe == text)
    }
    #expect("第一行\n第二行".terminalSafe(keepingNewlines: true) == "第一行\n第二行")
  }

  /// The window title (OSC 0) and the clipboard (OSC 52), with either terminator: nothing of
  /// the sequence is left, its payload included.
  @Test(arguments: [
    "\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{1B}]0;pwned\u{1B}\\",
    "\u{9D}0;pwned\u{9C}", "\u{1B}P1$tpwned\u{1B}\\", "\u{1B}_pwned\u{1B}\\",
  ])
  func operatingSystemCommandsVanishWithTheirPayload(sequence: String) {
    let safe = ("甲" + sequence + "乙").terminalSafe
    #expect(safe == "甲乙", "\(safe.unicodeScalars.map(\.value))")
  }

  @Test(arguments: [
    "\u{1B}[2J", "\u{1B}[31;1m", "\u{1B}[?1049h", "\u{9B}2J", "\u{1B}c", "\u{1B}(B", "\u{1B}#8",
  ])
  func controlSequencesVanish(sequence: String) {
    #expect(("a" + sequence + "b").terminalSafe == "ab")
  }

  @Test func everyOtherControlCharacterIsRemoved() {
    let controls =
      (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D, 0x1B].contains($0) }
      + Array(0x7F...0x9F).filter { ![0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].contains($0) }
    for value in controls {
      let text = "x" + String(Character(Unicode.Scalar(UInt32(value))!)) + "y"
      #expect(text.terminalSafe == "xy", "U+\(String(value, radix: 16))")
    }
  }

  @Test func lineBreaksAndTabsBecomeSpacesOnOneLine() {
    #expect("a\nb\r\nc\rd\te".terminalSafe == "a b c d e")
    #expect("a\nb\r\nc\rd\te".terminalSafe(keepingNewlines: true) == "a\nb\nc\nd e")
    #expect("甲\n乙".terminalSafe == "甲 乙")
    #expect("a\u{2028}b".terminalSafe == "a\u{2028}b", "not a control character")
  }

  /// An unterminated string sequence takes the rest of the text with it, as the terminal would.
  @Test func anUnterminatedSequenceEndsTheText() {
    #expect("名称\u{1B}]0;pwned".terminalSafe == "名称")
    #expect("名称\u{1B}".terminalSafe == "名称")
  }

  @Test func theResultHasNoControlCharacterLeft() {
    let hostile = (0...0xA0).map { String(Character(Unicode.Scalar(UInt32($0))!)) }.joined()
    for keep in [false, true] {
      let safe = hostile.terminalSafe(keepingNewlines: keep)
      #expect(
        !safe.unicodeScalars.contains {
          ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value)
        }, "\(safe.unicodeScalars.map(\.value))")
    }
  }
}
