import Foundation

/// Paths inside this repository, found from this file's place so that tests run from any
/// working directory.
enum RepositoryFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  static func files(in directory: String, extension ext: String = "yaml") -> [URL] {
    let folder = url(directory)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}
