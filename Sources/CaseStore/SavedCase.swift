import Foundation
import GRDB

/// A help-desk case as stored: one row of the `savedCase` table.
public struct SavedCase: Codable, Sendable, Equatable, Identifiable, FetchableRecord,
  PersistableRecord
{
  public var id: Int64
  public var enterpriseName: String
  public var contact: String?
  public var note: String?
  /// The profile as `ProfileEncoder` writes it.
  public var profileJSON: String
  /// The `EvaluationReport` JSON of the profile at save time.
  public var resultJSON: String
  public var catalogVersion: String
  public var savedAt: Date
  public var updatedAt: Date

  public init(
    id: Int64, enterpriseName: String, contact: String?, note: String?, profileJSON: String,
    resultJSON: String, catalogVersion: String, savedAt: Date, updatedAt: Date
  ) {
    self.id = id
    self.enterpriseName = enterpriseName
    self.contact = contact
    self.note = note
    self.profileJSON = profileJSON
    self.resultJSON = resultJSON
    self.catalogVersion = catalogVersion
    self.savedAt = savedAt
    self.updatedAt = updatedAt
  }

  /// The editable part, to change and hand to `CaseStore.update(id:with:)`.
  public var draft: CaseDraft {
    CaseDraft(
      enterpriseName: enterpriseName, contact: contact, note: note, profileJSON: profileJSON,
      resultJSON: resultJSON, catalogVersion: catalogVersion)
  }

  /// The columns searches and orderings use, for GRDB's query interface.
  public enum Columns {
    public static let id = Column(CodingKeys.id)
    public static let enterpriseName = Column(CodingKeys.enterpriseName)
    public static let contact = Column(CodingKeys.contact)
    public static let note = Column(CodingKeys.note)
    public static let savedAt = Column(CodingKeys.savedAt)
  }
}
