/// A width × height grid of cells that widgets draw into and a backend puts on a terminal.
///
/// Invariant: every wide character is a lead cell (width 2) followed by its continuation
/// (width 0), so the grid never holds half of a wide character. Every write keeps it.
public struct Screen: Sendable, Hashable {
  public let width: Int
  public let height: Int
  private var cells: [Cell]

  /// A screen of blank cells.
  public init(width: Int, height: Int) {
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public init(size: Size) {
    self.init(width: size.width, height: size.height)
  }

  /// A screen holding `lines` in the default style, as wide as the widest line unless `width`
  /// is given; handy for expected values in tests.
  public init(lines: [String], width: Int? = nil) {
    self.init(width: width ?? lines.map(\.displayWidth).max() ?? 0, height: lines.count)
    for (row, line) in lines.enumerated() {
      put(line, x: 0, y: row)
    }
  }

  public var size: Size { Size(width: width, height: height) }
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at column `x`, row `y`; both must be inside the screen.
  public subscript(x: Int, y: Int) -> Cell {
    precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) is outside the screen")
    return cells[y * width + x]
  }

  /// The cells of row `y`, left to right.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    cells[y * width..<(y + 1) * width]
  }

  /// Writes `text` on row `y` from column `x` and returns the columns it advanced.
  ///
  /// Stops at the right edge, or after `maxWidth` columns. A wide character that would straddle
  /// that limit is replaced by a space. Columns left of the screen are skipped the same way.
  /// Characters of no width on their own (controls, a stray combining mark) are dropped;
  /// the text is one line, so newlines and tabs are dropped too.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0 && y < height else { return 0 }
    let limit = Swift.min(width, x + Swift.max(0, maxWidth ?? width))
    var column = x
    for character in text {
      let characterWidth = character.displayWidth
      guard characterWidth > 0 else { continue }
      if column + characterWidth > limit {
        if column < limit && column >= 0 {
          write(.blank(style: style), x: column, y: y)
          column += 1
        }
        break
      }
      if column >= 0 {
        write(Cell(symbol: String(character), width: characterWidth, style: style), x: column, y: y)
      } else if column + characterWidth > 0 {
        write(.blank(style: style), x: 0, y: y)
      }
      column += characterWidth
    }
    return column - x
  }

  /// Blanks every cell of `rect` (clipped to the screen) with `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let area = rect.intersection(bounds)
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        write(.blank(style: style), x: column, y: row)
      }
    }
  }

  /// Gives every cell of `rect` (clipped to the screen) `style`, keeping the text, e.g. to
  /// highlight a line that is already drawn. A wide character keeps one style for both halves.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for row in area.y..<area.maxY {
      var columns = area.x..<area.maxX
      if cells[row * width + area.x].isContinuation { columns = (area.x - 1)..<area.maxX }
      if area.maxX < width, cells[row * width + area.maxX].isContinuation {
        columns = columns.lowerBound..<(area.maxX + 1)
      }
      for column in columns {
        cells[row * width + column].style = style
      }
    }
  }

  /// Every cell back to a default blank.
  public mutating func clear() {
    cells = Array(repeating: .blank, count: width * height)
  }

  /// The plain text of each row: continuation cells skipped, trailing spaces trimmed.
  public func lines() -> [String] {
    (0..<height).map { row in
      var text = ""
      for cell in self.row(row) where !cell.isContinuation {
        text += cell.symbol
      }
      while text.last == " " { text.removeLast() }
      return text
    }
  }

  /// Puts one cell (width 1 or 2, fitting in the row), first blanking what remains of any wide
  /// character it partly covers so that no half of a wide character survives.
  mutating func write(_ cell: Cell, x: Int, y: Int) {
    precondition(cell.width == 1 || cell.width == 2, "only a whole character can be written")
    precondition(x >= 0 && x + cell.width <= width && y >= 0 && y < height)
    let index = y * width + x
    if cells[index].isContinuation && x > 0 {
      cells[index - 1] = .blank(style: cells[index - 1].style)
    }
    let lastIndex = index + cell.width - 1
    if cells[lastIndex].width == 2 && x + cell.width < width {
      cells[lastIndex + 1] = .blank(style: cells[lastIndex + 1].style)
    }
    cells[index] = cell
    if cell.width == 2 {
      cells[index + 1] = .continuation(style: cell.style)
    }
  }
}
