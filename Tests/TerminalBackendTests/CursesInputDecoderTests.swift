import CNcursesw
import ScreenKit
import Testing

@testable import TerminalBackend

@Suite struct CursesInputDecoderTests {
  @Test func controlCharactersBecomeNamedKeysOrControlLetters() {
    #expect(CursesInputDecoder.event(forCharacter: 13) == .key(.enter))
    #expect(CursesInputDecoder.event(forCharacter: 10) == .key(.enter))
    #expect(CursesInputDecoder.event(forCharacter: 9) == .key(.tab))
    #expect(CursesInputDecoder.event(forCharacter: 27) == .key(.escape))
    #expect(CursesInputDecoder.event(forCharacter: 127) == .key(.backspace))
    #expect(CursesInputDecoder.event(forCharacter: 8) == .key(.backspace))
    #expect(CursesInputDecoder.event(forCharacter: 3) == .key(.control("c")))
    #expect(CursesInputDecoder.event(forCharacter: 1) == .key(.control("a")))
    #expect(CursesInputDecoder.event(forCharacter: 26) == .key(.control("z")))
  }

  @Test func printableCharactersIncludingChineseArriveWhole() {
    #expect(CursesInputDecoder.event(forCharacter: 0x61) == .key(.character("a")))
    #expect(CursesInputDecoder.event(forCharacter: 0x4E2D) == .key(.character("中")))
    #expect(CursesInputDecoder.event(forCharacter: 0xFF11) == .key(.character("１")))
    #expect(CursesInputDecoder.event(forCharacter: 0) == nil)
  }

  @Test func functionKeysMapToKeys() {
    #expect(CursesInputDecoder.event(forKeyCode: KEY_UP) == .key(.up))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_NPAGE) == .key(.pageDown))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_BTAB) == .key(.backTab))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_DC) == .key(.delete))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_ENTER) == .key(.enter))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_BACKSPACE) == .key(.backspace))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_F0 + 5) == .key(.function(5)))
    #expect(CursesInputDecoder.event(forKeyCode: KEY_IC) == nil)
  }

  @Test func mouseButtonsAndWheel() {
    #expect(
      CursesInputDecoder.event(x: 3, y: 4, buttonState: cn_button1_pressed())
        == .mouse(MouseEvent(x: 3, y: 4, kind: .press)))
    #expect(
      CursesInputDecoder.event(x: 3, y: 4, buttonState: cn_button1_released())
        == .mouse(MouseEvent(x: 3, y: 4, kind: .release)))
    #expect(
      CursesInputDecoder.event(x: 0, y: 0, buttonState: cn_button4_pressed())
        == .mouse(MouseEvent(x: 0, y: 0, kind: .scrollUp)))
    #expect(
      CursesInputDecoder.event(x: 0, y: 0, buttonState: cn_button5_pressed())
        == .mouse(MouseEvent(x: 0, y: 0, kind: .scrollDown)))
    #expect(CursesInputDecoder.event(x: 0, y: 0, buttonState: 0) == nil)
  }
}

/// Escape sequences the terminfo entry does not know: Home and End as PuTTY, tmux, xterm and
/// rxvt send them, and anything else swallowed whole.
@Suite struct EscapeSequenceTests {
  static func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test(arguments: ["[1~", "[7~", "[H", "OH"])
  func homeInEverySpelling(_ sequence: String) {
    #expect(CursesInputDecoder.escapeSequenceIsComplete(Self.codes(sequence)))
    #expect(CursesInputDecoder.event(forEscapeSequence: Self.codes(sequence)) == .key(.home))
  }

  @Test(arguments: ["[4~", "[8~", "[F", "OF"])
  func endInEverySpelling(_ sequence: String) {
    #expect(CursesInputDecoder.escapeSequenceIsComplete(Self.codes(sequence)))
    #expect(CursesInputDecoder.event(forEscapeSequence: Self.codes(sequence)) == .key(.end))
  }

  /// An unknown sequence is one thing, swallowed: never Escape (back) plus "2" (an option).
  @Test func unknownSequencesAreSwallowedWhole() {
    let sequence = Self.codes("[24;2~")
    for length in 1..<sequence.count {
      #expect(!CursesInputDecoder.escapeSequenceIsComplete(Array(sequence.prefix(length))))
    }
    #expect(CursesInputDecoder.escapeSequenceIsComplete(sequence))
    #expect(CursesInputDecoder.event(forEscapeSequence: sequence) == nil)
    #expect(CursesInputDecoder.event(forEscapeSequence: Self.codes("x")) == nil, "Alt-x")
  }
}

/// A fast tap: its press and release arrive in one read and ncurses reports one click.
@Suite struct CoalescedClickTests {
  @Test func aClickIsAPress() {
    #expect(
      CursesInputDecoder.event(x: 3, y: 4, buttonState: cn_buttons_clicked())
        == .mouse(MouseEvent(x: 3, y: 4, kind: .press)))
    #expect(
      CursesInputDecoder.event(
        x: 3, y: 4, buttonState: cn_button1_pressed() | cn_button1_released())
        == .mouse(MouseEvent(x: 3, y: 4, kind: .press)))
  }
}
