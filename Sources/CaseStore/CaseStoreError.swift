import Foundation

/// Why the case database could not be opened or changed, worded for the consultant at the desk.
/// Codable: `policy-wizard-store` sends it to the wizard whole (`StoreHelperReply`).
public enum CaseStoreError: Error, Equatable, Sendable, Codable, CustomStringConvertible {
  case cannotCreateDirectory(path: String, reason: String)
  case cannotCreateFile(path: String, reason: String)
  case cannotRestrictPermissions(path: String, reason: String)
  case notADatabase(path: String)
  /// An SQLite database that some other program made: saving cases into it would mix data.
  case foreignDatabase(path: String)
  case writtenByNewerVersion(path: String)
  case damaged(path: String, detail: String)
  case emptyEnterpriseName
  case noSuchCase(id: Int64)
  /// Another program holds a lock on the database for longer than `CaseStore.busyTimeout`.
  case busy(path: String)
  /// The file or its directory cannot be written (its mode, a read-only mount).
  case readOnly(path: String)
  case cannotOpen(path: String, reason: String)
  case sqlite(path: String, message: String)
  /// Another desk saved the case since this one opened it: nothing was written.
  case conflict(CaseConflict)
  /// A row that cannot be read as a case.
  case damagedCase(DamagedCase)
  /// The database server could not be reached or went away mid-operation; whether a write
  /// happened is unknown only for an idempotent save, which is safe to retry.
  case serverUnavailable(location: String, reason: String)
  /// The server refused the operation (permissions, a constraint, a query it could not run).
  case server(location: String, message: String)
  /// `--db`, `cases.database` or `POLICY_WIZARD_DATABASE_URL` names no store this program can
  /// use (redacted: never holds a password).
  case badAddress(String, reason: String)

  public var description: String {
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      return "cannot create the directory \(path) for saved cases: \(reason)"
    case .cannotCreateFile(let path, let reason):
      return "cannot create the case database \(path): \(reason)"
    case .cannotRestrictPermissions(let path, let reason):
      return "cannot make \(path) private to its owner (mode 0600): \(reason)"
    case .notADatabase(let path):
      return "\(path) is not an SQLite database, so it cannot hold saved cases"
    case .foreignDatabase(let path):
      return "\(path) is an SQLite database of another program, not policy-wizard's saved cases"
    case .writtenByNewerVersion(let path):
      return "\(path) was written by a newer policy-wizard; update policy-wizard to open it"
    case .damaged(let path, let detail):
      return "the case database \(path) is damaged: \(detail)"
    case .emptyEnterpriseName:
      return "a case needs the enterprise's name"
    case .noSuchCase(let id):
      return "there is no saved case \(id)"
    case .busy(let path):
      return
        "the case database \(path) is locked by another program (another wizard or a script in the middle of a save); try again in a moment"
    case .readOnly(let path):
      return
        "the case database \(path) cannot be written (the file or its directory is read-only); nothing was saved"
    case .cannotOpen(let path, let reason):
      return "cannot open the case database \(path): \(reason)"
    case .sqlite(let path, let message):
      return "the case database \(path): \(message)"
    case .conflict(let conflict):
      return
        "case \(conflict.stored.id) was changed at another desk (\(conflict.stored.desk ?? "unknown desk"), version \(conflict.stored.version)) since it was opened (version \(conflict.expectedVersion)); nothing was saved"
    case .damagedCase(let damaged):
      return "case \(damaged.id) is damaged: \(damaged.problem)"
    case .serverUnavailable(let location, let reason):
      return "the case database server \(location) is not available: \(reason)"
    case .server(let location, let message):
      return "the case database server \(location): \(message)"
    case .badAddress(let address, let reason):
      return "\(address) is not a case database: \(reason)"
    }
  }
}
