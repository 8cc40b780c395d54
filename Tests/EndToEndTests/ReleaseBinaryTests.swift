import Foundation
import Testing

/// The binary `scripts/build-release.sh` builds — static Swift runtime, lld with the start-up
/// order, its crash reporter beside it — which kiosks and help desks install. `.ci/run` builds
/// it and runs these with `POLICY_WIZARD_RELEASE_REQUIRED=1` (a missing binary then fails);
/// elsewhere they run once it has been built, and are skipped with the reason before.
enum ReleaseBuild {
  static let binary: URL =
    ProcessInfo.processInfo.environment["POLICY_WIZARD_RELEASE_BINARY"].map {
      URL(fileURLWithPath: $0)
    } ?? RepositoryFiles.url(".build/release/policy-wizard")

  static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["POLICY_WIZARD_RELEASE_REQUIRED"] == "1"
  }

  static var shouldRun: Bool { isBuilt || isRequired }

  static let skipReason: Comment =
    "needs the release binary: run scripts/build-release.sh (.ci/run does, then runs these)"

  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "no release binary at \(binary.path): run scripts/build-release.sh first"
    }
  }

  /// The release wizard as `deploy/install-kiosk.sh` installs it under `directory`/root.
  static func installedWizard(in directory: TemporaryDirectory) throws -> URL {
    let root = directory.url.appendingPathComponent("root")
    try install(under: root)
    return root.appendingPathComponent("usr/local/bin/policy-wizard")
  }

  /// The binary, or a failure saying how to build it (when CI requires it).
  static func required() throws -> URL {
    guard isBuilt else { throw Missing() }
    return binary
  }

  /// The release binary, its backtracer, the kiosk session and the unit, installed by
  /// `deploy/install-kiosk.sh` under `root` (DESTDIR) as on a kiosk under `/`.
  static func install(under root: URL) throws {
    let result = try SpawnedCommand.run(
      "/bin/bash",
      [RepositoryFiles.url("deploy/install-kiosk.sh").path, "--binary", try required().path],
      environment: PolicyWizardEnvironment.pinned(["DESTDIR": root.path]),
      in: RepositoryFiles.root)
    guard result.exitStatus == 0 else {
      throw TmuxTerminal.Failure(
        description: "deploy/install-kiosk.sh failed (\(String(describing: result.exitStatus)))"
          + ":\n\(result.stdout)\n\(result.stderr)")
    }
  }
}

/// Smoke tests of the release binary: it gives the debug build's figures byte for byte, starts
/// the kiosk and lets the operator out, reads a batch, and leaves a crash report when it dies.
@Suite(.enabled(if: ReleaseBuild.shouldRun, ReleaseBuild.skipReason), .serialized)
struct ReleaseBinaryTests {
  static let samples: [String] = {
    let directory = RepositoryFiles.url("Data/samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }()

  /// Every sample in JSON and text: the same bytes as the debug build that `swift test`
  /// checks everywhere else, so the figures a kiosk shows are the ones the tests proved.
  @Test(arguments: ["json", "text"])
  func evaluateGivesTheDebugBuildsOutput(format: String) throws {
    let release = try ReleaseBuild.required()
    #expect(Self.samples.count == 5, "\(Self.samples)")
    for sample in Self.samples {
      let arguments = ["evaluate", sample, "--format", format, "--as-of", "2026-06-01"]
      let built = try runPolicyWizard(arguments, binary: release)
      let debug = try runPolicyWizard(arguments)
      #expect(built.status == 0, "\(sample)\n\(built)")
      #expect(built.stderr.isEmpty, "\(sample)\n\(built)")
      #expect(!built.stdout.isEmpty, "\(sample)")
      #expect(built.stdout == debug.stdout, "\(sample) \(format): release and debug differ")
    }
  }

  /// The thousand enterprises of `Data/samples/enterprises-1000.csv`: the release binary's
  /// rows and summary are the debug build's.
  @Test func batchGivesTheDebugBuildsRows() throws {
    let release = try ReleaseBuild.required()
    let list = RepositoryFiles.url("Data/samples/enterprises-1000.csv").path
    let arguments = ["batch", list, "--as-of", "2026-06-01"]
    let built = try runPolicyWizard(arguments, binary: release)
    let debug = try runPolicyWizard(arguments)
    #expect(built.status == 0, "\(built)")
    let rows = built.stdout.split(separator: "\n")
    #expect(rows.count == 1000, "\(rows.count) rows")
    #expect(built.stdout == debug.stdout, "release and debug rows differ")
    #expect(built.stderr == debug.stderr, "release:\n\(built.stderr)\ndebug:\n\(debug.stderr)")
  }

  /// The kiosk as the unit starts it (the configuration with the operator's PIN), in a real
  /// terminal: the welcome screen, then F12 and the PIN give the shell back with status 0.
  @Test(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
  func theKioskStartsAndTheOperatorLeaves() throws {
    let release = try ReleaseBuild.required()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "kiosk: {operatorPIN: \"246813\"}\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--kiosk", "--config", config], in: directory, binary: release)
    defer { wizard.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try terminal.press("Enter")
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    try wizard.expectRunning("on the first question")

    try terminal.press("F12")
    try terminal.waitForText("操作员 PIN：")
    try terminal.type("246813")
    try terminal.press("Enter")
    try terminal.waitForShell()
    try WizardModesTmuxTests.expectShellRestored(terminal)
  }

  /// `kill -SEGV` of the installed kiosk (`deploy/install-kiosk.sh`: the binary in
  /// usr/local/bin, swift-backtrace-static as usr/local/libexec/swift/linux/swift-backtrace)
  /// leaves a crash report naming the signal and the crashed thread, found by the runtime's own
  /// search from the binary's place (no swift-backtrace= setting), without the interactive
  /// console, and then dies of the signal: TerminalRestorer's crash handler calls the runtime's
  /// handler with the signal's own information, then raises it under its default action (a
  /// `kill -SEGV` has no faulting instruction to fault again; the kiosk used to live on with a
  /// frozen screen).
  @Test(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
  func aSegfaultOfTheInstalledKioskLeavesACrashReport() throws {
    _ = try ReleaseBuild.required()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let installed = try ReleaseBuild.installedWizard(in: directory)
    let report = directory.url.appendingPathComponent("stderr").path
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--kiosk"], in: directory,
      environment: ["SWIFT_BACKTRACE=enable=yes,interactive=no,color=no"], binary: installed,
      stderr: report)
    defer {
      kill(wizard.pid, SIGKILL)
      try? terminal.waitForShell()
    }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)

    #expect(kill(wizard.pid, SIGSEGV) == 0)
    // The backtracer reads the process's memory and symbols: seconds on a loaded machine.
    var text = ""
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(60)
    while clock.now < deadline {
      text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
      if text.contains("Registers:") { break }
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(!text.contains("unable to locate swift-backtrace"), "\(text)")
    #expect(text.contains("*** Signal 11: Backtracing"), "no crash report:\n\(text)")
    #expect(text.contains("*** Program crashed: Bad pointer dereference"), "\(text)")
    #expect(text.contains("Thread 0 \"policy-wizard\" crashed:"), "\(text)")
    #expect(text.contains("Registers:"), "\(text)")
    for offer in ["to debug", "Press space to interact", ">>>"] {
      #expect(!text.contains(offer), "“\(offer)” offered:\n\(text)")
    }
    try terminal.waitForShell(timeout: .seconds(30))
  }
}
