import Foundation

/// The processes that run a given executable, read from `/proc`: what a test looks at to see
/// that a helper program was started, and that none is left behind.
public enum HelperProcesses {
  /// The ids of the live processes (zombies excluded) whose executable is `path`.
  public static func running(_ path: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard
        let executable = try? FileManager.default.destinationOfSymbolicLink(
          atPath: "/proc/\(pid)/exe"), executable == path,
        let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let state = stat.split(separator: ")").last?.split(separator: " ").first
      else { return false }
      return state != "Z"
    }
  }

  /// Watches `/proc` until some process runs `path` (`present`) or none does, at most
  /// `timeout`; returns the processes running it then.
  public static func await(_ path: String, present: Bool, timeout: Duration = .seconds(10))
    -> [Int32]
  {
    let deadline = ContinuousClock.now + timeout
    while true {
      let found = running(path)
      if found.isEmpty != present || ContinuousClock.now >= deadline { return found }
      Thread.sleep(forTimeInterval: 0.01)
    }
  }
}
