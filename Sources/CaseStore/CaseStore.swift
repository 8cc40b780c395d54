import Foundation
import GRDB

/// The saved help-desk cases: one SQLite file, private to its owner. Every write is one
/// transaction, so a crash or a kill never leaves half a case behind.
public final class CaseStore: Sendable {
  public let path: String
  private let database: DatabaseQueue
  private let now: @Sendable () -> Date

  /// How a store is opened: to read only, or to save and delete too.
  public enum Access: Sendable {
    /// Nothing is created or changed on disk: not the file, not its mode, not its directory
    /// (`cases list`, `cases show`, the wizard's case list). A read-only file or directory
    /// can be read.
    case readOnly
    /// The file and its directory are created when missing, private to their owner.
    case readWrite
  }

  /// How long an operation waits for another program's lock before saying the database is
  /// busy: short, so that the wizard never freezes on a locked file.
  public static let busyTimeout: TimeInterval = 1

  /// Whether the file holds no cases table yet (an empty file opened read-only).
  private let isBlank: Bool

  /// Opens the database at `path`; `.readWrite` creates it and its directory when missing.
  /// - Parameter now: The clock that stamps `savedAt` and `updatedAt`.
  public init(
    path: String, access: Access = .readWrite, now: @escaping @Sendable () -> Date = { Date() }
  ) throws(CaseStoreError) {
    let url = URL(fileURLWithPath: path)
    self.path = url.path
    self.now = now
    switch access {
    case .readOnly:
      (database, isBlank) = try Self.translatingErrors(at: url.path) {
        try Self.openReadOnly(url.path)
      }
    case .readWrite:
      let directory = url.deletingLastPathComponent().path
      try PrivateFiles.createDirectory(directory)
      // Said at once, with the path, rather than as SQLite's "attempt to write a readonly
      // database" (or "unable to open") at the first save.
      if Glibc.access(directory, W_OK) != 0
        || FileManager.default.fileExists(atPath: url.path) && Glibc.access(url.path, W_OK) != 0
      {
        throw .readOnly(path: url.path)
      }
      try PrivateFiles.createFile(url.path)
      database = try Self.translatingErrors(at: url.path) { try Self.open(url.path) }
      isBlank = false
      // Only once the file is known to be ours: a mistaken path must not change another
      // program's file. SQLite gives -wal and -shm the database's mode; this makes it a fact.
      try PrivateFiles.restrict([url.path, url.path + "-wal", url.path + "-shm"])
    }
  }

  private static func configuration(readOnly: Bool) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readOnly
    // The wizard and a script may write at the same moment; the later one waits its turn, but
    // only briefly: a database locked for longer is reported at once.
    configuration.busyMode = .timeout(busyTimeout)
    return configuration
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    let database = try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
    let migrator = CaseSchema.migrator
    // Checked before anything is written, so that a file of another program stays as it was.
    try database.read { db in try check(db, path: path, migrator: migrator) }
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

  /// Opens without creating or changing anything. A WAL database in a directory that cannot
  /// be written (no -shm file can be made there) is opened immutable: nobody can be writing
  /// to it then, since a writer would need that directory too.
  private static func openReadOnly(_ path: String) throws -> (DatabaseQueue, isBlank: Bool) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CaseStoreError.cannotOpen(path: path, reason: "there is no such file")
    }
    let migrator = CaseSchema.migrator
    func attempt(_ location: String) throws -> (DatabaseQueue, isBlank: Bool) {
      let database = try DatabaseQueue(path: location, configuration: configuration(readOnly: true))
      let isBlank = try database.read { db in
        try check(db, path: path, migrator: migrator)
        return try !db.tableExists(SavedCase.databaseTableName)
      }
      return (database, isBlank)
    }
    do {
      return try attempt(path)
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
    {
      // SQLITE_READONLY_CANTINIT (or CANTOPEN): no -shm file can be made beside the file.
      var components = URLComponents()
      components.scheme = "file"
      components.path = path
      components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
      guard let uri = components.string else { throw error }
      return try attempt(uri)
    }
  }

  private static func check(_ db: Database, path: String, migrator: DatabaseMigrator) throws {
    if try CaseSchema.isForeign(db) { throw CaseStoreError.foreignDatabase(path: path) }
    if try migrator.hasBeenSuperseded(db) {
      throw CaseStoreError.writtenByNewerVersion(path: path)
    }
  }

  /// Stores a new case and returns it with its id and dates.
  ///
  /// - Parameter requestID: The save's idempotency key. A case already saved with the same key
  ///   is updated instead (as `update(id:with:)` does), so that a save retried after a crash
  ///   or a kill that came between its commit and the report of its id does not make a second
  ///   case. Nil: always a new case.
  public func save(_ draft: CaseDraft, requestID: String? = nil) throws(CaseStoreError)
    -> SavedCase
  {
    let draft = try draft.normalized()
    let date = now()
    return try write { db in
      if let requestID,
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM \(SavedCase.databaseTableName) WHERE requestID = ?",
          arguments: [requestID])
      {
        return try Self.replace(id: id, with: draft, at: date, in: db)
      }
      return try NewCase(draft, requestID: requestID, at: date).insertAndFetch(
        db, as: SavedCase.self)
    }
  }

  /// Replaces what `draft` holds in case `id`; `savedAt` stays, `updatedAt` becomes now.
  public func update(id: Int64, with draft: CaseDraft) throws(CaseStoreError) -> SavedCase {
    let draft = try draft.normalized()
    let date = now()
    return try write { db in try Self.replace(id: id, with: draft, at: date, in: db) }
  }

  private static func replace(id: Int64, with draft: CaseDraft, at date: Date, in db: Database)
    throws -> SavedCase
  {
    guard let saved = try SavedCase.fetchOne(db, key: id) else {
      throw CaseStoreError.noSuchCase(id: id)
    }
    let updated = SavedCase(
      id: id, enterpriseName: draft.enterpriseName, contact: draft.contact, note: draft.note,
      profileJSON: draft.profileJSON, resultJSON: draft.resultJSON,
      catalogVersion: draft.catalogVersion, savedAt: saved.savedAt, updatedAt: date)
    return try updated.updateAndFetch(db)
  }

  /// Every case, newest first.
  public func list() throws(CaseStoreError) -> [SavedCase] {
    if isBlank { return [] }
    return try read { db in try Self.newestFirst(SavedCase.all()).fetchAll(db) }
  }

  /// The cases whose enterprise name, contact or note contains `text`, ignoring case; newest
  /// first. Blank text finds every case.
  public func search(_ text: String) throws(CaseStoreError) -> [SavedCase] {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty, !isBlank else { return try list() }
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
    if isBlank { return nil }
    return try read { db in try SavedCase.fetchOne(db, key: id) }
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
      case .SQLITE_BUSY, .SQLITE_LOCKED: throw .busy(path: path)
      case .SQLITE_READONLY: throw .readOnly(path: path)
      case .SQLITE_CANTOPEN:
        throw .cannotOpen(path: path, reason: error.message ?? "\(error)")
      case .SQLITE_CORRUPT: throw .damaged(path: path, detail: error.message ?? "\(error)")
      default: throw .sqlite(path: path, message: error.message ?? "\(error)")
      }
    } catch {
      throw .sqlite(path: path, message: "\(error)")
    }
  }
}
