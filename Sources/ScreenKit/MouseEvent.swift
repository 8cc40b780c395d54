/// A mouse action at a cell of the screen (0-based column `x`, row `y`).
public struct MouseEvent: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case press
    case release
    case scrollUp
    case scrollDown
  }

  public var x: Int
  public var y: Int
  public var kind: Kind

  public init(x: Int, y: Int, kind: Kind) {
    self.x = x
    self.y = y
    self.kind = kind
  }
}
