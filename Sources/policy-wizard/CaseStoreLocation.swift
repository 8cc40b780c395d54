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

  /// The message of a store's error, with its class: a database another program has locked
  /// (`temporaryFailure`, 75), one that cannot be written (`cannotWrite`, 73), one that is not
  /// ours or is damaged (`dataError`, 65). The store's reasons are in English; the Chinese
  /// message frames them.
  func failure(_ error: CaseStoreError) -> CommandFailure {
    let kind: FailureKind
    switch error {
    case .busy: kind = .temporaryFailure
    case .readOnly, .cannotCreateFile, .cannotCreateDirectory, .cannotRestrictPermissions:
      kind = .cannotWrite
    case .cannotOpen: kind = .noInput
    case .noSuchCase: kind = .notFound
    case .notADatabase, .foreignDatabase, .writtenByNewerVersion, .damaged, .emptyEnterpriseName,
      .sqlite:
      kind = .dataError
    }
    let offersAnother = db == nil && kind != .temporaryFailure
    return CommandFailure.caseStore(kind, error, offersAnother: offersAnother)
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
