import CaseStore
import Foundation
import GRDB
import Testing

/// Issue 10's findings on the case database: a lock held elsewhere, read-only files, retried
/// saves.
@Suite struct CaseStoreHardeningTests {
  /// Another connection holds an exclusive lock (a script in the middle of a long write): a
  /// save says so within the busy timeout instead of blocking the wizard for 10 s.
  @Test func aLockedDatabaseFailsFastWithAMessage() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    let store = try SQLiteCaseStore(path: path)
    _ = try store.save(try Samples.draft("先存的"))

    var configuration = Configuration()
    // The lock outlives this access: a transaction left open on purpose.
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
    defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }

    let clock = ContinuousClock()
    let start = clock.now
    let error = #expect(throws: CaseStoreError.self) { try store.save(try Samples.draft("后存的")) }
    let waited = clock.now - start
    #expect(error == .busy(path: path))
    #expect(error?.description.contains(path) == true)
    #expect(error?.description.contains("locked") == true, "\(String(describing: error))")
    #expect(waited >= .milliseconds(900), "it waits its turn briefly: \(waited)")
    #expect(waited < .seconds(3), "then says so: \(waited)")
  }

  /// The operator made the file read-only: opening it, to read or to write, leaves it so.
  @Test func aReadOnlyFileIsNotMadeWritable() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = try SQLiteCaseStore(path: path).save(try Samples.draft("甲"))
    try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)

    #expect(try SQLiteCaseStore(path: path, access: .readOnly).list().cases.count == 1)
    #expect(try ScratchDirectory.mode(path) == 0o400)
    _ = try? SQLiteCaseStore(path: path)
    #expect(try ScratchDirectory.mode(path) == 0o400, "read-write opening adds no permission")
  }

  /// Reading creates and changes nothing: no file where there was none, a group-readable
  /// file keeps its mode (only saving makes it private).
  @Test func readingChangesNothingOnDisk() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let missing = directory.path("none/cases.sqlite")
    #expect(throws: CaseStoreError.self) { try SQLiteCaseStore(path: missing, access: .readOnly) }
    #expect(!FileManager.default.fileExists(atPath: directory.path("none")))

    let path = directory.path("cases.sqlite")
    _ = try SQLiteCaseStore(path: path).save(try Samples.draft("甲"))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    let store = try SQLiteCaseStore(path: path, access: .readOnly)
    #expect(try store.list().cases.map(\.enterpriseName) == ["甲"])
    #expect(try store.search("甲").cases.count == 1)
    #expect(try ScratchDirectory.mode(path) == 0o640)
    #expect(throws: CaseStoreError.readOnly(path: path)) { try store.save(try Samples.draft("乙")) }
  }

  /// An empty file (a save that never got past creating it) reads as no cases.
  @Test func anEmptyFileReadsAsNoCases() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let store = try SQLiteCaseStore(path: path, access: .readOnly)
    #expect(try store.list().cases.isEmpty)
    #expect(try store.case(id: 1) == nil)
  }

  /// The same request saved twice is one case, updated; another key or none is another case.
  @Test func aRetriedSaveUpdatesTheCaseItSaved() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let clock = SteppingClock()
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"), now: clock.now)
    let first = try store.save(try Samples.draft("甲"), requestID: "draft-1")
    let retried = try store.save(try Samples.draft("甲", note: "补充"), requestID: "draft-1")
    #expect(retried.id == first.id)
    #expect(retried.savedAt == first.savedAt)
    #expect(retried.updatedAt > first.updatedAt)
    #expect(retried.note == "补充")
    let other = try store.save(try Samples.draft("甲"), requestID: "draft-2")
    let unkeyed = try store.save(try Samples.draft("甲"))
    let unkeyedAgain = try store.save(try Samples.draft("甲"))
    #expect(Set([first.id, other.id, unkeyed.id, unkeyedAgain.id]).count == 4)
    #expect(try store.list().cases.count == 4)
  }

  /// A database of the first version (no requestID column) is migrated by a write, and reads
  /// before that without one.
  @Test func aFirstVersionDatabaseReadsAndTakesKeyedSaves() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = try SQLiteCaseStore(path: path).save(try Samples.draft("旧"))
    let old = try DatabaseQueue(path: path)
    try old.write { db in
      try db.execute(sql: "DROP INDEX savedCase_on_requestID")
      try db.execute(sql: "ALTER TABLE savedCase DROP COLUMN requestID")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'addRequestID'")
    }
    try old.close()

    #expect(
      try SQLiteCaseStore(path: path, access: .readOnly).list().cases.map(\.enterpriseName) == ["旧"]
    )
    let store = try SQLiteCaseStore(path: path)
    let saved = try store.save(try Samples.draft("新"), requestID: "k")
    #expect(try store.save(try Samples.draft("新"), requestID: "k").id == saved.id)
    #expect(try store.list().cases.count == 2)
  }
}
