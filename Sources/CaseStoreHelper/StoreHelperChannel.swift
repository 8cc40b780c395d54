import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Lines of bytes over a socket (or a pipe) between the wizard and `policy-wizard-store`:
/// whole lines out, whole lines in, waiting at most until a deadline.
public final class StoreHelperChannel: @unchecked Sendable {
  /// Why a line could not be sent or received.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The other end closed (the helper ended, or the wizard did).
    case closed
    /// No whole line before the deadline.
    case timedOut
    /// The system call failed with this errno.
    case system(Int32)

    public var description: String {
      switch self {
      case .closed: return "it ended"
      case .timedOut: return "it gave no answer in time"
      case .system(let code): return String(cString: strerror(code))
      }
    }
  }

  private let input: Int32
  private let output: Int32
  /// What was read past the last whole line.
  private var pending: [UInt8] = []

  /// Reads from `input` and writes to `output` (the same descriptor for a socket); the
  /// descriptors stay the caller's to close.
  public init(input: Int32, output: Int32) {
    self.input = input
    self.output = output
  }

  /// Writes all of `line`. A socket's end gone is an error (`MSG_NOSIGNAL`), never SIGPIPE.
  public func send(_ line: [UInt8]) throws(Failure) {
    var offset = 0
    while offset < line.count {
      let written = line.withUnsafeBytes { buffer in
        Self.write(output, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw errno == EPIPE || errno == ECONNRESET ? .closed : .system(errno)
      }
      offset += written
    }
  }

  /// The next line without its newline; waits at most until `deadline` (nil: as long as it
  /// takes).
  public func receiveLine(before deadline: ContinuousClock.Instant? = nil) throws(Failure)
    -> [UInt8]
  {
    var searched = 0
    while true {
      if let newline = pending[searched...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(pending[..<newline])
        pending.removeSubrange(...newline)
        return line
      }
      searched = pending.count
      if let deadline {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { throw .timedOut }
        let (seconds, attoseconds) = left.components
        let milliseconds = Int32(
          clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 {
          if errno == EINTR { continue }
          throw .system(errno)
        }
        if ready == 0 { continue }
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw errno == ECONNRESET ? .closed : .system(errno)
      }
      guard count > 0 else { throw .closed }
      pending.append(contentsOf: chunk[..<count])
    }
  }

  /// `send(2)` with `MSG_NOSIGNAL` on a socket; `write(2)` on anything else (a pipe, when the
  /// helper is tried by hand).
  private static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    let sent = Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
    if sent < 0, errno == ENOTSOCK { return Glibc.write(descriptor, bytes, count) }
    return sent
  }
}
