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
  public var money: Style
  public var draft: Style
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
    money: Style(foreground: .green, bold: true),
    draft: Style(foreground: .yellow),
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
    draft: Style(underline: true),
    stacked: Style(dim: true),
    footer: Style(reverse: true),
    divider: .plain)
}
