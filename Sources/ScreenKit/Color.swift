/// The eight basic terminal colours; `nil` where a `Color?` is expected means the terminal's
/// default colour.
public enum Color: Int, Sendable, Hashable, CaseIterable {
  case black
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white
}
