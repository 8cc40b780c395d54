import ArgumentParser
import CaseStore
import CaseStoreHelper
import Foundation

/// `--db PATH|URL`: which store holds the saved cases.
struct CaseStoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The saved cases' store: an SQLite file, or a postgresql:// URL (default: cases.database of the configuration, else $POLICY_WIZARD_DATABASE_URL, else $XDG_DATA_HOME/policy-wizard/cases.sqlite, else ~/.local/share/policy-wizard/cases.sqlite).",
      valueName: "PATH|URL"))
  var db: String?

  static let configurationHelp =
    "Configuration file, whose cases.database names the store (default: $XDG_CONFIG_HOME/policy-wizard/config.yaml)."

  /// The store this command uses, resolved as the wizard resolves it
  /// (`CaseStoreResolution.resolve`), with the configuration file `configurationPath`.
  func resolved(configurationPath: String?) throws -> ResolvedCaseStore {
    try CaseStoreResolution.resolve(
      db: db, configuration: WizardConfiguration.load(path: configurationPath))
  }

  /// The path as a shell reads it back: single-quoted unless it is plain.
  static func quoted(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,:@*?=".contains($0) }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

/// The one way every command and the wizard find their case store: `--db`, else the
/// configuration's `cases.database`, else `POLICY_WIZARD_DATABASE_URL`, else the default SQLite
/// file. A path is an SQLite file; a `postgresql://` URL a server; anything else is refused.
enum CaseStoreResolution {
  static let environmentVariable = "POLICY_WIZARD_DATABASE_URL"

  static func resolve(
    db: String?, configuration: WizardConfiguration,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(CommandFailure) -> ResolvedCaseStore {
    let given: (text: String, source: String)? =
      if let db { (db, "--db") } else if let configured = configuration.caseDatabase {
        (configured, "cases.database")
      } else if let url = environment[environmentVariable], !url.isEmpty {
        (url, environmentVariable)
      } else { nil }
    var address = CaseStoreAddress.sqlite(
      path: CaseStoreLocation.defaultPath(environment: environment))
    if let given {
      do {
        address = try CaseStoreAddress(parsing: given.text)
      } catch {
        // A bad cases.database is the configuration's fault (78), a bad --db or variable a
        // usage error (64).
        let kind: FailureKind = given.source == "cases.database" ? .configuration : .usage
        throw CommandFailure(
          kind, zh: "\(given.source)：\(error)", en: "\(given.source): \(error)")
      }
    }
    if case .postgreSQL(var server) = address, server.password == nil {
      server.password = try password(configuration: configuration, environment: environment)
      address = .postgreSQL(server)
    }
    return ResolvedCaseStore(
      address: address, isExplicit: given != nil,
      desk: configuration.desk ?? Self.hostName())
  }

  /// The password when the URL has none: `PGPASSWORD`, else the first line of the file that
  /// the configuration's `cases.passwordFile` names. Never printed.
  private static func password(
    configuration: WizardConfiguration, environment: [String: String]
  ) throws(CommandFailure) -> String? {
    if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
    guard let file = configuration.casePasswordFile else { return nil }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure.cannotReadPasswordFile(file)
    }
    let firstLine = String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).first.map(String.init)
    return firstLine?.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "desk" }
    let name = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "desk" : name
  }
}

/// A store named and ready to open: its address (password kept, never shown) and the desk that
/// its saves record.
struct ResolvedCaseStore {
  var address: CaseStoreAddress
  /// Whether `--db`, the configuration or the environment named it (else the default file):
  /// a message offers `--db` only for the default.
  var isExplicit: Bool
  var desk: String

  /// `policy-wizard cases list`, with `--db` when the store is not the default file: the
  /// command to quote in a message that sends the user looking for a case (a URL redacted).
  var listCommand: String {
    "policy-wizard cases list" + (isExplicit ? " --db \(CaseStoreOptions.quoted(location))" : "")
  }

  /// Where the wizard and `cases export --files` write reports: `reports/` beside an SQLite
  /// file; for a server, `reports/` in the default data directory (reports stay on the desk).
  var reportDirectory: String {
    let file: String
    switch address {
    case .sqlite(let path): file = path
    case .postgreSQL: file = CaseStoreLocation.defaultPath()
    }
    return ((file as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent("reports")
  }

  /// For messages: the path, or the URL with its password redacted.
  var location: String { address.description }

  /// Whether there is a store to read: an SQLite file that exists, or any server (which says
  /// for itself when its database is missing).
  var exists: Bool {
    switch address {
    case .sqlite(let path): return FileManager.default.fileExists(atPath: path)
    case .postgreSQL: return true
    }
  }

  /// Opens the store; `.readOnly` creates nothing and changes nothing on disk.
  func open(access: SQLiteCaseStore.Access) throws(CaseStoreError) -> any CaseStore {
    switch address {
    case .sqlite(let path):
      return try SQLiteCaseStore(path: path, access: access, desk: desk)
    case .postgreSQL(let server):
      // In policy-wizard-store, beside this program: postgres-nio and NIO stay out of the
      // wizard's binary and start-up (docs/performance.md).
      return try OutOfProcessCaseStore(
        address: server, desk: desk, launcher: StoreHelperProgram.besideThisProgram())
    }
  }

  /// What `body` reads from the store opened read-only. A store that does not exist is an
  /// error (66), not an empty list: a mistyped `--db` must not look like a store with no cases.
  func reading<T>(_ body: (any CaseStore) throws(CaseStoreError) -> T) throws(CommandFailure)
    -> T
  {
    guard exists else {
      throw CommandFailure.noCaseStore(location)
    }
    do {
      return try body(try open(access: .readOnly))
    } catch {
      throw failure(error)
    }
  }

  /// The store opened to save and delete, created when missing.
  func opened() throws(CommandFailure) -> any CaseStore {
    do {
      return try open(access: .readWrite)
    } catch {
      throw failure(error)
    }
  }

  /// The message of a store's error, with its class: a database another program has locked or
  /// a server that is away (`temporaryFailure`, 75), one that cannot be written (`cannotWrite`,
  /// 73), one that is not ours or is damaged (`dataError`, 65). The store's reasons are in
  /// English; the Chinese message frames them.
  func failure(_ error: CaseStoreError) -> CommandFailure {
    let kind: FailureKind
    switch error {
    case .busy, .serverUnavailable, .conflict: kind = .temporaryFailure
    case .readOnly, .cannotCreateFile, .cannotCreateDirectory, .cannotRestrictPermissions:
      kind = .cannotWrite
    case .cannotOpen: kind = .noInput
    case .noSuchCase: kind = .notFound
    case .badAddress: kind = .usage
    case .notADatabase, .foreignDatabase, .writtenByNewerVersion, .damaged, .emptyEnterpriseName,
      .sqlite, .damagedCase, .server:
      kind = .dataError
    }
    let offersAnother = !isExplicit && kind != .temporaryFailure
    return CommandFailure.caseStore(kind, error, offersAnother: offersAnother)
  }
}

/// Where the cases live when nothing names a store: the XDG data directory.
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
