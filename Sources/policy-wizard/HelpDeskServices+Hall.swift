import CaseStore
import Foundation
import PolicyEngine
import WizardCore

/// The service hall's answers for the wizard (issue 17): a save another desk overtook, a store
/// that went away, and the kiosk → desk hand-off, each turned into the wizard's event.
extension HelpDeskServices {
  /// A save the store refused or could not make, as the wizard's event; nil for any other
  /// failure (told as today: 保存失败 with the reason).
  func saveFailure(_ error: Error, draft: CaseDraft) -> WizardEvent? {
    switch error as? CaseStoreError {
    case .conflict(let conflict)?:
      let stored = conflict.stored
      // A retried update whose first attempt did land (the answer was lost on the way): the
      // stored version is this desk's own save, so it is saved, not a conflict.
      if stored.enterpriseName == draft.enterpriseName, stored.contact == draft.contact,
        stored.note == draft.note, stored.profileJSON == draft.profileJSON
      {
        return .caseSaved(
          id: stored.id,
          notice: strings.caseSaved(
            true, stored.id, stored.enterpriseName.terminalSafe, databasePath.terminalSafe),
          version: stored.version)
      }
      guard let profile = try? stored.profile(in: catalog) else { return nil }
      return .saveConflicted(
        caseID: stored.id,
        theirs: StoredCase(
          profile: profile, name: stored.enterpriseName, contact: stored.contact,
          note: stored.note, version: stored.version, desk: stored.desk))
    case .serverUnavailable(_, let reason)?:
      return .saveUnreachable(reason: reason.terminalSafe)
    default:
      return nil
    }
  }

  /// Stores only the answers (the profile without its name) under a new code, for
  /// `handOffLifetime`.
  func createHandOff(_ answers: Profile) -> WizardEvent {
    var answers = answers
    answers.enterpriseName = nil
    do {
      let store = try store.open(access: .readWrite)
      let code = try store.createHandOff(
        HandOffAnswers(
          profileJSON: ProfileEncoder(catalog: catalog).json(answers, pretty: false),
          catalogVersion: catalog.version),
        lifetime: handOffLifetime)
      let formatter = DateFormatter()
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      return .handOffCreated(
        HandOffTicket(
          code: code.text,
          expiresAt: formatter.string(from: Date().addingTimeInterval(handOffLifetime))))
    } catch {
      return .handOffUnavailable(reason: HallStrings.of(language).storeAway(reason(error)))
    }
  }

  /// The answers under a code, as a new case draft; missing when unknown or expired.
  func takeHandOff(_ typed: String) -> WizardEvent {
    guard let code = HandOffCode(typed: typed) else { return .handOffMissing(code: typed) }
    do {
      let store = try store.open(access: .readWrite)
      switch try store.takeHandOff(code) {
      case .found(let answers):
        // A visitor's answers in progress: the applicant may not be answered yet.
        var profile = try ProfileDecoder(catalog: catalog, requiresApplicant: false).decode(
          answers.profileJSON, file: "hand-off \(code.text)")
        profile.enterpriseName = nil
        return .handOffTaken(profile, code: code.text)
      case .expired, .unknown:
        return .handOffMissing(code: code.text)
      }
    } catch {
      return .handOffUnavailable(reason: HallStrings.of(language).storeAway(reason(error)))
    }
  }
}
