import Foundation
import GRDB

/// The saved help-desk cases in one SQLite file, private to its owner: a single desk's store,
/// or a few desks sharing a file on one machine. Every write is one transaction, so a crash or
/// a kill never leaves half a case behind.
public final class SQLiteCaseStore: CaseStore {
  public let path: String
  public var location: String { path }
  /// Recorded in every case this store saves or updates.
  public let desk: String?
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
  /// - Parameter desk: Recorded in every case this store saves or updates.
  /// - Parameter now: The clock that stamps `savedAt` and `updatedAt`.
  public init(
    path: String, access: Access = .readWrite, desk: String? = nil,
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws(CaseStoreError) {
    let url = URL(fileURLWithPath: path)
    self.path = url.path
    self.desk = desk
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
    var components = URLComponents()
    components.scheme = "file"
    components.path = path
    components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
    // A file nobody may write (mode without write bits, or not writable by this user) is
    // opened immutable at once: a WAL reader would otherwise create -wal and -shm beside it.
    if isWriteProtected(path), let uri = components.string {
      return try attempt(uri)
    }
    do {
      return try attempt(path)
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
    {
      // SQLITE_READONLY_CANTINIT (or CANTOPEN): no -shm file can be made beside the file.
      guard let uri = components.string else { throw error }
      return try attempt(uri)
    }
  }

  /// Whether no one is to write the file: no write bit in its mode (root ignores the mode, so
  /// `access` alone would not say), or this user may not write it.
  private static func isWriteProtected(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    return status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 || Glibc.access(path, W_OK) != 0
  }

  private static func check(_ db: Database, path: String, migrator: DatabaseMigrator) throws {
    if try CaseSchema.isForeign(db) { throw CaseStoreError.foreignDatabase(path: path) }
    if try migrator.hasBeenSuperseded(db) {
      throw CaseStoreError.writtenByNewerVersion(path: path)
    }
  }

  public func save(_ draft: CaseDraft, requestID: String? = nil) throws(CaseStoreError)
    -> SavedCase
  {
    let draft = try draft.normalized()
    let date = now()
    let desk = desk
    return try write { db in
      if let requestID,
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM \(SavedCase.databaseTableName) WHERE requestID = ?",
          arguments: [requestID])
      {
        return try Self.replace(
          id: id, with: draft, expectedVersion: nil, desk: desk, at: date, in: db)
      }
      return try NewCase(draft, requestID: requestID, desk: desk, at: date).insertAndFetch(
        db, as: SavedCase.self)
    }
  }

  public func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64? = nil)
    throws(CaseStoreError) -> SavedCase
  {
    let draft = try draft.normalized()
    let date = now()
    let desk = desk
    return try write { db in
      try Self.replace(
        id: id, with: draft, expectedVersion: expectedVersion, desk: desk, at: date, in: db)
    }
  }

  /// One conditional UPDATE, so that two desks' updates of one version cannot both pass: the
  /// second finds the version moved on and is told who changed it.
  private static func replace(
    id: Int64, with draft: CaseDraft, expectedVersion: Int64?, desk: String?, at date: Date,
    in db: Database
  ) throws -> SavedCase {
    var sql = """
      UPDATE \(SavedCase.databaseTableName) SET enterpriseName = ?, contact = ?, note = ?,
        profileJSON = ?, resultJSON = ?, catalogVersion = ?, updatedAt = ?,
        version = version + 1, desk = ?
      WHERE id = ?
      """
    var arguments: StatementArguments = [
      draft.enterpriseName, draft.contact, draft.note, draft.profileJSON, draft.resultJSON,
      draft.catalogVersion, date, desk, id,
    ]
    if let expectedVersion {
      sql += " AND version = ?"
      arguments += [expectedVersion]
    }
    try db.execute(sql: sql, arguments: arguments)
    let stored = try fetchCase(db, id: id)
    guard let stored else { throw CaseStoreError.noSuchCase(id: id) }
    if db.changesCount == 0, let expectedVersion {
      throw CaseStoreError.conflict(
        CaseConflict(stored: stored, attempted: draft, expectedVersion: expectedVersion))
    }
    return stored
  }

  public func list() throws(CaseStoreError) -> CaseListing {
    if isBlank { return CaseListing(cases: []) }
    return try read { db in try Self.listing(Self.newestFirst(SavedCase.all()), in: db) }
  }

  public func search(_ text: String) throws(CaseStoreError) -> CaseListing {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty, !isBlank else { return try list() }
    // Lowercased on both sides with Swift's rules: SQLite's LIKE folds ASCII letters only.
    let pattern = SearchPattern(containing: text.lowercased())
    let columns = [
      SavedCase.Columns.enterpriseName, SavedCase.Columns.contact, SavedCase.Columns.note,
    ]
    let matches = columns.map { $0.lowercased.like(pattern.pattern, escape: SearchPattern.escape) }
    return try read { db in
      try Self.listing(Self.newestFirst(SavedCase.filter(matches.joined(operator: .or))), in: db)
    }
  }

  public func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? {
    if isBlank { return nil }
    return try read { db in try Self.fetchCase(db, id: id) }
  }

  @discardableResult
  public func delete(id: Int64) throws(CaseStoreError) -> Bool {
    try write { db in try SavedCase.deleteOne(db, key: id) }
  }

  public func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int {
    try write { db in
      try SavedCase.filter(SavedCase.Columns.updatedAt < date).deleteAll(db)
    }
  }

  public func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval)
    throws(CaseStoreError) -> HandOffCode
  {
    let date = now()
    return try write { db in
      // 31⁶ ≈ 887 million codes: a collision with a live one is rare, and tried again.
      while true {
        let code = HandOffCode.random()
        let taken = try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM handOff WHERE code = ?)", arguments: [code.text])
        if taken == true { continue }
        try db.execute(
          sql: """
            INSERT INTO handOff (code, profileJSON, catalogVersion, createdAt, expiresAt)
            VALUES (?, ?, ?, ?, ?)
            """,
          arguments: [
            code.text, answers.profileJSON, answers.catalogVersion, date,
            date.addingTimeInterval(lifetime),
          ])
        return code
      }
    }
  }

  public func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake {
    let date = now()
    return try write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT profileJSON, catalogVersion, expiresAt FROM handOff WHERE code = ?",
          arguments: [code.text])
      else { return .unknown }
      try db.execute(sql: "DELETE FROM handOff WHERE code = ?", arguments: [code.text])
      let expiresAt = Date.fromDatabaseValue(row["expiresAt"] as DatabaseValue? ?? .null)
      if let expiresAt, expiresAt > date {
        try db.execute(
          sql: "INSERT INTO handOffOutcome (outcome, at) VALUES ('taken', ?)", arguments: [date])
        return .found(
          HandOffAnswers(profileJSON: row["profileJSON"], catalogVersion: row["catalogVersion"]))
      }
      try db.execute(
        sql: "INSERT INTO handOffOutcome (outcome, at) VALUES ('expired', ?)", arguments: [date])
      return .expired
    }
  }

  @discardableResult
  public func purgeExpiredHandOffs() throws(CaseStoreError) -> Int {
    let date = now()
    return try write { db in
      try db.execute(
        sql: """
          INSERT INTO handOffOutcome (outcome, at) SELECT 'expired', ? FROM handOff
          WHERE expiresAt <= ?
          """, arguments: [date, date])
      try db.execute(sql: "DELETE FROM handOff WHERE expiresAt <= ?", arguments: [date])
      return db.changesCount
    }
  }

  public func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError)
    -> CaseStatisticsInput
  {
    if isBlank {
      return CaseStatisticsInput(
        listing: CaseListing(cases: []), handOffsTaken: 0, handOffsExpired: 0)
    }
    return try read { db in
      var request = SavedCase.all()
      var outcomeFilter = "1"
      var outcomeArguments: StatementArguments = []
      if let from {
        request = request.filter(SavedCase.Columns.savedAt >= from)
        outcomeFilter += " AND at >= ?"
        outcomeArguments += [from]
      }
      if let to {
        request = request.filter(SavedCase.Columns.savedAt < to)
        outcomeFilter += " AND at < ?"
        outcomeArguments += [to]
      }
      let listing = try Self.listing(Self.newestFirst(request), in: db)
      guard try db.tableExists("handOffOutcome") else {
        return CaseStatisticsInput(listing: listing, handOffsTaken: 0, handOffsExpired: 0)
      }
      func count(_ outcome: String) throws -> Int {
        try Int.fetchOne(
          db,
          sql: "SELECT count(*) FROM handOffOutcome WHERE outcome = ? AND \(outcomeFilter)",
          arguments: [outcome] + outcomeArguments) ?? 0
      }
      return CaseStatisticsInput(
        listing: listing, handOffsTaken: try count("taken"), handOffsExpired: try count("expired"))
    }
  }

  /// What SQLite's `PRAGMA integrity_check` reports: `["ok"]` for a sound file.
  public func integrityCheck() throws(CaseStoreError) -> [String] {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }

  /// The rows `request` selects, each read on its own: one that cannot be read is listed as
  /// damaged and hides nothing else.
  private static func listing(_ request: QueryInterfaceRequest<SavedCase>, in db: Database)
    throws -> CaseListing
  {
    var listing = CaseListing(cases: [])
    for row in try Row.fetchAll(db, request.asRequest(of: Row.self)) {
      do {
        listing.cases.append(try SavedCase(row: row))
      } catch {
        let id: Int64 = (try? row.decode(forColumn: "id")) ?? 0
        listing.damaged.append(DamagedCase(id: id, problem: "\(error)"))
      }
    }
    return listing
  }

  private static func fetchCase(_ db: Database, id: Int64) throws -> SavedCase? {
    guard let row = try Row.fetchOne(db, SavedCase.filter(key: id).asRequest(of: Row.self))
    else { return nil }
    do {
      return try SavedCase(row: row)
    } catch {
      throw CaseStoreError.damagedCase(DamagedCase(id: id, problem: "\(error)"))
    }
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
