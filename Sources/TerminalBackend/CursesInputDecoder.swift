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
    } else if buttonState & (cn_button1_pressed() | cn_button2_pressed() | cn_button3_pressed())
      != 0
    {
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
