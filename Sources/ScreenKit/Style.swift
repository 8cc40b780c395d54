/// How a cell is drawn. Which style means "selected" or "warning" is up to the caller.
public struct Style: Sendable, Hashable {
  /// The text colour; `nil` keeps the terminal's default.
  public var foreground: Color?
  /// The cell's background colour; `nil` keeps the terminal's default.
  public var background: Color?
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color? = nil,
    background: Color? = nil,
    bold: Bool = false,
    dim: Bool = false,
    reverse: Bool = false,
    underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default colours, no attributes.
  public static let plain = Style()
}
