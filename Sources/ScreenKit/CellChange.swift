/// A run of adjacent cells in one row that differ from the previously drawn screen.
///
/// `cells` starts at column `x` of row `y`. A run never starts on a continuation cell and never
/// ends on the left half of a wide character, so a backend can draw it as whole characters,
/// skipping the continuations.
public struct CellChange: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}
