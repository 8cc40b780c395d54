import Foundation
import ProcessRunner

#if canImport(Glibc)
  import Glibc
#endif

/// A private PostgreSQL cluster for the tests: `initdb` in a temporary directory, the server
/// on a free loopback port (and a socket in that directory only), run as the `postgres` user
/// when the tests run as root (the server refuses root), stopped and deleted at the end. No
/// mock: the real server of Debian's `postgresql` package.
///
/// Where the server binaries are absent the tests that need one are skipped, visibly, with
/// `skipReason`; `.ci/run` sets `POLICY_WIZARD_REQUIRE_POSTGRESQL=1`, which makes that a
/// failure instead (`PostgreSQLCluster.mustRun`).
public final class PostgreSQLCluster: @unchecked Sendable {
  /// The superuser `initdb` makes, and its password (the host connections use SCRAM).
  public static let user = "hall"
  public static let password = "hall-test-password"

  /// The directory of `initdb`, `pg_ctl`, `postgres` and `psql`: `POLICY_WIZARD_PG_BIN`, else
  /// the newest `/usr/lib/postgresql/N/bin`, else the one beside `pg_ctl` on `PATH`.
  public static let binDirectory: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let configured = environment["POLICY_WIZARD_PG_BIN"], hasServer(configured) {
      return configured
    }
    let versions =
      (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
    for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
      let directory = "/usr/lib/postgresql/\(version)/bin"
      if hasServer(directory) { return directory }
    }
    if let pgCtl = ProcessRunner.executable(named: "pg_ctl") {
      let directory = (pgCtl as NSString).deletingLastPathComponent
      if hasServer(directory) { return directory }
    }
    return nil
  }()

  private static func hasServer(_ directory: String) -> Bool {
    ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy {
      FileManager.default.isExecutableFile(atPath: "\(directory)/\($0)")
    }
  }

  public static var isAvailable: Bool { binDirectory != nil }
  /// Set by `.ci/run`: a missing server fails the run instead of skipping its tests.
  public static var mustRun: Bool {
    ProcessInfo.processInfo.environment["POLICY_WIZARD_REQUIRE_POSTGRESQL"] == "1"
  }
  /// Whether the PostgreSQL tests run: the binaries are there, or CI demands them (and they
  /// fail, saying so, when absent).
  public static var testsRun: Bool { isAvailable || mustRun }
  public static let skipReason =
    "PostgreSQL's server binaries (initdb, pg_ctl, postgres, psql) are not installed: apt-get install -y postgresql"

  /// The cluster every test shares (each test makes its own database); stopped at exit.
  public static let shared: Result<PostgreSQLCluster, any Error> = {
    let result = Result { try PostgreSQLCluster() }
    if case .success(let cluster) = result {
      sharedForExit = cluster
      atexit { PostgreSQLCluster.sharedForExit?.remove() }
    }
    return result
  }()
  nonisolated(unsafe) private static var sharedForExit: PostgreSQLCluster?

  public let directory: String
  public let port: Int
  private let bin: String
  private let runAsPostgres: Bool
  private let lock = NSLock()
  private var databases = 0

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
  }

  /// Makes and starts a new cluster.
  public init() throws {
    guard let bin = Self.binDirectory else { throw Failure(description: Self.skipReason) }
    self.bin = bin
    runAsPostgres = geteuid() == 0
    var template = Array((NSTemporaryDirectory() + "/policy-wizard-pg-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Failure(description: "cannot make a temporary directory")
    }
    directory = String(cString: made)
    if runAsPostgres {
      guard let account = getpwnam("postgres") else {
        throw Failure(
          description: "running as root, and there is no postgres user to run the server")
      }
      chown(directory, account.pointee.pw_uid, account.pointee.pw_gid)
    }
    chmod(directory, 0o700)
    port = try Self.freePort()
    let passwordFile = directory + "/password"
    try Data((Self.password + "\n").utf8).write(to: URL(fileURLWithPath: passwordFile))
    if runAsPostgres, let account = getpwnam("postgres") {
      chown(passwordFile, account.pointee.pw_uid, account.pointee.pw_gid)
    }
    try runServerTool(
      "initdb",
      [
        "-D", dataDirectory, "-U", Self.user, "--pwfile", passwordFile, "-E", "UTF8",
        "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
      ])
    try start()
  }

  public var dataDirectory: String { directory + "/data" }

  /// The URL of `database` for the superuser, with the password unless `withPassword` is false.
  public func url(database: String, withPassword: Bool = true) -> String {
    let credentials = withPassword ? "\(Self.user):\(Self.password)" : Self.user
    return "postgresql://\(credentials)@127.0.0.1:\(port)/\(database)"
  }

  /// A new empty database, its name unique in this cluster.
  public func createDatabase(prefix: String = "cases") throws -> String {
    let name = lock.withLock {
      databases += 1
      return "\(prefix)_\(getpid())_\(databases)"
    }
    try psql("CREATE DATABASE \(name)", database: "postgres")
    return name
  }

  /// Runs `sql` through psql on the cluster's socket as the superuser; returns its output
  /// (unaligned, tuples only).
  @discardableResult
  public func psql(_ sql: String, database: String) throws -> String {
    try runServerTool(
      "psql",
      [
        "-h", directory, "-p", String(port), "-U", Self.user, "-d", database, "-X", "-A", "-t",
        "-v", "ON_ERROR_STOP=1", "-c", sql,
      ])
  }

  /// Starts the server (again) on the same port.
  public func start() throws {
    try runServerTool(
      "pg_ctl",
      [
        "-D", dataDirectory, "-l", directory + "/server.log", "-w", "-t", "60", "-o",
        "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100",
        "start",
      ])
  }

  /// `pg_ctl stop -m MODE`: `fast` ends every session and checkpoints; `immediate` as a crash.
  public func stop(mode: String = "fast") throws {
    try runServerTool("pg_ctl", ["-D", dataDirectory, "-m", mode, "-w", "stop"])
  }

  /// Stops the server at once and deletes the cluster.
  public func remove() {
    _ = try? stop(mode: "immediate")
    try? FileManager.default.removeItem(atPath: directory)
  }

  @discardableResult
  private func runServerTool(_ tool: String, _ arguments: [String]) throws -> String {
    let executable = bin + "/" + tool
    let (program, all) =
      runAsPostgres
      ? ("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments)
      : (executable, arguments)
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment["PGPASSWORD"] = nil
    let result = try ProcessRunner.run(
      program, all, environment: environment, in: URL(fileURLWithPath: directory),
      timeLimit: .seconds(120))
    guard result.termination == .exited(0) else {
      throw Failure(
        description:
          "\(tool) failed (\(result.termination)): \(result.stdoutText)\(result.stderrText)")
    }
    return result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A loopback port nobody listens on now: bound to port 0 and released.
  private static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failure(description: "cannot make a socket") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0 else { throw Failure(description: "cannot bind a loopback port") }
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    guard named == 0 else { throw Failure(description: "cannot read the bound port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
