import Foundation
import Testing

/// Issue 19's "checked from outside on the release binary": the server `scripts/build-release.sh`
/// builds (static runtime, the hook that puts handlers on NIO's event loops resolved by the
/// linker, not dlsym) answers `POST /v1/evaluate` with the release `evaluate`'s bytes for every
/// sample in both languages, and drains on SIGTERM. `.ci/run` runs this after building it
/// (`POLICY_WIZARD_RELEASE_REQUIRED=1`); elsewhere it runs once it is built.
enum ReleaseServer {
  static let releaseWizard = BuiltBinaries.repository.appendingPathComponent(
    ".build/release/policy-wizard")
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["POLICY_WIZARD_RELEASE_REQUIRED"] == "1"
  }
  static var shouldRun: Bool {
    isRequired
      || FileManager.default.isExecutableFile(
        atPath: releaseWizard.deletingLastPathComponent().appendingPathComponent(
          "policy-wizard-server"
        ).path)
  }
  static let skipReason: Comment =
    "needs the release build: run scripts/build-release.sh (.ci/run does, then runs these)"
}

@Suite(.enabled(if: ReleaseServer.shouldRun, ReleaseServer.skipReason), .serialized)
struct ReleaseServerTests {

  @Test func answersEverySampleAsReleaseEvaluateDoesOnItsEventLoops() throws {
    let server = try ServerProcess(binary: ReleaseServer.releaseWizard)
    #expect(server.startupLog.contains("handlers on NIO's event loops"), "\(server.startupLog)")
    try ServerProcessTests.expectEverySampleAnsweredAsEvaluate(
      by: server, wizard: ReleaseServer.releaseWizard)
    #expect(server.terminate() == 0, "SIGTERM drains and exits 0")
  }
}
