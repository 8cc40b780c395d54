import Foundation

extension CaseStoreOptions {
  /// `--db ""` or `--db DIR`: one plain message naming the option and what it takes, before
  /// anything is opened.
  func validate() throws {
    guard let db else { return }
    if db.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure(
        .usage, zh: "--db 须给出案例库文件，例如 ~/cases.sqlite；现在是空的",
        en: "--db must name the case database file, such as ~/cases.sqlite; it is empty")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue
    {
      let example = (db as NSString).appendingPathComponent("cases.sqlite")
      throw CommandFailure(
        .usage, zh: "--db“\(db)”是目录；请给出案例库文件，例如 \(example)",
        en: "--db '\(db)' is a directory; give the database file, such as \(example)")
    }
  }
}
