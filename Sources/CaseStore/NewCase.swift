import Foundation
import GRDB

/// The row `CaseStore.save` inserts: a `SavedCase` before SQLite has given it an id.
struct NewCase: Encodable, PersistableRecord {
  static let databaseTableName = SavedCase.databaseTableName

  var enterpriseName: String
  var contact: String?
  var note: String?
  var profileJSON: String
  var resultJSON: String
  var catalogVersion: String
  var savedAt: Date
  var updatedAt: Date
  /// The save's idempotency key (`CaseStore.save(_:requestID:)`), if it has one.
  var requestID: String?
  var version: Int64 = 1
  var desk: String?

  init(_ draft: CaseDraft, requestID: String? = nil, desk: String? = nil, at date: Date) {
    enterpriseName = draft.enterpriseName
    contact = draft.contact
    note = draft.note
    profileJSON = draft.profileJSON
    resultJSON = draft.resultJSON
    catalogVersion = draft.catalogVersion
    savedAt = date
    updatedAt = date
    self.requestID = requestID
    self.desk = desk
  }
}
