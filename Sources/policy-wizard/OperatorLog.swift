import Foundation

/// The kiosk's record of wrong operator PINs (`kiosk.operatorLog` in the configuration): one
/// line per failed attempt, its time (UTC) and how many there have been since the kiosk
/// started, nothing else — no digits typed, nothing of the visitor. The file is created 0600
/// and only ever appended to. Without the setting nothing is written (standard error belongs
/// to the screen under curses); the screen's “请稍候 N 秒” still shows the back-off. A line
/// that cannot be written is said on the PIN prompt, where the operator is (`SessionEffects`).
/// The back-off itself is kept beside the log (`OperatorBackOff`).
struct OperatorLog {
  let path: String

  /// The line written for the `attempt`-th wrong PIN at `date`.
  static func line(attempt: Int, at date: Date) -> String {
    let stamp = ISO8601DateFormatter.string(
      from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    return "\(stamp) failed operator PIN attempt \(attempt)\n"
  }

  /// The back-off's file, beside the log.
  var backOffPath: String { OperatorBackOff.path(besideLog: path) }

  /// Appends the line; nil when written, else why it could not be (the kiosk goes on and
  /// shows the reason to the operator).
  @discardableResult
  func recordFailure(attempt: Int, at date: Date = Date()) -> String? {
    var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
    } else if errno == EEXIST {
      descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
    }
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    defer { close(descriptor) }
    let bytes = Array(Self.line(attempt: attempt, at: date).utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      return written < 0 ? String(cString: strerror(errno)) : "short write"
    }
    return nil
  }
}
