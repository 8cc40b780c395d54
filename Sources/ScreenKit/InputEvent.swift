/// What a terminal backend reports and the wizard reacts to.
public enum InputEvent: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// A timer fired with no input, e.g. to redraw a clock or end an idle session.
  case tick
}
