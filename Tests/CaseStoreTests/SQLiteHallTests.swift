import Foundation
import GRDB
import Testing

@testable import CaseStore

/// The service hall on SQLite: the store contract on one shared file, migrations from every
/// earlier schema, damaged rows.
@Suite struct SQLiteHallTests {
  @Test(arguments: StoreContract.all.map(\.0))
  func contract(_ name: String) throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    let check = try #require(StoreContract.all.first { $0.0 == name }?.1)
    try check { desk, now in try SQLiteCaseStore(path: path, desk: desk, now: now) }
  }

  /// From an empty file and from a database left at each earlier schema version, holding a
  /// case: opening migrates it to the latest, and the old case reads with version 1, no desk.
  @Test(arguments: [nil] + CaseSchema.versions.dropLast().map(Optional.some))
  func migratesFromEachEarlierVersion(_ version: String?) throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    if let version {
      let queue = try DatabaseQueue(path: path)
      try CaseSchema.migrator.migrate(queue, upTo: version)
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO savedCase (enterpriseName, profileJSON, resultJSON, catalogVersion,
              savedAt, updatedAt) VALUES ('旧案例', ?, '{}', 'old', '2026-01-02 03:04:05.000',
              '2026-01-02 03:04:05.000')
            """, arguments: [Samples.hulunbuirJSON])
      }
    }
    // Read-only first: an old file is read as it is, without being changed.
    if version != nil {
      let old = try SQLiteCaseStore(path: path, access: .readOnly).list()
      #expect(old.cases.map(\.enterpriseName) == ["旧案例"])
      #expect(old.cases.first?.version == 1)
    }
    let store = try SQLiteCaseStore(path: path, desk: "窗口1")
    let applied = try DatabaseQueue(path: path).read { db in
      try CaseSchema.migrator.appliedMigrations(db)
    }
    #expect(applied == CaseSchema.versions)
    let listing = try store.list()
    #expect(listing.cases.map(\.enterpriseName) == (version == nil ? [] : ["旧案例"]))
    #expect(listing.cases.allSatisfy { $0.version == 1 && $0.desk == nil })
    let saved = try store.save(try Samples.draft("新案例"), requestID: "r1")
    #expect(saved.desk == "窗口1")
    let code = try store.createHandOff(
      HandOffAnswers(profileJSON: Samples.hulunbuirJSON, catalogVersion: "v"), lifetime: 60)
    #expect(try store.takeHandOff(code) != .unknown)
  }

  /// The finding: one row with a damaged updatedAt hid all 301 cases. Now it is listed
  /// as damaged, by id and column, and every other case is listed and opened.
  @Test func oneDamagedRowHidesNothingElse() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    let store = try SQLiteCaseStore(path: path)
    var ids: [Int64] = []
    for index in 0..<5 { ids.append(try store.save(try Samples.draft("企业\(index)")).id) }
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE savedCase SET updatedAt = 'yesterday' WHERE id = ?", arguments: [ids[2]])
    }

    let listing = try store.list()
    #expect(listing.cases.map(\.id).sorted() == ids.filter { $0 != ids[2] })
    #expect(listing.damaged.map(\.id) == [ids[2]])
    #expect(listing.damaged.first?.problem.contains("updatedAt") == true)
    #expect(try store.case(id: ids[0])?.enterpriseName == "企业0")
    #expect(throws: CaseStoreError.self) { try store.case(id: ids[2]) }
    #expect(try store.search("企业").damaged.map(\.id) == [ids[2]])
  }

  /// Reading a store creates nothing beside it: no -wal, no -shm (a 0400 file).
  @Test func readOnlyOpeningCreatesNoFilesBesideIt() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    do {
      let store = try SQLiteCaseStore(path: path)
      _ = try store.save(try Samples.draft("甲"))
    }
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)

    let listing = try SQLiteCaseStore(path: path, access: .readOnly).list()

    #expect(listing.cases.count == 1)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(files == ["cases.sqlite"])
  }
}
