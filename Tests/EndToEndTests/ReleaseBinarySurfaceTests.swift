import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Issue 15's "checked from outside on the release binary": what kiosks and desks install
/// (`scripts/build-release.sh`) passes every worked case, its `batch` rows are its `evaluate`
/// results, and its wizard shows every totals line whole for every sample and the Ordos profile
/// of defect 1, in both languages, at 80×24 and 100×30. `.ci/run` runs these after building it
/// (`POLICY_WIZARD_RELEASE_REQUIRED=1`); elsewhere they run once it is built.
@Suite(.enabled(if: ReleaseBuild.shouldRun, ReleaseBuild.skipReason), .serialized)
struct ReleaseBinarySurfaceTests {
  /// The worked cases of `Data/cases`, each with the arithmetic from its document: the
  /// engine's probes of issue 15 (可能 lines, 择优 lower bounds, drafts in pairs, points) among
  /// them.
  @Test func everyWorkedCasePasses() throws {
    let release = try ReleaseBuild.required()
    let run = try runPolicyWizard(
      ["test", RepositoryFiles.url("Data/cases").path], binary: release)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains(", 0 failed"), "\(run)")
  }

  /// `batch` = `evaluate` field by field, for every worked case and 300 seeded random profiles.
  @Test func batchRowsAreEvaluatesResults() throws {
    let release = try ReleaseBuild.required()
    let profiles =
      try BatchDifferentialTests.workedCaseProfiles()
      + (0..<300).map { BatchDifferentialTests.randomProfile(seed: UInt64($0)) }
    try BatchDifferentialTests.expectBatchEqualsEvaluate(profiles, binary: release)
  }

  /// The release binary's own `evaluate --format json` of every worked case is the result the
  /// comparisons above hold it to.
  @Test func evaluateOfEveryWorkedCaseIsTheEnginesResult() throws {
    let release = try ReleaseBuild.required()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for profile in try BatchDifferentialTests.workedCaseProfiles() {
      let path = try directory.write("p.json", profile)
      let run = try runPolicyWizard(["evaluate", path, "--format", "json"], binary: release)
      #expect(run.status == 0, "\(profile)\n\(run)")
      #expect(run.stdout == BatchDifferentialTests.evaluateJSON(profile), "\(profile)")
    }
  }

  /// A profile that names no applicant (Ordos （二）'s 1000万 would otherwise be an enterprise's)
  /// and one whose platform has no level: refused naming the field and what is allowed, exit 65
  /// (data error), in both languages, nothing written to standard output.
  @Test func profilesMissingAFieldAreRefusedNamingIt() throws {
    let release = try ReleaseBuild.required()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let refused = [
      (
        #"{"city":"ordos","platforms":[{"type":"keyLab","level":"national","new":true}]}"#,
        "applicant", "enterprise, university"
      ),
      (
        #"{"city":"hohhot","applicant":"enterprise","platforms":[{"type":"keyLab","new":true}]}"#,
        "platforms[0].level", "national, region, city"
      ),
    ]
    for (profile, field, allowed) in refused {
      let path = try directory.write("p.json", profile)
      for language in ["zh", "en"] {
        let run = try runPolicyWizard(["evaluate", path, "--lang", language], binary: release)
        #expect(run.status == 65, "\(profile)\n\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.contains(field) && run.stderr.contains(allowed), "\(run)")
      }
    }
  }

  @Test(
    .enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"),
    arguments: [Language.chinese, .english], [80, 100])
  func everyTotalsLineIsWholeOnTheReleaseWizard(language: Language, width: Int) throws {
    let release = try ReleaseBuild.required()
    let samples = try ReleaseBinaryTests.samples.map {
      try String(contentsOfFile: $0, encoding: .utf8)
    }
    #expect(samples.count == 5)
    for profile in samples + [IssueProfiles.ordosJSON] {
      try WholeAmountsTmuxTests.expectTotalsLinesWhole(
        profile: profile, language: language, width: width, height: width == 80 ? 24 : 30,
        binary: release)
    }
  }
}
