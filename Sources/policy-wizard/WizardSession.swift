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
    printCommand: String?, printTimeoutSeconds: Int = 30,
    helpDesk: HelpDeskServices?, operatorLog: OperatorLog? = nil, touchKeypad: Bool = false
  ) throws {
    terminal = CursesTerminal()
    // A self-service terminal must survive Ctrl-C; the others quit on it.
    try terminal.start(ignoreInterrupt: mode.isKiosk)
    var state = WizardState(
      catalog: catalog, profile: profile, size: terminal.size, today: today, language: language,
      theme: terminal.usesColor ? .color : .monochrome, mode: mode)
    // The PIN back-off of the kiosk's last run, if it left one.
    if let operatorLog, let backOff = OperatorBackOff.read(path: operatorLog.backOffPath) {
      state.restore(operatorLock: backOff.lock())
    }
    state.touchKeypad = touchKeypad
    runtime = WizardRuntime(
      state: state, terminal: CursesWizardTerminal(curses: terminal),
      handler: SessionEffects(
        printCommand: printCommand, printTimeoutSeconds: printTimeoutSeconds,
        helpDesk: Self.usesStore(mode) ? helpDesk : nil, operatorLog: operatorLog),
      clock: SystemClock())
  }

  /// A help desk keeps cases; a kiosk only hands visitors over, with a shared store.
  static func usesStore(_ mode: WizardMode) -> Bool {
    if case .kiosk(let settings) = mode { return settings.canHandOff }
    return mode == .helpDesk
  }

  mutating func run() {
    defer {
      // No printer command outlives the kiosk.
      runtime.handler.endPrintJob()
      terminal.stop()
    }
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

  func nextQueuedEvent() -> InputEvent? {
    curses.nextEvent(timeoutMilliseconds: 0)
  }
}

/// The effects on the real machine: cases in SQLite, reports on disk, prints, the operator log.
struct SessionEffects: EffectHandler {
  let printCommand: String?
  let helpDesk: HelpDeskServices?
  let operatorLog: OperatorLog?
  /// How long a print may run before it is killed and the visitor told.
  let printTimeoutSeconds: Int
  /// The report on its way to the printer, until it has gone (or failed): one at a time, so
  /// that pressing P again and again cannot fill the machine with printer processes.
  private var printJob: PrintJob?

  init(
    printCommand: String?, printTimeoutSeconds: Int = 30, helpDesk: HelpDeskServices?,
    operatorLog: OperatorLog?
  ) {
    self.printCommand = printCommand
    self.printTimeoutSeconds = printTimeoutSeconds
    self.helpDesk = helpDesk
    self.operatorLog = operatorLog
  }

  mutating func perform(_ effect: WizardEffect, state: WizardState) -> EffectOutcome {
    // The notices in the words the wizard speaks now.
    var helpDesk = helpDesk
    helpDesk?.language = state.language
    switch effect {
    case .quit:
      // A kiosk is left only with the right PIN: its back-off is over.
      if let operatorLog { OperatorBackOff.remove(path: operatorLog.backOffPath) }
      return .quit
    case .print(let text):
      guard let printCommand else { return .answer(nil) }
      if printJob != nil { return .answer(.noticePosted(state.strings.stillPrinting)) }
      printJob = PrintJob(command: printCommand, text: text)
      return .answer(.noticePosted(state.strings.printSent))
    case .operatorPINFailed(let attempt):
      guard let operatorLog else { return .answer(nil) }
      var failure = operatorLog.recordFailure(attempt: attempt)
      if !OperatorBackOff(afterFailure: attempt).write(path: operatorLog.backOffPath) {
        failure = failure ?? String(cString: strerror(errno))
      }
      // Shown on the PIN prompt, where the operator is, never dropped silently.
      return .answer(
        failure.map { .noticePosted(state.strings.operatorLogFailed($0).terminalSafe) })
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

  /// The print, if it has ended since the last look (told to the wizard when it failed), or
  /// ended here when it has run past its timeout. Either way its process group is killed, so
  /// that nothing the command started in the background outlives the job.
  mutating func pendingEvents() -> [WizardEvent] {
    guard let job = printJob else { return [] }
    if let outcome = job.finished {
      job.end()
      printJob = nil
      if case .failure(let failure) = outcome { return [.printFailed(failure)] }
      return []
    }
    guard job.age >= .seconds(printTimeoutSeconds) else { return [] }
    job.end()
    printJob = nil
    return [.printFailed(.timedOut(seconds: printTimeoutSeconds))]
  }

  /// Kills the print that still runs, with all it started: the kiosk is ending.
  mutating func endPrintJob() {
    printJob?.end()
    printJob = nil
  }
}
