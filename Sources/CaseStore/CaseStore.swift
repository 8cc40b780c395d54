import Foundation
import GRDB

/// The saved help-desk cases: one SQLite file, private to its owner. Every write is one
/// transaction, so a crash or a kill never leaves half a case behind.
public final class CaseStore: Sendable {
  public let path: String
  private let database: DatabaseQueue
  private let now: @Sendable () -> Date

  /// Opens the database at `path`, creating it and its directory when missing.
  /// - Parameter now: The clock that stamps `savedAt` and `updatedAt`.
  public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws(CaseStoreError)
  {
    let url = URL(fileURLWithPath: path)
    self.path = url.path
    self.now = now
    try PrivateFiles.createDirectory(url.deletingLastPathComponent().path)
    try PrivateFiles.createFile(url.path)
    database = try Self.translatingErrors(at: url.path) { try Self.open(url.path) }
    // Only once the file is known to be ours: a mistaken path must not change another
    // program's file. SQLite gives -wal and -shm the database's mode; this makes it a fact.
    try PrivateFiles.restrict([url.path, url.path + "-wal", url.path + "-shm"])
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    // The wizard and a script may write at the same moment; the later one waits its turn.
    configuration.busyMode = .timeout(10)
    let database = try DatabaseQueue(path: path, configuration: configuration)
    let migrator = CaseSchema.migrator
    // Checked before anything is written, so that a file of another program stays as it was.
    try database.read { db in
      if try CaseSchema.isForeign(db) { throw CaseStoreError.foreignDatabase(path: path) }
      if try migrator.hasBeenSuperseded(db) {
        throw CaseStoreError.writtenByNewerVersion(path: path)
      }
    }
    // WAL: readers (a second consultant's `cases list`) do not wait for a writer.
    try database.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL")
    }
    do {
      try migrator.migrate(database)
    } catch {
      // Two processes creating the same new database: the one that waited finds the table
      // made; the second attempt sees the migration recorded and does nothing.
      try migrator.migrate(database)
    }
    return database
  }

  /// Stores a new case and returns it with its id and dates.
  public func save(_ draft: CaseDraft) throws(CaseStoreError) -> SavedCase {
    let row = NewCase(try draft.normalized(), at: now())
    return try write { db in try row.insertAndFetch(db, as: SavedCase.self) }
  }

  /// Replaces what `draft` holds in case `id`; `savedAt` stays, `updatedAt` becomes now.
  public func update(id: Int64, with draft: CaseDraft) throws(CaseStoreError) -> SavedCase {
    let draft = try draft.normalized()
    let date = now()
    return try write { db in
      guard let saved = try SavedCase.fetchOne(db, key: id) else {
        throw CaseStoreError.noSuchCase(id: id)
      }
      let updated = SavedCase(
        id: id, enterpriseName: draft.enterpriseName, contact: draft.contact, note: draft.note,
        profileJSON: draft.profileJSON, resultJSON: draft.resultJSON,
        catalogVersion: draft.catalogVersion, savedAt: saved.savedAt, updatedAt: date)
      return try updated.updateAndFetch(db)
    }
  }

  /// Every case, newest first.
  public func list() throws(CaseStoreError) -> [SavedCase] {
    try read { db in try Self.newestFirst(SavedCase.all()).fetchAll(db) }
  }

  /// The cases whose enterprise name, contact or note contains `text`, ignoring case; newest
  /// first. Blank text finds every case.
  public func search(_ text: String) throws(CaseStoreError) -> [SavedCase] {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { return try list() }
    // Lowercased on both sides with Swift's rules: SQLite's LIKE folds ASCII letters only.
    let pattern = SearchPattern(containing: text.lowercased())
    let columns = [
      SavedCase.Columns.enterpriseName, SavedCase.Columns.contact, SavedCase.Columns.note,
    ]
    let matches = columns.map { $0.lowercased.like(pattern.pattern, escape: SearchPattern.escape) }
    return try read { db in
      try Self.newestFirst(SavedCase.filter(matches.joined(operator: .or))).fetchAll(db)
    }
  }

  public func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? {
    try read { db in try SavedCase.fetchOne(db, key: id) }
  }

  /// Deletes case `id`; returns whether there was one.
  @discardableResult
  public func delete(id: Int64) throws(CaseStoreError) -> Bool {
    try write { db in try SavedCase.deleteOne(db, key: id) }
  }

  /// What SQLite's `PRAGMA integrity_check` reports: `["ok"]` for a sound file.
  public func integrityCheck() throws(CaseStoreError) -> [String] {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }

  private static func newestFirst(_ request: QueryInterfaceRequest<SavedCase>)
    -> QueryInterfaceRequest<SavedCase>
  {
    request.order(SavedCase.Columns.savedAt.desc, SavedCase.Columns.id.desc)
  }

  private func read<T>(_ body: (Database) throws -> T) throws(CaseStoreError) -> T {
    try Self.translatingErrors(at: path) { try database.read(body) }
  }

  private func write<T>(_ body: (Database) throws -> T) throws(CaseStoreError) -> T {
    try Self.translatingErrors(at: path) { try database.write(body) }
  }

  private static func translatingErrors<T>(at path: String, _ body: () throws -> T)
    throws(CaseStoreError) -> T
  {
    do {
      return try body()
    } catch let error as CaseStoreError {
      throw error
    } catch let error as DatabaseError {
      switch error.resultCode {
      case .SQLITE_NOTADB: throw .notADatabase(path: path)
      case .SQLITE_CORRUPT: throw .damaged(path: path, detail: error.message ?? "\(error)")
      default: throw .sqlite(path: path, message: error.message ?? "\(error)")
      }
    } catch {
      throw .sqlite(path: path, message: "\(error)")
    }
  }
}
