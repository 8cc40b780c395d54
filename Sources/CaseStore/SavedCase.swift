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
  /// 1 when saved, one more at every update: what optimistic locking compares
  /// (`CaseStore.update(id:with:expectedVersion:)`).
  public var version: Int64
  /// The desk that saved or last updated the case (`helpDesk.desk`, else the host name); nil
  /// for cases saved before desks were recorded.
  public var desk: String?

  public init(
    id: Int64, enterpriseName: String, contact: String?, note: String?, profileJSON: String,
    resultJSON: String, catalogVersion: String, savedAt: Date, updatedAt: Date,
    version: Int64 = 1, desk: String? = nil
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
    self.version = version
    self.desk = desk
  }

  /// Read column by column, so that a damaged value is reported by name
  /// (`SQLiteCaseStore.list()` lists such a row as damaged). A database of an earlier schema,
  /// opened read-only and so not migrated, has no version or desk: version 1, no desk.
  public init(row: Row) throws {
    func required<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
      guard let value: Value = try row.decode(forColumn: column) else {
        throw SavedCaseRowProblem(column: column, problem: "is missing")
      }
      return value
    }
    func date(_ column: String) throws -> Date {
      let value = row[column] as DatabaseValue? ?? .null
      guard let date = Date.fromDatabaseValue(value) else {
        throw SavedCaseRowProblem(column: column, problem: "is not a date: \(value)")
      }
      return date
    }
    id = try required("id")
    enterpriseName = try required("enterpriseName")
    contact = try row.decode(forColumn: "contact")
    note = try row.decode(forColumn: "note")
    profileJSON = try required("profileJSON")
    resultJSON = try required("resultJSON")
    catalogVersion = try required("catalogVersion")
    savedAt = try date("savedAt")
    updatedAt = try date("updatedAt")
    version = row.hasColumn("version") ? try required("version") : 1
    desk = try row.decode(forColumn: "desk")
  }

  /// The editable part, to change and hand to `CaseStore.update(id:with:expectedVersion:)`.
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
    public static let updatedAt = Column(CodingKeys.updatedAt)
  }
}

/// Why one row of `savedCase` cannot be read.
struct SavedCaseRowProblem: Error, CustomStringConvertible {
  var column: String
  var problem: String
  var description: String { "\(column) \(problem)" }
}
