import GRDB

/// The tables of the case database and how each version of them is reached.
enum CaseSchema {
  /// Stored in the SQLite header so that a file of policy-wizard's can be told from another
  /// program's database: "PWCS" in ASCII.
  static let applicationID: Int32 = 0x5057_4353

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("createSavedCase") { db in
      try db.create(table: SavedCase.databaseTableName) { table in
        // AUTOINCREMENT: the id of a deleted case is never given to another one, so a case
        // number written on paper keeps naming the same enterprise or nothing.
        table.autoIncrementedPrimaryKey("id")
        table.column("enterpriseName", .text).notNull().check(
          sql: "length(trim(enterpriseName)) > 0")
        table.column("contact", .text)
        table.column("note", .text)
        table.column("profileJSON", .text).notNull()
        table.column("resultJSON", .text).notNull()
        table.column("catalogVersion", .text).notNull()
        table.column("savedAt", .datetime).notNull().indexed()
        table.column("updatedAt", .datetime).notNull()
      }
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    }
    // The idempotency key of a save (`CaseStore.save(_:requestID:)`); older cases have none.
    // Not a column of `SavedCase`, so that a database of the first version still reads.
    migrator.registerMigration("addRequestID") { db in
      try db.alter(table: SavedCase.databaseTableName) { table in
        table.add(column: "requestID", .text)
      }
      try db.create(
        index: "savedCase_on_requestID", on: SavedCase.databaseTableName,
        columns: ["requestID"], options: .unique)
    }
    // Several desks on one store: a version per case for optimistic locking, the desk that
    // saved it, and the kiosk's hand-offs (answers only, until they expire) with a tally of
    // what became of them for the hall's figures.
    migrator.registerMigration("addVersionDeskAndHandOffs") { db in
      try db.alter(table: SavedCase.databaseTableName) { table in
        table.add(column: "version", .integer).notNull().defaults(to: 1)
        table.add(column: "desk", .text)
      }
      try db.create(
        index: "savedCase_on_updatedAt", on: SavedCase.databaseTableName, columns: ["updatedAt"])
      try db.create(table: "handOff") { table in
        table.primaryKey("code", .text)
        table.column("profileJSON", .text).notNull()
        table.column("catalogVersion", .text).notNull()
        table.column("createdAt", .datetime).notNull()
        table.column("expiresAt", .datetime).notNull().indexed()
      }
      try db.create(table: "handOffOutcome") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("outcome", .text).notNull().check(sql: "outcome IN ('taken', 'expired')")
        table.column("at", .datetime).notNull().indexed()
      }
    }
    return migrator
  }

  /// The names of the migrations, oldest first: the schema versions a test migrates from.
  static var versions: [String] { migrator.migrations }

  /// Whether the database holds tables of another program (an empty one becomes ours).
  static func isForeign(_ db: Database) throws -> Bool {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if applicationID == Self.applicationID { return false }
    if applicationID != 0 { return true }
    let hasOtherTables = try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table'
          AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'grdb\\_%' ESCAPE '\\')
        """)
    return hasOtherTables ?? false
  }
}
