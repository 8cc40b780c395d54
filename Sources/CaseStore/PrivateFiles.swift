import Foundation

/// Creates the case database's directory and file readable by their owner only: cases name
/// enterprises, contacts and figures that other accounts on a shared desk machine must not read.
enum PrivateFiles {
  static let directoryMode: mode_t = 0o700
  static let fileMode: mode_t = 0o600

  /// Creates the missing directories of `path`, each 0700; existing ones are left as they are
  /// (`--db ./cases.sqlite` must not change the working directory's mode).
  static func createDirectory(_ path: String) throws(CaseStoreError) {
    var missing: [String] = []
    var current = URL(fileURLWithPath: path).standardizedFileURL
    while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
      missing.append(current.path)
      current = current.deletingLastPathComponent()
    }
    for directory in missing.reversed() {
      // EEXIST: another process created it meanwhile, which is as good.
      if mkdir(directory, directoryMode) != 0, errno != EEXIST {
        throw .cannotCreateDirectory(path: directory, reason: lastErrorText())
      }
      // The umask may have removed bits; set the mode explicitly.
      if chmod(directory, directoryMode) != 0 {
        throw .cannotCreateDirectory(path: directory, reason: lastErrorText())
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .cannotCreateDirectory(path: path, reason: "a file of that name is in the way") }
  }

  /// Creates `path` empty with mode 0600 before SQLite opens it (an empty file is an empty
  /// database), so that the file is never readable by others, not even for an instant; SQLite
  /// then gives its -wal and -shm files the same mode.
  static func createFile(_ path: String) throws(CaseStoreError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, fileMode)
    if descriptor >= 0 {
      close(descriptor)
    } else if errno != EEXIST {
      throw .cannotCreateFile(path: path, reason: lastErrorText())
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .cannotCreateFile(path: path, reason: "it is a directory")
    }
  }

  /// Sets mode 0600 on each of `paths` that exists.
  static func restrict(_ paths: [String]) throws(CaseStoreError) {
    for path in paths where FileManager.default.fileExists(atPath: path) {
      if chmod(path, fileMode) != 0, errno != ENOENT {
        throw .cannotRestrictPermissions(path: path, reason: lastErrorText())
      }
    }
  }

  private static func lastErrorText() -> String { String(cString: strerror(errno)) }
}
