/// A key the user pressed, as the wizard sees it.
public enum Key: Sendable, Hashable {
  /// Typed text, including Chinese and full-width characters.
  case character(Character)
  case enter
  case tab
  case backTab
  case escape
  case backspace
  case delete
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  /// F1 is `.function(1)`.
  case function(Int)
  /// Ctrl with a letter, as a lowercase letter: Ctrl-C is `.control("c")`.
  case control(Character)
}
