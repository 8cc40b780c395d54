import CaseStore
import Foundation
import ScreenKit

/// Writes what `-o FILE` / `--output FILE` names: a report or an exported profile, which name
/// an enterprise and its figures. Created 0600 whatever the umask, like the case database, and
/// replaced atomically when it exists. Every way it can fail gets one plain message naming the
/// path given (never the temporary file it is written through) and what is allowed, never a
/// Foundation error code.
enum OutputFile {
  /// The longest file name (one path component) Linux and macOS file systems take, in bytes.
  static let longestName = 255

  static func write(_ text: String, to path: String, option: String = "--output")
    throws(CommandFailure)
  {
    if let problem = problem(with: path, option: option) { throw problem }
    do {
      try PrivateFiles.replace(Data(text.utf8), at: path)
    } catch {
      // The error may name the temporary `.XXXXXXXX.part` beside the file; the person gave
      // `path`, and `path` is what did not get written.
      let shown = path.terminalSafe
      throw CommandFailure.cannotWriteFile(shown, option: option, reason: error.reason)
    }
  }

  /// Why `path` cannot be written, checked before trying: empty, a directory, a missing
  /// directory, a name too long.
  static func problem(with path: String, option: String) -> CommandFailure? {
    if path.isEmpty {
      return CommandFailure.emptyFileName(option: option)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let example = (path as NSString).appendingPathComponent("report.html")
      return CommandFailure.fileIsADirectory(path, option: option, example: example)
    }
    let name = (path as NSString).lastPathComponent
    if name.utf8.count > longestName {
      return CommandFailure.fileNameTooLong(name, option: option)
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty,
      !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory)
        || !isDirectory.boolValue
    {
      return CommandFailure.missingDirectory(path, option: option, parent: parent)
    }
    return nil
  }
}
