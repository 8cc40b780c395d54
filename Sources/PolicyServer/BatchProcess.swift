import Foundation
import NIOCore
import NIOPosix

#if canImport(Glibc)
  import Glibc
#endif

/// `POST /v1/batch` runs `policy-wizard batch - --format jsonl` — the command itself, beside the
/// server's executable — so that every row is evaluated and written by the one batch code, the
/// same bytes as the command line's, and bad rows are reported per row as `batch` reports them.
/// The body goes to its standard input and its standard output comes back as the response,
/// both through non-blocking pipes with back-pressure: a 100 MB body is never held.
public struct BatchProcess: Sendable {
  /// The `policy-wizard` to run.
  let executable: String
  let arguments: [String]
  let pid: pid_t
  /// The child's standard input (written) and standard output (read).
  let standardInput: CInt
  let standardOutput: CInt

  /// The `policy-wizard` beside the running program (the server, or the test runner in
  /// `.build/debug`).
  public static func besideThisProgram() -> String {
    let me =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(
      "policy-wizard"
    ).path
  }

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts the batch with its standard error discarded (it holds the per-article summary and
  /// each bad row's message again, which may quote a row's contents: not for the log).
  static func start(executable: String, arguments: [String]) throws(StartFailure) -> BatchProcess {
    var input: [CInt] = [0, 0]
    var output: [CInt] = [0, 0]
    guard pipe(&input) == 0 else { throw StartFailure(description: "pipe: \(errno)") }
    guard pipe(&output) == 0 else {
      close(input[0])
      close(input[1])
      throw StartFailure(description: "pipe: \(errno)")
    }
    // Not inherited by other children: each batch's ends belong to it alone (dup2 clears the
    // flag on the child's 0 and 1).
    for end in input + output { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(input[0])
    close(output[1])
    guard status == 0 else {
      close(input[1])
      close(output[0])
      throw StartFailure(description: "cannot start '\(executable)': error \(status)")
    }
    return BatchProcess(
      executable: executable, arguments: arguments, pid: pid, standardInput: input[1],
      standardOutput: output[0])
  }

  /// Waits for the child on a thread of NIO's pool, so that no worker blocks.
  func wait() async {
    let pid = pid
    _ = try? await NIOThreadPool.singleton.runIfActive {
      var status: CInt = 0
      while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }
  }

  /// Ends the child at once (the client went away).
  func kill() { _ = Glibc.kill(pid, SIGKILL) }
}
