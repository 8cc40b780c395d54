/// A rectangle of cells: columns `x..<x + width`, rows `y..<y + height`.
public struct Rect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// The column just right of the rectangle.
  public var maxX: Int { x + width }
  /// The row just below the rectangle.
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  public func contains(x column: Int, y row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// The cells both rectangles cover; empty (zero size) when they do not overlap.
  public func intersection(_ other: Rect) -> Rect {
    let left = Swift.max(x, other.x)
    let top = Swift.max(y, other.y)
    let right = Swift.min(maxX, other.maxX)
    let bottom = Swift.min(maxY, other.maxY)
    return Rect(
      x: left, y: top, width: Swift.max(0, right - left), height: Swift.max(0, bottom - top))
  }

  /// The rectangle shrunk by `horizontal` columns on each side and `vertical` rows top and bottom.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    Rect(
      x: x + horizontal,
      y: y + vertical,
      width: Swift.max(0, width - 2 * horizontal),
      height: Swift.max(0, height - 2 * vertical)
    )
  }
}
