import CNcursesw
import ScreenKit

/// Turns what `wget_wch` and `getmouse` report into `InputEvent`s; no curses state involved.
enum CursesInputDecoder {
  private static let escape: UInt32 = 27
  private static let delete: UInt32 = 127

  /// A plain character (`wget_wch` returned OK). In raw mode control keys arrive here too:
  /// Ctrl-C is 3, so it becomes `.control("c")`.
  static func event(forCharacter code: UInt32) -> InputEvent? {
    switch code {
    case 13, 10: return .key(.enter)
    case 9: return .key(.tab)
    case escape: return .key(.escape)
    case 8, delete: return .key(.backspace)
    case 1...26:
      let letter = Character(Unicode.Scalar(UInt8(code) + UInt8(ascii: "a") - 1))
      return .key(.control(letter))
    default:
      guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  /// What follows an Escape that arrived with more input right behind it: the characters of
  /// a sequence the terminfo entry does not know (PuTTY's and tmux's `ESC[1~` for Home).
  /// Home and End in their common spellings become keys; anything else is swallowed whole
  /// (nil), never an Escape plus characters that would pick an option.
  static func event(forEscapeSequence codes: [UInt32]) -> InputEvent? {
    let text = String(String.UnicodeScalarView(codes.compactMap(Unicode.Scalar.init)))
    let key: Key? =
      switch text {
      case "[1~", "[7~", "[H", "OH": .home
      case "[4~", "[8~", "[F", "OF": .end
      case "[5~": .pageUp
      case "[6~": .pageDown
      case "[3~": .delete
      case "[A", "OA": .up
      case "[B", "OB": .down
      case "[C", "OC": .right
      case "[D", "OD": .left
      case "[Z": .backTab
      default: nil
      }
    return key.map(InputEvent.key)
  }

  /// How many characters after an Escape belong to its sequence, given those read so far:
  /// nil while it goes on. CSI (`ESC [`) ends with a byte in @…~, SS3 (`ESC O`) after one
  /// more character, anything else (Alt plus a key) after that one character.
  static func escapeSequenceIsComplete(_ codes: [UInt32]) -> Bool {
    guard let first = codes.first else { return false }
    switch first {
    case UInt32(UInt8(ascii: "[")):
      guard codes.count > 1, let last = codes.last else { return false }
      return (0x40...0x7E).contains(last)
    case UInt32(UInt8(ascii: "O")):
      return codes.count >= 2
    default:
      return true
    }
  }

  /// A function key (`wget_wch` returned KEY_CODE_YES), other than KEY_MOUSE and KEY_RESIZE,
  /// which need curses to answer.
  static func event(forKeyCode code: Int32) -> InputEvent? {
    let key: Key? =
      switch code {
      case KEY_UP: .up
      case KEY_DOWN: .down
      case KEY_LEFT: .left
      case KEY_RIGHT: .right
      case KEY_HOME: .home
      case KEY_END: .end
      case KEY_PPAGE: .pageUp
      case KEY_NPAGE: .pageDown
      case KEY_DC: .delete
      case KEY_BACKSPACE: .backspace
      case KEY_ENTER: .enter
      case KEY_BTAB: .backTab
      case cn_key_function(1)...cn_key_function(63): .function(Int(code - KEY_F0))
      default: nil
      }
    return key.map(InputEvent.key)
  }

  /// A mouse report. Presses of buttons 1–3 count as presses; the wheel arrives as buttons
  /// 4 (up) and 5 (down). Anything else (e.g. motion) is dropped.
  static func event(x: Int32, y: Int32, buttonState: mmask_t) -> InputEvent? {
    let kind: MouseEvent.Kind
    if buttonState & cn_button4_pressed() != 0 {
      kind = .scrollUp
    } else if buttonState & cn_button5_pressed() != 0 {
      kind = .scrollDown
    } else if buttonState
      & (cn_button1_pressed() | cn_button2_pressed() | cn_button3_pressed() | cn_buttons_clicked())
      != 0
    {
      // A press, or a press and its release coalesced into one click: a fast tap counts.
      kind = .press
    } else if buttonState
      & (cn_button1_released() | cn_button2_released() | cn_button3_released()) != 0
    {
      kind = .release
    } else {
      return nil
    }
    return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: kind))
  }
}
