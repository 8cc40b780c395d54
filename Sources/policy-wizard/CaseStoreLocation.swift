import ArgumentParser
import CaseStore
import Foundation

/// `--db PATH`: which file holds the saved cases.
struct CaseStoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The saved cases' database (default: $XDG_DATA_HOME/policy-wizard/cases.sqlite, else ~/.local/share/policy-wizard/cases.sqlite).",
      valueName: "PATH"))
  var db: String?

  var path: String { db ?? CaseStoreLocation.defaultPath() }

  /// `policy-wizard cases list`, with this `--db` when one was given: the command to quote in
  /// a message that sends the user looking for a case.
  var listCommand: String {
    "policy-wizard cases list" + (db.map { " --db \(Self.quoted($0))" } ?? "")
  }

  /// What `body` reads from the store opened read-only, or nil when there is no database file
  /// yet: reading commands create nothing and change nothing (not a mode, not a directory), so
  /// that a mistyped `--db` leaves no stray file behind and a read-only file stays read-only.
  func reading<T>(_ body: (CaseStore) throws(CaseStoreError) -> T) throws(CommandFailure) -> T? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      return try body(try CaseStore(path: path, access: .readOnly))
    } catch {
      throw failure(error)
    }
  }

  /// The store opened to save and delete, created when missing.
  func open() throws(CommandFailure) -> CaseStore {
    do {
      return try CaseStore(path: path)
    } catch {
      throw failure(error)
    }
  }

  /// The message of a store's error, with its sysexits status: 75 (EX_TEMPFAIL) for a database
  /// another program has locked, 73 (EX_CANTCREAT) for one that cannot be written.
  func failure(_ error: CaseStoreError) -> CommandFailure {
    let hint = db == nil ? "; use --db PATH for another file" : ""
    switch error {
    case .busy: return CommandFailure("\(error)", status: ExitStatus.temporaryFailure)
    case .readOnly, .cannotCreateFile, .cannotCreateDirectory:
      return CommandFailure("\(error)\(hint)", status: ExitStatus.cannotCreate)
    default: return CommandFailure("\(error)\(hint)")
    }
  }

  /// The path as a shell reads it back: single-quoted unless it is plain.
  private static func quoted(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,:@".contains($0) }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

/// Where the cases live when `--db` does not say: the XDG data directory.
enum CaseStoreLocation {
  static let directoryName = "policy-wizard"
  static let fileName = "cases.sqlite"

  static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    let dataHome: String
    // The XDG spec says a relative XDG_DATA_HOME is to be ignored.
    if let configured = environment["XDG_DATA_HOME"], configured.hasPrefix("/") {
      dataHome = configured
    } else {
      let home =
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        ?? FileManager.default.homeDirectoryForCurrentUser.path
      dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
    }
    return URL(fileURLWithPath: dataHome).appendingPathComponent(directoryName)
      .appendingPathComponent(fileName).path
  }
}
