import Foundation
import Testing

/// Rendered screens kept as plain text in `__Snapshots__/<name>.txt` beside this file.
///
/// A snapshot that differs fails line by line. A missing one is written (or, with
/// `SNAPSHOT_RECORD=1`, every one is rewritten) and the test still fails, saying so, so that a
/// recording never passes unnoticed; in CI (`CI=true`) a missing snapshot fails without writing.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")

  private static var environment: [String: String] { ProcessInfo.processInfo.environment }
  private static var isRecording: Bool { environment["SNAPSHOT_RECORD"] == "1" }
  private static var isCI: Bool { environment["CI"]?.lowercased() == "true" }

  static func expect(
    _ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = lines.joined(separator: "\n") + "\n"
    let stored = try? String(contentsOf: file, encoding: .utf8)

    if isRecording || (stored == nil && !isCI) {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded snapshot \(file.path); check it and run again", sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot write \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let stored else {
      Issue.record(
        "missing snapshot \(file.path) (CI does not record; run the tests locally)\n\(actual)",
        sourceLocation: sourceLocation)
      return
    }
    let differences = compare(expected: splitLines(stored), actual: lines)
    if !differences.isEmpty {
      Issue.record(
        """
        snapshot \(name) differs (SNAPSHOT_RECORD=1 rewrites it):
        \(differences.joined(separator: "\n"))
        --- actual:
        \(actual)
        """, sourceLocation: sourceLocation)
    }
  }

  private static func splitLines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Each differing line, numbered from 1, expected above actual.
  static func compare(expected: [String], actual: [String]) -> [String] {
    var differences: [String] = []
    for index in 0..<max(expected.count, actual.count) {
      let want = index < expected.count ? expected[index] : nil
      let got = index < actual.count ? actual[index] : nil
      guard want != got else { continue }
      differences.append(
        """
        line \(index + 1):
          expected: \(want.map { "|\($0)|" } ?? "(none)")
          actual:   \(got.map { "|\($0)|" } ?? "(none)")
        """)
    }
    return differences
  }
}
