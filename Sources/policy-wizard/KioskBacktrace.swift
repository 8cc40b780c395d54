import Foundation

/// A crash at the self-service terminal must never offer Swift's interactive crash console
/// (a source listing and a `>>>` prompt whose `debug` command hands a stranger a debugger).
///
/// The runtime reads `SWIFT_BACKTRACE` once, when the process starts, so setting it later is
/// too late: a kiosk run whose environment does not already say `interactive=no` starts itself
/// again with it added (the supervisor's unit, `deploy/policy-wizard-kiosk.service`, sets it
/// too, so that the second start is normally not needed).
enum KioskBacktrace {
  static let variable = "SWIFT_BACKTRACE"

  /// Whether `value` (comma-separated `key=value` settings, the last of a key winning) turns
  /// interactive crash reports off.
  static func disablesInteractiveMode(_ value: String?) -> Bool {
    guard let value else { return false }
    var interactive: String?
    for setting in value.split(separator: ",") {
      let parts = setting.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
      if parts.count == 2, parts[0] == "interactive" { interactive = parts[1] }
    }
    return ["no", "n", "false", "0", "off"].contains(interactive ?? "")
  }

  /// `value` with `interactive=no` added last.
  static func withInteractiveModeOff(_ value: String?) -> String {
    guard let value, !value.isEmpty else { return "interactive=no" }
    return value + ",interactive=no"
  }

  /// For a `--kiosk` run whose environment lacks `interactive=no`: replaces this process with
  /// itself, the same arguments and the variable set. Returns only when nothing needs doing
  /// (or the new start failed, which leaves the settings as they were rather than no kiosk).
  static func restartWithoutInteractiveCrashesIfNeeded() {
    let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
    guard arguments.contains("--kiosk") else { return }
    let current = ProcessInfo.processInfo.environment[variable]
    guard !disablesInteractiveMode(current) else { return }
    setenv(variable, withInteractiveModeOff(current), 1)
    // The binary's own path rather than /proc/self/exe, so that the process keeps its name.
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let path =
      length > 0
      ? String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : "/proc/self/exe"
    execv(path, CommandLine.unsafeArgv)
  }
}
