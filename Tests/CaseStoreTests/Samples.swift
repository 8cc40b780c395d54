import CaseStore
import DefaultCatalog
import Foundation
import PolicyEngine

/// Profiles and drafts the case store tests save.
enum Samples {
  /// A first high-tech recognition in Hulunbuir with an 800万 R&D increment: 90万 in all.
  static let hulunbuirJSON = """
    {"city": "hulunbuir", "applicant": "enterprise", "highTech": "new", "rdSuperDeductionYears": 2,
     "rd": {"lastYear": 28000000, "yearBefore": 20000000}, "asOf": "2026-06-01"}
    """

  static func profile() throws -> Profile {
    try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(hulunbuirJSON)
  }

  static func draft(_ name: String, contact: String? = nil, note: String? = nil) throws
    -> CaseDraft
  {
    CaseDraft(
      enterpriseName: name, contact: contact, note: note, profile: try profile(),
      catalog: DefaultCatalog.catalog)
  }
}

/// A clock that moves one minute forward on every reading, so that cases saved one after the
/// other have distinct, ordered dates.
final class SteppingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date(timeIntervalSince1970: 1_780_000_000)

  func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    current += 60
    return current
  }
}
