import Foundation
import ProcessRunner

/// The `sqlite3` command, when installed, for SQLite's own verdict on a database file (CI
/// installs it: `.ci/run`). Shared by the case store's tests and the end-to-end tests.
public enum SQLiteCommand {
  public static let executable = ProcessRunner.executable(named: "sqlite3")
  public static var isAvailable: Bool { executable != nil }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Runs `sql` on the database at `path` and returns what sqlite3 printed (output and errors),
  /// trimmed; throws when it fails or runs longer than 30 s.
  @discardableResult
  public static func run(_ path: String, _ sql: String) throws -> String {
    guard let executable else { throw Failure(description: "sqlite3 is not installed") }
    let result = try ProcessRunner.run(executable, [path, sql], timeLimit: .seconds(30))
    let text = (result.stdoutText + result.stderrText)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard result.termination == .exited(0) else {
      throw Failure(description: "sqlite3 failed (\(result.termination)): \(text)")
    }
    return text
  }
}
