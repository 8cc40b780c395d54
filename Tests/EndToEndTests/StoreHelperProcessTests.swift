import Foundation
import ProcessRunner
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The wizard's PostgreSQL store runs in `policy-wizard-store`, found beside the binary (never
/// through PATH), and ends with the wizard. The two built programs are copied into a directory of
/// the test's own, so that the helper's processes are this test's alone.
@Suite struct StoreHelperProcessTests {
  static let sample = HallStoreCommandTests.sample

  /// `policy-wizard` and, unless `withHelper` is false, `policy-wizard-store` copied into
  /// `directory`; returns the two paths.
  static func install(in directory: TemporaryDirectory, withHelper: Bool = true) throws
    -> (wizard: String, helper: String)
  {
    let built = try PolicyWizardBinary.url().deletingLastPathComponent()
    let names = withHelper ? ["policy-wizard", "policy-wizard-store"] : ["policy-wizard"]
    for name in names {
      // cp, not FileManager: a copy held open by this process would be inherited by other
      // tests' children (ETXTBSY at its exec).
      let copied = try ProcessRunner.run(
        "/bin/cp", [built.appendingPathComponent(name).path, directory.url.path])
      try #require(copied.termination == .exited(0), "\(copied.stderrText)")
    }
    return (
      directory.url.appendingPathComponent("policy-wizard").path,
      directory.url.appendingPathComponent("policy-wizard-store").path
    )
  }

  /// Without the helper beside it, a postgresql:// store is refused at once, naming the
  /// missing program — even when one is on PATH.
  @Test func aMissingHelperIsNamedAndPATHIsNotSearched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (wizard, _) = try Self.install(in: directory, withHelper: false)
    let onPath = try PolicyWizardBinary.url().deletingLastPathComponent().path
    let result = try runPolicyWizard(
      ["cases", "list", "--db", "postgresql://hall:secret@127.0.0.1:1/hall"],
      environment: ["PATH": onPath + ":/usr/bin:/bin"], binary: URL(fileURLWithPath: wizard))
    #expect(result.status == 66, "\(result)")
    expectOneClearError(result)
    #expect(result.stderr.contains(directory.url.path + "/policy-wizard-store"), "\(result)")
    #expect(!result.stderr.contains("secret"))
  }

  /// A server that is not there, through the helper: 75 and the redacted URL, as before; the
  /// helper is gone when the command has ended.
  @Test func anAbsentServerIs75AndNoHelperIsLeft() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (wizard, helper) = try Self.install(in: directory)
    let result = try runPolicyWizard(
      ["cases", "save", Self.sample, "--db", "postgresql://hall:secret@127.0.0.1:1/hall"],
      binary: URL(fileURLWithPath: wizard))
    #expect(result.status == 75, "\(result)")
    #expect(result.stderr.contains("postgresql://hall:***@127.0.0.1:1/hall"), "\(result)")
    #expect(!result.stderr.contains("secret"))
    #expect(HelperProcesses.running(helper).isEmpty)
  }
}

/// The same against a real server: the helper lives as long as the wizard, killed or not.
@Suite(.enabled(if: PostgreSQLCluster.testsRun, Comment(rawValue: PostgreSQLCluster.skipReason)))
struct StoreHelperServerProcessTests {
  /// A `cases save` of 40 cases killed with SIGKILL part-way: its helper ends with it.
  @Test(.timeLimit(.minutes(2))) func aKilledWizardLeavesNoHelper() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let url = cluster.url(database: try cluster.createDatabase())
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (wizard, helper) = try StoreHelperProcessTests.install(in: directory)
    let output = directory.url.appendingPathComponent("ids").path
    let child = try ProcessRunner.spawn(
      wizard,
      ["cases", "save"] + Array(repeating: StoreHelperProcessTests.sample, count: 40) + [
        "--db", url,
      ], environment: PolicyWizardEnvironment.pinned([:]), stdout: .file(output))
    let helpers = HelperProcesses.await(helper, present: true)
    #expect(helpers.count == 1, "one helper while it saves: \(helpers)")
    child.kill(SIGKILL)
    _ = child.wait()
    #expect(HelperProcesses.await(helper, present: false).isEmpty, "the helper outlived it")
  }

  /// A command that ends normally leaves no helper either, and its figures are the server's.
  @Test func aFinishedCommandLeavesNoHelper() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let database = try cluster.createDatabase()
    let url = cluster.url(database: database)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (wizard, helper) = try StoreHelperProcessTests.install(in: directory)
    let saved = try runPolicyWizard(
      ["cases", "save", StoreHelperProcessTests.sample, "--db", url],
      binary: URL(fileURLWithPath: wizard))
    try #require(saved.status == 0, "\(saved)")
    #expect(HelperProcesses.running(helper).isEmpty)
    let id = saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try cluster.psql("SELECT id FROM saved_case", database: database) == id)
  }
}

extension ReleaseBinaryTests {
  /// As `deploy/install-kiosk.sh` installs it, the release wizard runs the hall store's helper
  /// installed beside it (PATH holds none): a server that is not there is 75 with the URL
  /// redacted, as in the debug build.
  @Test func theInstalledWizardRunsTheStoreHelperBesideIt() throws {
    _ = try ReleaseBuild.required()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let installed = try ReleaseBuild.installedWizard(in: directory)
    let helper = installed.deletingLastPathComponent().appendingPathComponent(
      "policy-wizard-store"
    ).path
    #expect(FileManager.default.isExecutableFile(atPath: helper))
    let result = try runPolicyWizard(
      ["cases", "list", "--db", "postgresql://hall:secret@127.0.0.1:1/hall"],
      environment: ["PATH": "/usr/bin:/bin"], binary: installed)
    #expect(result.status == 75, "\(result)")
    #expect(result.stderr.contains("postgresql://hall:***@127.0.0.1:1/hall"), "\(result)")
    #expect(!result.stderr.contains("secret"))
    #expect(HelperProcesses.running(helper).isEmpty)
  }
}
