/// One column of a `Screen`.
///
/// A wide character lives in the cell where it starts (width 2) and the cell to its right holds
/// a continuation (empty symbol, width 0) that a backend skips, as in ratatui's buffer.
public struct Cell: Sendable, Hashable {
  /// One grapheme cluster; empty for a continuation cell.
  public var symbol: String
  /// Columns the symbol occupies: 1, 2, or 0 for a continuation.
  public var width: Int
  public var style: Style

  public init(symbol: String, width: Int, style: Style = .plain) {
    self.symbol = symbol
    self.width = width
    self.style = style
  }

  /// A space in the default style: what an empty screen holds.
  public static let blank = Cell(symbol: " ", width: 1)

  /// A space that keeps a style, for filled areas and for wide characters cut in half.
  public static func blank(style: Style) -> Cell {
    Cell(symbol: " ", width: 1, style: style)
  }

  /// The hidden right half of a wide character.
  public static func continuation(style: Style) -> Cell {
    Cell(symbol: "", width: 0, style: style)
  }

  /// Whether this is the hidden right half of a wide character.
  public var isContinuation: Bool { width == 0 }
}
