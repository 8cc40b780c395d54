import PolicyEngine
import ScreenKit

/// The self-service terminal's welcome screen and the boxes it shows over the wizard.
extension WizardRenderer {
  mutating func drawWelcome() {
    let size = state.size
    frame.screen.fill(frame.screen.bounds, style: theme.text)
    let width = min(size.width - 8, 64)
    var lines: [(String, Style)] = [(strings.welcomeTitle, theme.heading), ("", theme.text)]
    for line in strings.welcomeLines {
      lines += line.wrapped(toWidth: width).map { ($0, theme.text) }
      lines.append(("", theme.text))
    }
    lines.append((strings.welcomeStart, theme.selected))
    var y = max(1, (size.height - lines.count) / 2)
    for (text, style) in lines where y < size.height {
      let x = max(0, (size.width - text.displayWidth) / 2)
      frame.screen.put(text, x: x, y: y, style: style)
      y += 1
    }
    frame.hits.append(.init(rect: frame.screen.bounds, target: .closeOverlay))
    drawLanguageSwitch()
  }

  /// The other language's name in its own words (`English` on the Chinese screen, `中文` on the
  /// English one), a large touch target at the top right of the welcome screen.
  private mutating func drawLanguageSwitch() {
    let other: Language = state.language == .chinese ? .english : .chinese
    let label = WizardStrings.of(other).languageName
    let width = label.displayWidth + 6
    let button = Rect(x: state.size.width - width - 2, y: 1, width: width, height: 3)
    frame.screen.fill(button, style: theme.text)
    frame.screen.drawBox(button, style: theme.heading)
    frame.screen.put(label, x: button.x + 3, y: button.y + 1, style: theme.heading)
    frame.hits.append(.init(rect: button, target: .switchLanguage(other)))
  }

  /// The kiosk's large touch targets, as the Debian installer's Go Back: one wrong tap can
  /// always be undone, and a visitor can leave nothing behind.
  mutating func drawTouchBar(_ rect: Rect) {
    var buttons: [(String, Frame.HitTarget)] = [(strings.backButton, .back)]
    // On the result: the take-home code, printing and the hand-off, by touch as by their keys.
    if state.currentFact == nil {
      buttons.append((strings.takeHomeButton, .takeHome))
      if state.canPrint { buttons.append((strings.keyHelp["print"] ?? "", .print)) }
      if state.canHandOff { buttons.append((HallStrings.of(language).handOffButton, .handOff)) }
    }
    buttons += [(strings.finishButton, .finish), (strings.restartButton, .restart)]
    let equalWidth = min(24, (rect.width - 4) / buttons.count - 2)
    // Five or six buttons at 80 columns: each as wide as its label (with less padding when
    // even that is too wide), so that none is cut.
    let fitsEqually = buttons.allSatisfy { $0.0.displayWidth + 2 <= equalWidth }
    let roomy = buttons.reduce(0) { $0 + $1.0.displayWidth + 6 } <= rect.width - 2
    var x = rect.x + 1
    for (index, (label, target)) in buttons.enumerated() {
      let width = fitsEqually ? equalWidth : label.displayWidth + (roomy ? 4 : 2)
      // 重新开始 at the far right, away from ‹ 上一题 (and it asks before it wipes).
      if index == buttons.count - 1 { x = rect.maxX - 1 - width }
      let button = Rect(x: x, y: rect.y, width: width, height: rect.height)
      frame.screen.drawBox(button, style: theme.heading)
      let labelX = button.x + max(1, (width - label.displayWidth) / 2)
      frame.screen.put(label, x: labelX, y: button.y + 1, style: theme.heading, maxWidth: width - 2)
      frame.hits.append(.init(rect: button, target: target))
      x += width + 2
    }
  }

  /// A centred box of short lines (PIN prompt, countdown).
  mutating func drawMessageBox(_ lines: [String]) {
    let size = state.size
    let width = min(size.width - 4, max(30, (lines.map(\.displayWidth).max() ?? 0) + 6))
    let height = lines.count + 4
    let rect = Rect(
      x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.error)
    for (offset, line) in lines.enumerated() {
      frame.screen.put(
        line, x: rect.x + 3, y: rect.y + 2 + offset,
        style: offset == 0 ? theme.heading : theme.text, maxWidth: width - 6)
    }
  }
}
