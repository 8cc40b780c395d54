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
  let operatorLog: OperatorLog?
  /// Reports on their way to the printer, until they have gone (or failed).
  private var printJobs: [PrintJob] = []

  init(
    catalog: Catalog, profile: Profile?, mode: WizardMode, printCommand: String?,
    helpDesk: HelpDeskServices?, operatorLog: OperatorLog? = nil
  ) throws {
    self.helpDesk = mode == .helpDesk ? helpDesk : nil
    self.operatorLog = operatorLog
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
      #if DEBUG
        // The end-to-end tests' way to crash the wizard on purpose, with curses running.
        if input != nil, ProcessInfo.processInfo.environment["POLICY_WIZARD_TEST_CRASH"] == "1" {
          fatalError("POLICY_WIZARD_TEST_CRASH is set")
        }
      #endif
      let now = ContinuousClock.now
      let elapsed = now - last
      last = now
      // Time is told before the input, so that the state's clock (the PIN back-off) runs
      // while keys arrive too.
      let milliseconds = Int(
        elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
      var effects = state.update(.timePassed(milliseconds: milliseconds))
      effects += finishedPrints()
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
  private mutating func perform(_ effect: WizardEffect) -> WizardEvent?? {
    switch effect {
    case .quit: return nil
    case .print(let text):
      guard let printCommand else { return .some(nil) }
      printJobs.append(PrintJob(command: printCommand, text: text))
      return .some(.noticePosted(state.strings.printSent))
    case .operatorPINFailed(let attempt):
      operatorLog?.recordFailure(attempt: attempt)
      return .some(nil)
    case .saveCase(let profile, let name, let contact, let note, let requestID):
      return .some(
        helpDesk?.save(
          profile: profile, name: name, contact: contact, note: note, requestID: requestID))
    case .loadCaseList(let query): return .some(helpDesk?.list(query: query))
    case .openCase(let id): return .some(helpDesk?.open(id: id))
    case .exportReport(let name): return .some(helpDesk?.export(profile: state.profile, name: name))
    }
  }

  /// The prints that have ended since the last look, the failed ones told to the state.
  private mutating func finishedPrints() -> [WizardEffect] {
    let outcomes = printJobs.map(\.finished)
    printJobs = zip(printJobs, outcomes).filter { $0.1 == nil }.map(\.0)
    var effects: [WizardEffect] = []
    for case .failure(let failure)? in outcomes { effects += state.update(.printFailed(failure)) }
    return effects
  }
}
