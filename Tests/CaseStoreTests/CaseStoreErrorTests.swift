import CaseStore
import Foundation
import TestSupport
import Testing

/// Files that cannot hold cases give one clear message, and are left as they were.
@Suite struct CaseStoreErrorTests {
  @Test func fileThatIsNotADatabaseIsRefusedUntouched() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("notes.txt")
    let text = Data(String(repeating: "客户联系记录，不是数据库。\n", count: 200).utf8)
    try text.write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

    let error = #expect(throws: CaseStoreError.self) { try SQLiteCaseStore(path: path) }

    #expect(error == .notADatabase(path: path))
    #expect(
      error?.description == "\(path) is not an SQLite database, so it cannot hold saved cases")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    #expect(try ScratchDirectory.mode(path) == 0o644)
  }

  @Test func directoryBlockedByAFileIsReported() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    try Data("x".utf8).write(to: directory.url.appendingPathComponent("data"))

    let error = #expect(throws: CaseStoreError.self) {
      try SQLiteCaseStore(path: directory.path("data/policy-wizard/cases.sqlite"))
    }

    guard case .cannotCreateDirectory(let path, _)? = error else {
      Issue.record("expected cannotCreateDirectory, got \(String(describing: error))")
      return
    }
    #expect(path == directory.path("data/policy-wizard"))
    #expect(error?.description.hasPrefix("cannot create the directory \(path)") == true)
  }

  @Test func directoryInPlaceOfTheFileIsReported() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)

    #expect(throws: CaseStoreError.cannotCreateFile(path: path, reason: "it is a directory")) {
      try SQLiteCaseStore(path: path)
    }
  }

  @Test(.enabled(if: SQLiteCommand.isAvailable, "needs the sqlite3 command"))
  func databaseOfAnotherProgramIsRefusedUntouched() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("places.sqlite")
    try SQLiteCommand.run(
      path, "CREATE TABLE bookmark (url TEXT); INSERT INTO bookmark VALUES ('x');")
    let before = try Data(contentsOf: URL(fileURLWithPath: path))

    #expect(throws: CaseStoreError.foreignDatabase(path: path)) { try SQLiteCaseStore(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try SQLiteCommand.run(path, "PRAGMA journal_mode") == "delete")
  }

  @Test(.enabled(if: SQLiteCommand.isAvailable, "needs the sqlite3 command"))
  func databaseOfANewerVersionIsRefused() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = try SQLiteCaseStore(path: path)
    try SQLiteCommand.run(path, "INSERT INTO grdb_migrations VALUES ('addedByALaterVersion')")

    #expect(throws: CaseStoreError.writtenByNewerVersion(path: path)) {
      try SQLiteCaseStore(path: path)
    }
  }
}
