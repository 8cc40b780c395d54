import Foundation
import WizardCore

/// The operator PIN's back-off on disk, beside the operator log (`<operatorLog>.backoff`), so
/// that a restart of the kiosk does not reset it: how many wrong PINs there have been and the
/// time (Unix seconds, UTC) until which the prompt refuses input. Nothing of a visitor, no
/// digits typed. Written whole to a new 0600 file that then replaces the old one (rename), so
/// that a crash mid-write leaves the previous back-off, never a torn one. The right PIN
/// removes it.
struct OperatorBackOff: Equatable {
  var failedAttempts: Int
  /// Seconds since 1970 until which the prompt refuses input.
  var lockedUntil: Double

  /// The file kept beside `operatorLogPath`.
  static func path(besideLog operatorLogPath: String) -> String { operatorLogPath + ".backoff" }

  /// After the `attempt`-th wrong PIN at `date`: the lock `OperatorLock` applies.
  init(afterFailure attempt: Int, at date: Date = Date()) {
    failedAttempts = attempt
    lockedUntil =
      date.timeIntervalSince1970
      + Double(OperatorLock.delayMilliseconds(afterFailures: attempt)) / 1000
  }

  init(failedAttempts: Int, lockedUntil: Double) {
    self.failedAttempts = failedAttempts
    self.lockedUntil = lockedUntil
  }

  var text: String {
    "failedAttempts \(failedAttempts)\nlockedUntil \(Int(lockedUntil.rounded(.up)))\n"
  }

  /// The file's back-off, or nil when there is none or it cannot be read (then the kiosk
  /// starts without one, as before the file existed).
  static func read(path: String) -> OperatorBackOff? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 1_000 else {
      return nil
    }
    var values: [String: Int] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let value = Int(parts[1]), value >= 0 {
        values[String(parts[0])] = value
      }
    }
    guard let failures = values["failedAttempts"], let until = values["lockedUntil"] else {
      return nil
    }
    return OperatorBackOff(failedAttempts: failures, lockedUntil: Double(until))
  }

  /// The back-off as the wizard keeps it, its clock reading 0 at `date`.
  func lock(at date: Date = Date()) -> OperatorLock {
    let remaining = max(0, lockedUntil - date.timeIntervalSince1970)
    return OperatorLock(
      failedAttempts: failedAttempts,
      remainingMilliseconds: Int(min(remaining, 86_400) * 1000))
  }

  /// Writes the file (0600, atomically); false when it cannot be written.
  @discardableResult
  func write(path: String) -> Bool {
    let temporary = path + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return false }
    fchmod(descriptor, 0o600)
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written == bytes.count, synced, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  /// The right PIN: the back-off is over.
  static func remove(path: String) {
    unlink(path)
  }
}
