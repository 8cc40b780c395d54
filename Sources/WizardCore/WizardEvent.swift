import PolicyEngine
import ScreenKit

/// What the user (or the terminal) did. The wizard's `update` turns these into a new state.
public enum WizardEvent: Sendable, Equatable {
  case keyPressed(Key)
  case clicked(x: Int, y: Int)
  case wheelScrolled(up: Bool, x: Int, y: Int)
  case terminalResized(Size)
  /// Time went by without input (sent by the session's timer).
  case timePassed(milliseconds: Int)
  /// The session's answers to the help desk's requests.
  case caseListLoaded([CaseListItem])
  case caseOpened(
    Profile, name: String, id: Int64? = nil, contact: String? = nil, note: String? = nil)
  /// A save went through: the case's number, and what to tell the consultant.
  case caseSaved(id: Int64, notice: String)
  case noticePosted(String)
  /// The print command did not take the report (it could not start, exited early or failed).
  case printFailed(PrintFailure)

  /// Translates a backend input event; nil for events the wizard ignores.
  public init?(_ input: InputEvent) {
    switch input {
    case .key(let key): self = .keyPressed(key)
    case .mouse(let mouse):
      switch mouse.kind {
      case .press: self = .clicked(x: mouse.x, y: mouse.y)
      case .scrollUp: self = .wheelScrolled(up: true, x: mouse.x, y: mouse.y)
      case .scrollDown: self = .wheelScrolled(up: false, x: mouse.x, y: mouse.y)
      case .release: return nil
      }
    case .resize(let width, let height): self = .terminalResized(Size(width: width, height: height))
    case .tick: return nil
    }
  }
}

/// What the program around the wizard should do after an update.
public enum WizardEffect: Sendable, Equatable {
  case quit
  /// Send this text report to the configured printer command.
  case print(String)
  /// Help desk: store this case (a case already saved with `requestID` is updated); list saved
  /// cases matching a query; open one; export a report.
  /// `caseID` is the saved case being worked on: it is updated in place.
  case saveCase(
    profile: Profile, name: String, contact: String?, note: String?, requestID: String,
    caseID: Int64?)
  case loadCaseList(query: String)
  case openCase(id: Int64)
  /// The report of the answers, for the case being worked on (its number and contact, if saved).
  case exportReport(name: String?, caseID: Int64? = nil, contact: String? = nil)
  /// Kiosk: a wrong operator PIN, the `attempt`-th; for the operator log (no visitor data).
  case operatorPINFailed(attempt: Int)
}

/// Why a print did not happen, as the session found out.
public enum PrintFailure: Error, Sendable, Equatable {
  /// The command could not be started.
  case cannotStart
  /// The command exited before it had read the whole report.
  case didNotRead
  /// The command exited with this non-zero status.
  case exited(status: Int32)
  /// The command was killed by this signal.
  case killed(signal: Int32)
  /// The command ran longer than the kiosk's print timeout and was killed with all it started.
  case timedOut(seconds: Int)
}
