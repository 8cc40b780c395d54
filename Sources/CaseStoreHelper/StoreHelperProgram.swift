import CaseStore
import Foundation
import ProcessRunner

#if canImport(Glibc)
  import Glibc
#endif

/// How an `OutOfProcessCaseStore` gets a helper to talk to: a started `policy-wizard-store`
/// (`StoreHelperProgram`), or, in the tests, a store served on a thread.
public protocol StoreHelperLauncher: Sendable {
  /// A helper ready for its `open` request; `location` is for the error when there is none.
  func launch(location: String) throws(CaseStoreError) -> StoreHelperLink
}

/// A running helper: the channel to it, and how to end it.
public final class StoreHelperLink: @unchecked Sendable {
  public let channel: StoreHelperChannel
  private let ending: (_ force: Bool) -> Void
  private let lock = NSLock()
  private var ended = false

  /// - Parameter end: Closes the wizard's end and makes sure the helper is gone (`force`: at
  ///   once, for one that hangs or talks nonsense); called once.
  public init(channel: StoreHelperChannel, end: @escaping (_ force: Bool) -> Void) {
    self.channel = channel
    self.ending = end
  }

  public func end(force: Bool) {
    let first = lock.withLock {
      defer { ended = true }
      return !ended
    }
    if first { ending(force) }
  }
}

/// `policy-wizard-store`, the program that links postgres-nio and serves the PostgreSQL store
/// to the wizard over a socket that is its standard input and output.
public struct StoreHelperProgram: StoreHelperLauncher {
  public static let name = "policy-wizard-store"
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The helper installed beside the running program (as `policy-wizard serve` finds
  /// `policy-wizard-server`), never one found through `PATH`: a kiosk runs only what was
  /// installed with it.
  public static func besideThisProgram() -> StoreHelperProgram {
    StoreHelperProgram(path: ProcessRunner.programBesideThisOne(named: name))
  }

  /// Starts the helper with a socket as its standard input and output (no shell, no
  /// arguments), in a process group of its own, so that a Ctrl-C at the terminal reaches the
  /// wizard, which decides; the helper ends when the wizard's end of the socket closes.
  public func launch(location: String) throws(CaseStoreError) -> StoreHelperLink {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw .cannotOpen(
        path: location,
        reason:
          "\(path) is missing: policy-wizard talks to a PostgreSQL server through \(Self.name), installed beside it (scripts/build-release.sh builds both)"
      )
    }
    var ends: [Int32] = [-1, -1]
    // Close-on-exec from the start, so that no other program the wizard starts (a print
    // command) inherits the wizard's end and keeps the helper alive after the wizard.
    guard
      socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        == 0
    else {
      throw .serverUnavailable(
        location: location, reason: "cannot make a socket: \(String(cString: strerror(errno)))")
    }
    let (mine, helpers) = (ends[0], ends[1])
    defer { close(helpers) }
    let child: ProcessRunner.Child
    do {
      child = try ProcessRunner.spawn(
        path, [], environment: Self.environment(), stdin: .descriptor(helpers),
        stdout: .descriptor(helpers), stderr: .discarded, ownProcessGroup: true)
    } catch {
      close(mine)
      throw .serverUnavailable(location: location, reason: "\(Self.name) cannot start: \(error)")
    }
    return StoreHelperLink(channel: StoreHelperChannel(input: mine, output: mine)) { force in
      close(mine)
      // It sees the socket close and exits; one that does not within a moment is killed.
      if force || child.wait(timeout: .seconds(2)) == nil {
        child.kill(SIGKILL)
      }
      child.wait()
    }
  }

  /// What the helper's environment holds: no password (`PGPASSWORD` and the database URL stay
  /// in the wizard; the password goes through the socket), the TLS roots' locations if set,
  /// and no backtracer (a crash should end the helper at once: its standard error goes
  /// nowhere and the wizard reports the server as unavailable).
  static func environment(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String: String] {
    var kept = environment.filter { ["SSL_CERT_FILE", "SSL_CERT_DIR"].contains($0.key) }
    kept["SWIFT_BACKTRACE"] = "enable=no"
    return kept
  }
}
