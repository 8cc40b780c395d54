import CaseStore
import Foundation

extension CaseStoreOptions {
  /// `--db ""`, `--db DIR` or `--db mysql://…`: one plain message naming the option and what it
  /// takes, before anything is opened.
  func validate() throws {
    guard let db else { return }
    if db.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.emptyDatabaseOption()
    }
    let address: CaseStoreAddress
    do {
      address = try CaseStoreAddress(parsing: db)
    } catch {
      // A URL of another scheme, one without a host: refused, never taken as a file name.
      throw CommandFailure(.usage, zh: "--db：\(error)", en: "--db: \(error)")
    }
    guard case .sqlite = address else { return }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue
    {
      let example = (db as NSString).appendingPathComponent("cases.sqlite")
      throw CommandFailure.databaseIsADirectory(db, example: example)
    }
  }
}
