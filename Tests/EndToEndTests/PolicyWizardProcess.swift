import Foundation
import ProcessRunner
import Testing

/// What one run of the built `policy-wizard` did.
struct CommandResult: CustomStringConvertible {
  var status: Int32
  /// Killed by a signal (a trap such as an overflow), `status` being the signal's number.
  var crashed: Bool
  var stdout: String
  var stderr: String

  var description: String {
    "\(crashed ? "killed by signal" : "exit status") \(status)\n--- stdout:\n\(stdout.prefix(2_000))\n--- stderr:\n\(stderr.prefix(2_000))"
  }

  /// The lines of standard error, blank lines left out.
  var stderrLines: [String] {
    stderr.split(separator: "\n").map(String.init).filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
  }
}

/// The environment the built binary runs in: the test runner's, with the locale pinned to
/// `LANG=C.UTF-8` (no `LC_ALL`, `LC_MESSAGES`), so that no test's output depends on the
/// language of the machine it runs on; `overrides` set (or, with nil, remove) variables.
enum PolicyWizardEnvironment {
  static func pinned(_ overrides: [String: String?] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    environment["LC_MESSAGES"] = nil
    for (name, value) in overrides { environment[name] = value }
    return environment
  }
}

/// Runs the `policy-wizard` that `swift test` built, as a user would: its own process, with
/// standard input from `stdin` (empty when nil, never the test runner's terminal), in the
/// pinned environment (`PolicyWizardEnvironment`) changed by `environment`; `binary` another
/// build of it (the release binary, `ReleaseBuild`); standard output goes to `stdoutPath` when
/// given (`/dev/full`: a write that fails), its text then not kept.
func runPolicyWizard(
  _ arguments: [String], stdin: String? = nil, cwd: URL? = nil,
  environment: [String: String?] = [:], binary: URL? = nil, stdoutPath: String? = nil
) throws -> CommandResult {
  let binary = try binary ?? PolicyWizardBinary.url()
  let scratch = try TemporaryDirectory()
  defer { scratch.remove() }
  // A file, as a shell's `< file` gives: the commands may look at their input's size.
  let input = scratch.url.appendingPathComponent("stdin")
  try Data((stdin ?? "").utf8).write(to: input)
  let result = try ProcessRunner.run(
    binary.path, arguments, environment: PolicyWizardEnvironment.pinned(environment), in: cwd,
    stdin: .file(input.path), stdout: stdoutPath.map { .file($0) } ?? .captured)
  let signaled: Int32?
  if case .signaled(let signal) = result.termination { signaled = signal } else { signaled = nil }
  return CommandResult(
    status: signaled ?? result.termination.exitStatus ?? -1, crashed: signaled != nil,
    stdout: stdoutPath == nil ? result.stdoutText : "", stderr: result.stderrText)
}

/// Where `swift build` put the executable: beside the test bundle.
enum PolicyWizardBinary {
  struct Missing: Error, CustomStringConvertible {
    var searched: [URL]
    var description: String {
      """
      the policy-wizard executable was not found; looked at:
      \(searched.map { "  \($0.path)" }.joined(separator: "\n"))
      Build it with `swift build --product policy-wizard` (`swift test` builds it too).
      """
    }
  }

  static func url() throws -> URL {
    let candidates = [productsDirectory, RepositoryFiles.url(".build/debug")]
      .map { $0.appendingPathComponent("policy-wizard") }
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { throw Missing(searched: candidates) }
    return found
  }

  /// The build products directory, found the way swift-argument-parser's end-to-end tests find
  /// it: on macOS the `.xctest` bundle sits in it; elsewhere the test runner is an executable in it.
  private static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    return Bundle.main.bundleURL
  }
}

/// Paths inside this repository, from this file's place, so that tests run from any directory.
enum RepositoryFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}

/// A fresh directory for one test; `defer { directory.remove() }` right after making it.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("policy-wizard-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to a file of the directory and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }
}

/// Checks that a run failed as a person should see it: a non-zero status, exactly one
/// `Error:` line on standard error, and no crash report.
func expectOneClearError(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation)
{
  #expect(result.status != 0, "should fail\n\(result)", sourceLocation: sourceLocation)
  #expect(
    result.stderrLines.count == 1, "one message expected\n\(result)", sourceLocation: sourceLocation
  )
  #expect(result.stderr.hasPrefix("Error: "), "\(result)", sourceLocation: sourceLocation)
  expectNoCrash(result, sourceLocation: sourceLocation)
}

func expectNoCrash(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
  for sign in [
    "Fatal error", "Stack dump", "Backtracing", "Swift runtime failure", "Illegal instruction",
  ] {
    #expect(!result.stderr.contains(sign), "crashed\n\(result)", sourceLocation: sourceLocation)
  }
  #expect(!result.crashed, "killed by a signal\n\(result)", sourceLocation: sourceLocation)
}
