import Foundation
import PolicyEngine
import ScreenKit
import TerminalBackend
import WizardCore

/// Runs the wizard on the terminal: draw the state, wait for an event, update, repeat. All the
/// behaviour is in `WizardState`; this loop only moves events, time and frames.
struct WizardSession {
  let terminal: CursesTerminal
  var state: WizardState
  let printCommand: String?
  let helpDesk: HelpDeskServices?

  init(
    catalog: Catalog, profile: Profile?, mode: WizardMode, printCommand: String?,
    helpDesk: HelpDeskServices?
  ) throws {
    self.helpDesk = mode == .helpDesk ? helpDesk : nil
    terminal = CursesTerminal()
    // A self-service terminal must survive Ctrl-C; the others quit on it.
    try terminal.start(ignoreInterrupt: mode.isKiosk)
    self.printCommand = printCommand
    state = WizardState(
      catalog: catalog, profile: profile, size: terminal.size,
      theme: terminal.usesColor ? .color : .monochrome, mode: mode)
  }

  mutating func run() {
    defer { terminal.stop() }
    // Kiosk and demo need time to pass without input: wake up four times a second.
    let timeout: Int?
    switch state.mode {
    case .helpDesk: timeout = nil
    case .kiosk: timeout = 250
    case .demo(let settings): timeout = max(10, min(250, settings.keyMilliseconds))
    }
    var last = ContinuousClock.now
    var silentWakeUps = 0
    while true {
      let frame = state.render()
      terminal.draw(frame.screen)
      if let cursor = frame.cursor {
        terminal.showCursor(atX: cursor.x, y: cursor.y)
      } else {
        terminal.hideCursor()
      }
      let input = terminal.nextEvent(timeoutMilliseconds: timeout)
      let now = ContinuousClock.now
      let elapsed = now - last
      last = now
      var effects: [WizardEffect] = []
      // No input long before the timeout (or with none set) means the terminal has gone away,
      // e.g. a closed pty whose SIGHUP never arrived: leave instead of spinning.
      if input == nil {
        let early = timeout.map { elapsed < .milliseconds($0 / 2) } ?? true
        silentWakeUps = early ? silentWakeUps + 1 : 0
        if silentWakeUps > 100 { return }
      } else {
        silentWakeUps = 0
      }
      if let input {
        if input == .key(.control("z")) {
          if !state.mode.isKiosk { terminal.suspend() }
          continue
        }
        if let event = WizardEvent(input) { effects += state.update(event) }
      } else {
        let milliseconds = Int(
          elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        )
        effects += state.update(.timePassed(milliseconds: milliseconds))
      }
      // Effects may answer with events, which may ask for more: follow them through.
      while !effects.isEmpty {
        let effect = effects.removeFirst()
        guard let answer = perform(effect) else { return }
        if let answer { effects += state.update(answer) }
      }
    }
  }

  /// Carries out one effect; nil (outer) means quit, an inner value is the event to send back.
  private func perform(_ effect: WizardEffect) -> WizardEvent?? {
    switch effect {
    case .quit: return nil
    case .print(let text):
      print(text)
      return .some(.noticePosted("已发送打印"))
    case .saveCase(let profile, let name, let contact, let note):
      return .some(helpDesk?.save(profile: profile, name: name, contact: contact, note: note))
    case .loadCaseList(let query): return .some(helpDesk?.list(query: query))
    case .openCase(let id): return .some(helpDesk?.open(id: id))
    case .exportReport(let name): return .some(helpDesk?.export(profile: state.profile, name: name))
    }
  }

  /// Pipes the report to the configured printer command, without waiting for the printer.
  private func print(_ text: String) {
    guard let printCommand else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", printCommand]
    let pipe = Pipe()
    process.standardInput = pipe
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      pipe.fileHandleForWriting.write(Data(text.utf8))
      try pipe.fileHandleForWriting.close()
    } catch {
      return
    }
  }
}
