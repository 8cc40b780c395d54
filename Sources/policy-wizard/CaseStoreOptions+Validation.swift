import CaseStore
import Foundation

extension CaseStoreOptions {
  /// `--db ""` or `--db DIR`: one plain message naming the option and what it takes, before
  /// anything is opened.
  func validate() throws {
    guard let db else { return }
    if db.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.emptyDatabaseOption()
    }
    guard case .sqlite = try CaseStoreAddress(parsing: db) else { return }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue
    {
      let example = (db as NSString).appendingPathComponent("cases.sqlite")
      throw CommandFailure.databaseIsADirectory(db, example: example)
    }
  }
}
