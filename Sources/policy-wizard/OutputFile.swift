import Foundation

/// Writing a file the user named (`report -o FILE`): every way it can fail gets one plain
/// message naming the path and what is allowed, never a Foundation error code.
enum OutputFile {
  /// The longest file name (one path component) Linux and macOS file systems take, in bytes.
  static let longestName = 255

  static func write(_ data: Data, to path: String, option: String) throws(CommandFailure) {
    if let problem = problem(with: path, option: option) { throw CommandFailure(problem) }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      let reason: String
      switch (error as NSError).code {
      case NSFileWriteNoPermissionError: reason = "permission denied"
      case NSFileWriteOutOfSpaceError: reason = "the disk is full"
      case NSFileWriteVolumeReadOnlyError: reason = "the disk is read-only"
      default: reason = "the file cannot be written there"
      }
      throw CommandFailure("cannot write \(option) '\(path)': \(reason)")
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
