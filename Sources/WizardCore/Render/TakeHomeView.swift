import ScreenKit
import TakeHome

/// The kiosk's "扫码带走结果": the take-home codes (`TakeHomePaging`), the current one drawn in
/// half blocks below the title bar, with what it is for beside it. Nothing of it outlives the
/// state: the reset that wipes the answers wipes the code.
extension WizardRenderer {
  /// The code is an image, not text: white ink on black whatever the theme, so that a phone
  /// always sees dark modules on a light quiet zone.
  static let takeHomeInk = Style(foreground: .white, background: .black)

  mutating func drawTakeHome() {
    let size = state.size
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 1)
    frame.screen.fill(body, style: theme.text)
    let pages = state.takeHomePages().pages
    let number = min(state.kiosk.takeHomePage, pages.count - 1)
    let takeHome = pages[number]
    let lines = takeHome.code.halfBlockLines()
    for (offset, line) in lines.enumerated() where offset < body.height {
      frame.screen.put(line, x: 1, y: body.y + offset, style: Self.takeHomeInk)
    }
    let x = 1 + (lines.first?.count ?? 0) + 2
    let width = size.width - x - 1
    var y = body.y + 1
    func put(_ text: String, _ style: Style) {
      for line in text.wrapped(toWidth: width) where y < body.maxY - 1 {
        frame.screen.put(line, x: x, y: y, style: style)
        y += 1
      }
    }
    put(strings.takeHomeTitle, theme.heading)
    y += 1
    for line in strings.takeHomeLines { put(line, theme.text) }
    if pages.count > 1 { put(strings.takeHomePage(number + 1, pages.count), theme.heading) }
    y += 1
    for line in takeHome.text.split(separator: "\n") { put(String(line), theme.dim) }
    frame.screen.put(
      strings.takeHomeClose, x: x, y: body.maxY - 1, style: theme.selected, maxWidth: width)
    frame.hits.append(.init(rect: frame.screen.bounds, target: .closeOverlay))
  }
}
