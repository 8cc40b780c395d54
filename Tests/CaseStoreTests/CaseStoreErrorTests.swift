import CaseStore
import Foundation
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

    let error = #expect(throws: CaseStoreError.self) { try CaseStore(path: path) }

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
      try CaseStore(path: directory.path("data/policy-wizard/cases.sqlite"))
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
      try CaseStore(path: path)
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

    #expect(throws: CaseStoreError.foreignDatabase(path: path)) { try CaseStore(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try SQLiteCommand.run(path, "PRAGMA journal_mode") == "delete")
  }

  @Test(.enabled(if: SQLiteCommand.isAvailable, "needs the sqlite3 command"))
  func databaseOfANewerVersionIsRefused() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = try CaseStore(path: path)
    try SQLiteCommand.run(path, "INSERT INTO grdb_migrations VALUES ('addedByALaterVersion')")

    #expect(throws: CaseStoreError.writtenByNewerVersion(path: path)) { try CaseStore(path: path) }
  }
}

/// The `sqlite3` command, to make files the store must refuse.
enum SQLiteCommand {
  static let candidates = [
    "/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3",
  ]
  static var executable: String? {
    candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
  static var isAvailable: Bool { executable != nil }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `sql` on the database at `path` and returns what sqlite3 printed, trimmed.
  @discardableResult
  static func run(_ path: String, _ sql: String) throws -> String {
    guard let executable else { throw Failure(description: "sqlite3 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [path, sql]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    // The output is a line or two, far below a pipe's capacity: reading after exit is safe.
    guard finished.wait(timeout: .now() + 30) == .success else {
      process.terminate()
      throw Failure(description: "sqlite3 did not finish within 30 s")
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0 else {
      throw Failure(description: "sqlite3 failed: \(text)")
    }
    return text
  }
}
