import Foundation

extension CaseStoreOptions {
  /// `--db ""` or `--db DIR`: one plain message naming the option and what it takes, before
  /// anything is opened.
  func validate() throws {
    guard let db else { return }
    if db.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure(
        "--db must name the case database file, such as ~/cases.sqlite; it is empty")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue
    {
      throw CommandFailure(
        "--db '\(db)' is a directory; give the database file, such as \((db as NSString).appendingPathComponent("cases.sqlite"))"
      )
    }
  }
}
