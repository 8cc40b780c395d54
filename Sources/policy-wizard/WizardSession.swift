import Foundation
import PolicyEngine
import ScreenKit
import TerminalBackend
import WizardCore
import WizardRuntime

/// The wizard on the real terminal: curses behind `WizardTerminal`, the help desk's storage
/// and the printer behind `EffectHandler`, the loop itself in `WizardRuntime`.
struct WizardSession {
  let terminal: CursesTerminal
  var runtime: WizardRuntime<CursesWizardTerminal, SessionEffects>

  init(
    catalog: Catalog, profile: Profile?, today: CalendarDay, mode: WizardMode,
    language: Language,
    printCommand: String?,
    helpDesk: HelpDeskServices?, operatorLog: OperatorLog? = nil
  ) throws {
    terminal = CursesTerminal()
    // A self-service terminal must survive Ctrl-C; the others quit on it.
    try terminal.start(ignoreInterrupt: mode.isKiosk)
    let state = WizardState(
      catalog: catalog, profile: profile, size: terminal.size, today: today, language: language,
      theme: terminal.usesColor ? .color : .monochrome, mode: mode)
    runtime = WizardRuntime(
      state: state, terminal: CursesWizardTerminal(curses: terminal),
      handler: SessionEffects(
        printCommand: printCommand, helpDesk: Self.usesStore(mode) ? helpDesk : nil,
        operatorLog: operatorLog),
      clock: SystemClock())
  }

  /// A help desk keeps cases; a kiosk only hands visitors over, with a shared store.
  static func usesStore(_ mode: WizardMode) -> Bool {
    if case .kiosk(let settings) = mode { return settings.canHandOff }
    return mode == .helpDesk
  }

  mutating func run() {
    defer { terminal.stop() }
    _ = runtime.run()
  }
}

/// `CursesTerminal` as the run loop's terminal.
final class CursesWizardTerminal: WizardTerminal {
  let curses: CursesTerminal

  init(curses: CursesTerminal) { self.curses = curses }

  var size: Size { curses.size }
  var usesColor: Bool { curses.usesColor }

  func draw(_ screen: Screen, cursor: (x: Int, y: Int)?) {
    curses.draw(screen)
    if let cursor {
      curses.showCursor(atX: cursor.x, y: cursor.y)
    } else {
      curses.hideCursor()
    }
  }

  func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
    let input = curses.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
    #if DEBUG
      // The end-to-end tests' way to crash the wizard on purpose, with curses running.
      if input != nil, ProcessInfo.processInfo.environment["POLICY_WIZARD_TEST_CRASH"] == "1" {
        fatalError("POLICY_WIZARD_TEST_CRASH is set")
      }
    #endif
    return input
  }

  func suspend() { curses.suspend() }
}

/// The effects on the real machine: cases in SQLite, reports on disk, prints, the operator log.
struct SessionEffects: EffectHandler {
  let printCommand: String?
  let helpDesk: HelpDeskServices?
  let operatorLog: OperatorLog?
  /// Reports on their way to the printer, until they have gone (or failed).
  private var printJobs: [PrintJob] = []

  init(printCommand: String?, helpDesk: HelpDeskServices?, operatorLog: OperatorLog?) {
    self.printCommand = printCommand
    self.helpDesk = helpDesk
    self.operatorLog = operatorLog
  }

  mutating func perform(_ effect: WizardEffect, state: WizardState) -> EffectOutcome {
    // The notices in the words the wizard speaks now.
    var helpDesk = helpDesk
    helpDesk?.language = state.language
    switch effect {
    case .quit: return .quit
    case .print(let text):
      guard let printCommand else { return .answer(nil) }
      printJobs.append(PrintJob(command: printCommand, text: text))
      return .answer(.noticePosted(state.strings.printSent))
    case .operatorPINFailed(let attempt):
      operatorLog?.recordFailure(attempt: attempt)
      return .answer(nil)
    case .saveCase(
      let profile, let name, let contact, let note, let requestID, let caseID, let version):
      return .answer(
        helpDesk?.save(
          profile: profile, name: name, contact: contact, note: note, requestID: requestID,
          caseID: caseID, version: version))
    case .createHandOff(let profile): return .answer(helpDesk?.createHandOff(profile))
    case .takeHandOff(let code): return .answer(helpDesk?.takeHandOff(code))
    case .loadCaseList(let query): return .answer(helpDesk?.list(query: query))
    case .openCase(let id): return .answer(helpDesk?.open(id: id))
    case .exportReport(let name, let caseID, let contact):
      return .answer(
        helpDesk?.export(profile: state.profile, name: name, caseID: caseID, contact: contact))
    }
  }

  /// The prints that have ended since the last look, the failed ones told to the wizard.
  mutating func pendingEvents() -> [WizardEvent] {
    let outcomes = printJobs.map(\.finished)
    printJobs = zip(printJobs, outcomes).filter { $0.1 == nil }.map(\.0)
    var events: [WizardEvent] = []
    for case .failure(let failure)? in outcomes { events.append(.printFailed(failure)) }
    return events
  }
}
