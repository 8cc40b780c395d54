import Foundation

/// Writes a set of report files that belong together (the HTML and the text report of one
/// export) into a private directory, under new names: nothing already there is overwritten.
public enum ReportFiles {
  /// Writes each of `files` (extension and contents) as `directory/stem.extension`, or with
  /// `-2`, `-3` … after the stem when any of those names is taken; every file of the set gets
  /// the same suffix. The directory is created 0700 when missing, the files 0600.
  ///
  /// - Parameter stem: Used as it is: pass names through `ExportFileName.sanitized(_:)`.
  /// - Returns: The paths written, in the order of `files`.
  public static func writeNew(
    _ files: [(extension: String, data: Data)], in directory: String, stem: String
  ) throws(PrivateFileError) -> [String] {
    try PrivateFiles.makeDirectory(directory)
    let base = URL(fileURLWithPath: directory)
    for attempt in 1...1000 {
      let name = attempt == 1 ? stem : "\(stem)-\(attempt)"
      var written: [String] = []
      var taken = false
      for file in files {
        let path = base.appendingPathComponent("\(name).\(file.extension)").path
        do {
          if try PrivateFiles.writeNew(file.data, to: path) {
            written.append(path)
          } else {
            taken = true
            break
          }
        } catch {
          for path in written { unlink(path) }
          throw error
        }
      }
      if !taken { return written }
      for path in written { unlink(path) }
    }
    throw PrivateFileError(
      path: base.appendingPathComponent(stem).path, reason: "a thousand reports of that name exist")
  }
}
