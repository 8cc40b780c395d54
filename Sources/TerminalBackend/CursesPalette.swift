import CNcursesw
import ScreenKit

/// Maps a `Style` to curses attributes and a colour pair, creating pairs as styles need them.
///
/// Without colours (no colour support, or `NO_COLOR` set) only bold, dim, reverse and underline
/// are drawn, so a caller's styles should stay legible from those alone.
final class CursesPalette {
  let usesColor: Bool
  private let hasDefaultColors: Bool
  private var pairs: [ColorPairKey: Int16] = [:]

  private struct ColorPairKey: Hashable {
    var foreground: Color?
    var background: Color?
  }

  /// Call once curses has started.
  init(colorWanted: Bool) {
    usesColor = colorWanted && has_colors() && start_color() != ERR
    hasDefaultColors = usesColor && use_default_colors() != ERR
  }

  func attributes(for style: Style) -> attr_t {
    var attributes = cn_attr_normal()
    if style.bold { attributes |= cn_attr_bold() }
    if style.dim { attributes |= cn_attr_dim() }
    if style.reverse { attributes |= cn_attr_reverse() }
    if style.underline { attributes |= cn_attr_underline() }
    return attributes
  }

  /// The pair for the style's colours; 0 (the terminal default) when colours are off, the
  /// colours are both default, or the terminal has no pairs left.
  func pair(for style: Style) -> Int16 {
    guard usesColor, style.foreground != nil || style.background != nil else { return 0 }
    let key = ColorPairKey(foreground: style.foreground, background: style.background)
    if let pair = pairs[key] { return pair }
    let next = pairs.count + 1
    guard next < Int(cn_color_pairs()), next <= Int(Int16.max) else { return 0 }
    let pair = Int16(next)
    let foreground = cursesColor(style.foreground, fallback: Int16(COLOR_WHITE))
    let background = cursesColor(style.background, fallback: Int16(COLOR_BLACK))
    guard init_pair(pair, foreground, background) != ERR else { return 0 }
    pairs[key] = pair
    return pair
  }

  /// A terminal that cannot keep its default colours (-1) gets white on black instead.
  private func cursesColor(_ color: Color?, fallback: Int16) -> Int16 {
    guard let color else { return hasDefaultColors ? -1 : fallback }
    let cursesColor =
      switch color {
      case .black: COLOR_BLACK
      case .red: COLOR_RED
      case .green: COLOR_GREEN
      case .yellow: COLOR_YELLOW
      case .blue: COLOR_BLUE
      case .magenta: COLOR_MAGENTA
      case .cyan: COLOR_CYAN
      case .white: COLOR_WHITE
      }
    return Int16(cursesColor)
  }
}
