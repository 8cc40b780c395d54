import PolicyEngine
import ScreenKit

/// The on-screen keypad of a money or count field, for a touch screen: digits, 万 and 亿 (money
/// only), ⌫, 清除 and 确定, each a button three rows high.
///
/// A child model in the manner of bubbletea's composable views: its `view` draws it and names
/// its buttons as touch targets, its `update` turns a tapped button into the keyboard key it
/// stands for, which the parent hands to the one field editor — so a tapped amount is parsed,
/// bounded and explained exactly as a typed one.
public struct Keypad: Sendable, Equatable {
  public enum Button: Sendable, Hashable {
    case digit(Int)
    case wan, yi
    case backspace, clear, confirm
  }

  /// Whether the field takes money (and so 万 and 亿).
  public var money: Bool

  public init(money: Bool) { self.money = money }

  /// The buttons, row by row; nil leaves a place empty.
  public var rows: [[Button?]] {
    [
      [.digit(7), .digit(8), .digit(9)],
      [.digit(4), .digit(5), .digit(6)],
      [.digit(1), .digit(2), .digit(3)],
      money ? [.digit(0), .wan, .yi] : [nil, .digit(0), nil],
      [.backspace, .clear, .confirm],
    ]
  }

  /// Rows of a button: large enough for a finger at 80×24.
  static let buttonHeight = 3
  /// The keypad's height on screen.
  static var height: Int { 5 * buttonHeight }
  /// The narrowest a keypad is drawn: three buttons of seven columns and the gaps between them.
  static let minimumWidth = 23

  /// The keyboard key a button stands for: the field editor takes it as if typed.
  public static func update(_ button: Button) -> Key {
    switch button {
    case .digit(let digit): return .character(Character(String(digit)))
    case .wan: return .character("万")
    case .yi: return .character("亿")
    case .backspace: return .backspace
    case .clear: return .delete
    case .confirm: return .enter
    }
  }

  /// A button's label in the language's words.
  static func label(_ button: Button, _ strings: TouchStrings) -> String {
    switch button {
    case .digit(let digit): return String(digit)
    case .wan: return strings.keypadWan
    case .yi: return strings.keypadYi
    case .backspace: return strings.keypadBackspace
    case .clear: return strings.keypadClear
    case .confirm: return strings.keypadConfirm
    }
  }

  /// Draws the keypad at the top of `rect`, its buttons as touch targets.
  func view(into frame: inout Frame, in rect: Rect, theme: Theme, strings: TouchStrings) {
    let gap = 1
    frame.screen.fill(rect, style: theme.text)
    let width = min(12, (rect.width - 2 * gap) / 3)
    for (rowIndex, row) in rows.enumerated() {
      for (column, button) in row.enumerated() {
        guard let button else { continue }
        let box = Rect(
          x: rect.x + column * (width + gap), y: rect.y + rowIndex * Self.buttonHeight,
          width: width, height: Self.buttonHeight)
        guard box.maxY <= rect.maxY else { continue }
        let style = button == .confirm ? theme.selected : theme.heading
        frame.screen.fill(box, style: theme.text)
        frame.screen.drawBox(box, style: style)
        let label = Self.label(button, strings)
        frame.screen.put(
          label, x: box.x + max(1, (width - label.displayWidth) / 2), y: box.y + 1, style: style,
          maxWidth: width - 2)
        frame.hits.append(.init(rect: box, target: .keypad(button)))
      }
    }
  }
}

extension WizardState {
  /// The keypad of the focused money or count field, when the screen shows one: always in a
  /// kiosk, at a help desk when configured (`helpDesk.touchKeypad`); never under a box.
  public var keypad: Keypad? {
    guard mode.isKiosk || touchKeypad, modal == nil, focus == .question, isOnTextField,
      !isTooSmall, layout.panel.height >= Keypad.height + 4,
      layout.panel.width >= Keypad.minimumWidth
    else { return nil }
    return Keypad(money: currentFieldType == .money)
  }
}
