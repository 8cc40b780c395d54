import PolicyEngine
import ScreenKit

/// The wizard's styles. Each one still reads without colour (bold, reverse, underline), so the
/// monochrome look and `NO_COLOR` lose nothing but colour.
public struct Theme: Sendable {
  public var title: Style
  public var heading: Style
  public var text: Style
  public var dim: Style
  public var selected: Style
  public var selectedInactive: Style
  public var input: Style
  public var error: Style
  /// The whole sum (合计): the total line's value.
  public var money: Style
  /// Each certainty category's sums, told apart by colour and, without colour, by attributes
  /// of their own (`certainty(_:)`), so that a 可能 sum never looks like a 确定 one.
  public var certainties: [Certainty: Style]
  public var stacked: Style
  public var footer: Style
  public var divider: Style

  public static let color = Theme(
    title: Style(foreground: .white, background: .blue, bold: true),
    heading: Style(foreground: .cyan, bold: true),
    text: .plain,
    dim: Style(dim: true),
    selected: Style(foreground: .black, background: .cyan, reverse: false),
    selectedInactive: Style(underline: true),
    input: Style(underline: true),
    error: Style(foreground: .red, bold: true),
    // Not green: green is 确定's, and a total of drafts must not look certain.
    money: Style(bold: true),
    certainties: [
      .certain: Style(foreground: .green, bold: true),
      .draft: Style(foreground: .yellow, underline: true),
      .upTo: Style(foreground: .cyan),
      .atLeast: Style(foreground: .blue, bold: true, underline: true),
      .reserved: Style(foreground: .magenta, dim: true, underline: true),
      .chooseHigher: Style(foreground: .white, bold: true),
      .possible: Style(dim: true),
    ],
    stacked: Style(dim: true),
    footer: Style(reverse: true),
    divider: Style(dim: true))

  public static let monochrome = Theme(
    title: Style(bold: true, reverse: true),
    heading: Style(bold: true),
    text: .plain,
    dim: Style(dim: true),
    selected: Style(reverse: true),
    selectedInactive: Style(underline: true),
    input: Style(underline: true),
    error: Style(bold: true),
    money: Style(bold: true),
    // Seven categories, the seven combinations of bold, dim and underline (reverse is the
    // selection's): each its own.
    certainties: [
      .certain: Style(bold: true),
      .draft: Style(underline: true),
      .upTo: Style(bold: true, dim: true, underline: true),
      .atLeast: Style(bold: true, underline: true),
      .reserved: Style(dim: true, underline: true),
      .chooseHigher: Style(bold: true, dim: true),
      .possible: Style(dim: true),
    ],
    stacked: Style(dim: true),
    footer: Style(reverse: true),
    divider: .plain)

  /// How the sums of a certainty category are drawn.
  public func certainty(_ certainty: Certainty) -> Style { certainties[certainty] ?? money }
}
