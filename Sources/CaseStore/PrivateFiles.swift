import Foundation

/// Creates the case database's directory and file readable by their owner only: cases name
/// enterprises, contacts and figures that other accounts on a shared desk machine must not read.
/// Reports, which name the same, are written through here too (`writeNew`, `replace`), so that
/// they get the same modes whatever the umask.
public enum PrivateFiles {
  static let directoryMode: mode_t = 0o700
  static let fileMode: mode_t = 0o600

  /// Creates the missing directories of `path`, each 0700; existing ones are left as they are
  /// (`--db ./cases.sqlite` must not change the working directory's mode).
  static func createDirectory(_ path: String) throws(CaseStoreError) {
    do {
      try makeDirectory(path)
    } catch {
      throw .cannotCreateDirectory(path: error.path, reason: error.reason)
    }
  }

  /// Creates the missing directories of `path`, each 0700 whatever the umask; existing ones
  /// are left as they are.
  public static func makeDirectory(_ path: String) throws(PrivateFileError) {
    var missing: [String] = []
    var current = URL(fileURLWithPath: path).standardizedFileURL
    while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
      missing.append(current.path)
      current = current.deletingLastPathComponent()
    }
    for directory in missing.reversed() {
      // EEXIST: another process created it meanwhile, which is as good.
      if mkdir(directory, directoryMode) != 0, errno != EEXIST {
        throw PrivateFileError(path: directory, reason: lastErrorText())
      }
      // The umask may have removed bits; set the mode explicitly.
      if chmod(directory, directoryMode) != 0 {
        throw PrivateFileError(path: directory, reason: lastErrorText())
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw PrivateFileError(path: path, reason: "a file of that name is in the way") }
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

  /// Takes every permission of the group and of others away from each of `paths` that
  /// exists, and adds none: a file the operator made read-only (0400) stays read-only.
  static func restrict(_ paths: [String]) throws(CaseStoreError) {
    for path in paths {
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      let mode = status.st_mode & 0o7777
      let restricted = mode & 0o700
      guard restricted != mode else { continue }
      if chmod(path, restricted) != 0, errno != ENOENT {
        throw .cannotRestrictPermissions(path: path, reason: lastErrorText())
      }
    }
  }

  /// Writes `data` to `path`, which must not exist yet: created 0600 whatever the umask
  /// (O_CREAT | O_EXCL, then fchmod), never through a symbolic link left in its place.
  /// - Returns: false when the file already exists (nothing is written then).
  public static func writeNew(_ data: Data, to path: String) throws(PrivateFileError) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
    guard descriptor >= 0 else {
      if errno == EEXIST { return false }
      throw PrivateFileError(path: path, reason: lastErrorText())
    }
    do {
      try fill(descriptor, with: data, path: path)
    } catch {
      close(descriptor)
      unlink(path)
      throw error
    }
    guard close(descriptor) == 0 else {
      let reason = lastErrorText()
      unlink(path)
      throw PrivateFileError(path: path, reason: reason)
    }
    return true
  }

  /// Writes `data` to `path`, replacing the file there if any, atomically: a new 0600 file
  /// beside it, renamed over it. The directory must exist (it is the user's to choose).
  public static func replace(_ data: Data, at path: String) throws(PrivateFileError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw PrivateFileError(path: path, reason: "it is a directory; give a file name")
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw PrivateFileError(path: path, reason: "the directory \(directory) does not exist") }
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(UUID().uuidString.prefix(8)).part").path
    guard try writeNew(data, to: temporary) else {
      throw PrivateFileError(path: temporary, reason: "a file of that name is in the way")
    }
    if rename(temporary, path) != 0 {
      let reason = lastErrorText()
      unlink(temporary)
      throw PrivateFileError(path: path, reason: reason)
    }
  }

  private static func fill(_ descriptor: Int32, with data: Data, path: String)
    throws(PrivateFileError)
  {
    if fchmod(descriptor, fileMode) != 0 {
      throw PrivateFileError(path: path, reason: lastErrorText())
    }
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure != 0 {
      throw PrivateFileError(path: path, reason: String(cString: strerror(failure)))
    }
  }

  private static func lastErrorText() -> String { String(cString: strerror(errno)) }
}

/// A file or directory that could not be written, and why (as the system says it).
public struct PrivateFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot write \(path): \(reason)" }
}
