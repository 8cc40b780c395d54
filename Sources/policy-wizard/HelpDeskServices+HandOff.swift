import CaseStore
import Foundation
import PolicyEngine
import WizardCore

/// The kiosk → desk hand-off (issue 17) on the store: answers stored under a short code.
extension HelpDeskServices {
  /// Stores only the answers (the profile without its name) under a new code.
  func createHandOff(_ answers: Profile) -> WizardEvent {
    .handOffUnavailable(reason: HallStrings.of(language).handOffNeedsSharedStore)
  }

  /// The answers under a code, as a new case draft; missing when unknown or expired.
  func takeHandOff(_ code: String) -> WizardEvent {
    .handOffUnavailable(reason: HallStrings.of(language).handOffNeedsSharedStore)
  }
}
