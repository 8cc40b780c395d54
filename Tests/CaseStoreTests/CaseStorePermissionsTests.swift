import CaseStore
import Foundation
import Testing

/// Cases name enterprises and contacts: only the owner may read the database.
@Suite struct CaseStorePermissionsTests {
  @Test func missingDirectoriesAreCreatedPrivate() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }

    _ = try SQLiteCaseStore(path: directory.path("data/policy-wizard/cases.sqlite"))

    #expect(try ScratchDirectory.mode(directory.path("data")) == 0o700)
    #expect(try ScratchDirectory.mode(directory.path("data/policy-wizard")) == 0o700)
  }

  @Test func databaseAndItsWALFilesAreReadableByTheOwnerOnly() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    let store = try SQLiteCaseStore(path: path)
    _ = try store.save(try Samples.draft("any"))

    for file in [path, path + "-wal", path + "-shm"] {
      try #require(FileManager.default.fileExists(atPath: file), "\(file) should exist")
      #expect(try ScratchDirectory.mode(file) == 0o600, "\(file)")
    }
  }

  @Test func existingDatabaseIsMadePrivate() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    _ = try SQLiteCaseStore(path: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

    _ = try SQLiteCaseStore(path: path)

    #expect(try ScratchDirectory.mode(path) == 0o600)
  }

  /// `--db ./cases.sqlite` must not change the mode of the directory the user works in.
  @Test func existingDirectoryKeepsItsMode() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: directory.url.path)

    _ = try SQLiteCaseStore(path: directory.path("cases.sqlite"))

    #expect(try ScratchDirectory.mode(directory.url.path) == 0o755)
  }
}
