import PolicyEngine
import ScreenKit
import TerminalBackend
import WizardCore

/// Runs the wizard on the terminal: draw the state, wait for an event, update, repeat. All the
/// behaviour is in `WizardState`; this loop only moves events and frames.
struct WizardSession {
  let terminal: CursesTerminal
  var state: WizardState

  init(catalog: Catalog, profile: Profile?) throws {
    terminal = CursesTerminal()
    try terminal.start()
    state = WizardState(
      catalog: catalog, profile: profile, size: terminal.size,
      theme: terminal.usesColor ? .color : .monochrome)
  }

  mutating func run() {
    defer { terminal.stop() }
    while true {
      let frame = state.render()
      terminal.draw(frame.screen)
      if let cursor = frame.cursor {
        terminal.showCursor(atX: cursor.x, y: cursor.y)
      } else {
        terminal.hideCursor()
      }
      guard let input = terminal.nextEvent(timeoutMilliseconds: nil) else { continue }
      if input == .key(.control("z")) {
        terminal.suspend()
        continue
      }
      guard let event = WizardEvent(input) else { continue }
      if state.update(event).contains(.quit) { return }
    }
  }
}
