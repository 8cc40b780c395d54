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
  /// `version`: the case's version as opened, which a later save of it must still find.
  case caseOpened(
    Profile, name: String, id: Int64? = nil, contact: String? = nil, note: String? = nil,
    version: Int64? = nil)
  /// A save went through: the case's number, its version now, and what to tell the consultant.
  case caseSaved(id: Int64, notice: String, version: Int64? = nil)
  /// The store refused the save: another desk changed the case since it was opened (issue 17).
  case saveConflicted(caseID: Int64, theirs: StoredCase)
  /// The store could not be reached: nothing was saved, the answers stay (issue 17).
  case saveUnreachable(reason: String)
  /// Kiosk: the answers are stored under this hand-off code; desk: the code's answers.
  case handOffCreated(HandOffTicket)
  case handOffTaken(Profile, code: String)
  /// Desk: no answers under this code (never created, taken, or expired).
  case handOffMissing(code: String)
  /// The hand-off could not be stored or fetched (the shared store is away): why, in the
  /// consultant's words (a visitor is only told to go to a desk).
  case handOffUnavailable(reason: String)
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
  /// `version`: the version of case `caseID` the answers were based on; the store refuses the
  /// save (a conflict) when another desk has saved a later one.
  case saveCase(
    profile: Profile, name: String, contact: String?, note: String?, requestID: String,
    caseID: Int64?, version: Int64? = nil)
  case loadCaseList(query: String)
  case openCase(id: Int64)
  /// The report of the answers, for the case being worked on (its number and contact, if saved).
  case exportReport(name: String?, caseID: Int64? = nil, contact: String? = nil)
  /// Kiosk: store only these answers (no name, no contact) under a new hand-off code.
  case createHandOff(profile: Profile)
  /// Desk: fetch the answers stored under a hand-off code.
  case takeHandOff(code: String)
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
