/// Frames drawn with light box-drawing characters. These are East Asian Ambiguous, which this
/// module counts as one column (see `DisplayWidth`), as UTF-8 terminals draw them.
extension Screen {
  /// Draws the outline of `rect` with ┌─┐│└┘, and `title` (if any) in the top edge after "┌─ ".
  /// Nothing is drawn for a rectangle smaller than 2 × 2.
  public mutating func drawBox(_ rect: Rect, style: Style = .plain, title: String? = nil) {
    guard rect.width >= 2 && rect.height >= 2 else { return }
    let inner = String(repeating: "─", count: rect.width - 2)
    put("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
    put("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      put("│", x: rect.x, y: row, style: style)
      put("│", x: rect.maxX - 1, y: row, style: style)
    }
    if let title, rect.width > 6 {
      put(" " + title + " ", x: rect.x + 2, y: rect.y, style: style, maxWidth: rect.width - 4)
    }
  }

  /// Draws a horizontal rule ├───┤ across `rect` on row `y`, joining the sides of its box.
  public mutating func drawDivider(y: Int, in rect: Rect, style: Style = .plain) {
    guard rect.width >= 2 else { return }
    let inner = String(repeating: "─", count: rect.width - 2)
    put("├" + inner + "┤", x: rect.x, y: y, style: style)
  }
}
