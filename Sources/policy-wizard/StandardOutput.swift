import Foundation

/// Standard output, checked: a write that fails (a full disk, `> /dev/full`, a closed pipe —
/// SIGPIPE is ignored) is a failure of the command that names standard output and exits
/// `FailureKind.cannotWrite`, never a silent success with the output lost.
///
/// Everything the commands print comes here (`print` and `printJSON` in Output.swift), kept in
/// one buffer of its own and written with write(2): C's `stdout`, whose error flag would say
/// the same, cannot be named from Swift 6 code (a shared mutable global).
enum StandardOutput {
  /// What is printed is written out once this much has gathered, and at the end.
  static let bufferSize = 64 * 1024

  private final class Buffer: @unchecked Sendable {
    let lock = NSLock()
    var bytes: [UInt8] = []
    /// The errno of the first write that failed; nothing more is written after it.
    var failure: Int32?
  }

  private static let shared = Buffer()

  /// Adds `text` to what goes out, writing it out when the buffer is full.
  static func append(_ text: String) {
    shared.lock.lock()
    defer { shared.lock.unlock() }
    shared.bytes.append(contentsOf: text.utf8)
    if shared.bytes.count >= bufferSize { drain() }
  }

  /// Writes out what has gathered now (a prompt before reading the answer).
  static func flush() {
    shared.lock.lock()
    defer { shared.lock.unlock() }
    drain()
  }

  /// Writes all of `text` at once, after what has gathered (the fast `evaluate` path: print's
  /// per-call work showed up in a cold start).
  static func write(_ text: String) throws(CommandFailure) {
    append(text)
    try finish()
  }

  /// Writes out what has gathered and fails when that, or any write before it, did not reach
  /// standard output. Called once, after the command has run.
  static func finish() throws(CommandFailure) {
    shared.lock.lock()
    drain()
    let failure = shared.failure
    shared.lock.unlock()
    if let failure { throw Self.failure(errorNumber: failure) }
  }

  static func failure(errorNumber: Int32) -> CommandFailure {
    let reason = String(cString: strerror(errorNumber))
    return CommandFailure.cannotWriteStandardOutput(reason: reason)
  }

  /// Writes the buffer out (the lock held); a failure is kept and the rest dropped.
  private static func drain() {
    defer { shared.bytes.removeAll(keepingCapacity: true) }
    guard shared.failure == nil, !shared.bytes.isEmpty else { return }
    shared.failure = shared.bytes.withUnsafeBytes { bytes -> Int32? in
      guard let base = bytes.baseAddress else { return nil }
      var written = 0
      while written < bytes.count {
        let count = Foundation.write(STDOUT_FILENO, base + written, bytes.count - written)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { return count < 0 ? errno : EIO }
        written += count
      }
      return nil
    }
  }
}
