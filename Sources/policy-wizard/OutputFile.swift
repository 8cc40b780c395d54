import CaseStore
import Foundation
import ScreenKit

/// Writes what `-o FILE` / `--output FILE` names: a report or an exported profile, which name
/// an enterprise and its figures. Created 0600 whatever the umask, like the case database, and
/// replaced atomically when it exists. Every way it can fail gets one plain message naming the
/// path and what is allowed, never a Foundation error code.
enum OutputFile {
  /// The longest file name (one path component) Linux and macOS file systems take, in bytes.
  static let longestName = 255

  static func write(_ text: String, to path: String, option: String = "--output")
    throws(CommandFailure)
  {
    if let problem = problem(with: path, option: option) {
      throw CommandFailure(problem, status: ExitStatus.cannotCreate)
    }
    do {
      try PrivateFiles.replace(Data(text.utf8), at: path)
    } catch {
      throw CommandFailure(
        "cannot write \(option) '\(error.path.terminalSafe)': \(error.reason)",
        status: ExitStatus.cannotCreate)
    }
  }

  /// Why `path` cannot be written, checked before trying: empty, a directory, a missing
  /// directory, a name too long.
  static func problem(with path: String, option: String) -> String? {
    if path.isEmpty { return "\(option) must name a file, such as report.html; it is empty" }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let example = (path as NSString).appendingPathComponent("report.html")
      return "\(option) '\(path)' is a directory; give a file name, such as \(example)"
    }
    let name = (path as NSString).lastPathComponent
    if name.utf8.count > longestName {
      return
        "\(option): the file name is \(name.utf8.count) bytes long; a file name may have at most \(longestName) bytes (about 85 Chinese characters): '\(name.prefix(20))…'"
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty,
      !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory)
        || !isDirectory.boolValue
    {
      return "\(option) '\(path)': the directory '\(parent)' does not exist; create it first"
    }
    return nil
  }
}
