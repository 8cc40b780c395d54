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
      throw CommandFailure(
        .cannotWrite, zh: "无法写入 \(option)“\(shown)”：\(error.reason)",
        en: "cannot write \(option) '\(shown)': \(error.reason)")
    }
  }

  /// Why `path` cannot be written, checked before trying: empty, a directory, a missing
  /// directory, a name too long.
  static func problem(with path: String, option: String) -> CommandFailure? {
    if path.isEmpty {
      return CommandFailure(
        .cannotWrite, zh: "\(option) 须给出文件名，例如 report.html；现在是空的",
        en: "\(option) must name a file, such as report.html; it is empty")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let example = (path as NSString).appendingPathComponent("report.html")
      return CommandFailure(
        .cannotWrite, zh: "\(option)“\(path)”是目录；请给出文件名，例如 \(example)",
        en: "\(option) '\(path)' is a directory; give a file name, such as \(example)")
    }
    let name = (path as NSString).lastPathComponent
    if name.utf8.count > longestName {
      return CommandFailure(
        .cannotWrite,
        zh:
          "\(option)：文件名长 \(name.utf8.count) 字节；文件名至多 \(longestName) 字节（约 85 个汉字）：“\(name.prefix(20))…”",
        en:
          "\(option): the file name is \(name.utf8.count) bytes long; a file name may have at most \(longestName) bytes (about 85 Chinese characters): '\(name.prefix(20))…'"
      )
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty,
      !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory)
        || !isDirectory.boolValue
    {
      return CommandFailure(
        .cannotWrite, zh: "\(option)“\(path)”：目录“\(parent)”不存在；请先创建",
        en: "\(option) '\(path)': the directory '\(parent)' does not exist; create it first")
    }
    return nil
  }
}
