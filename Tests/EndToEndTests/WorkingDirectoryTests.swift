import Foundation
import Testing

/// The binary carries its catalog: it works from a directory with no `Data/` in it.
@Suite struct WorkingDirectoryTests {
  @Test func evaluatesAndShowsFromAnEmptyDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let elsewhere = ["evaluate", "-", "--format", "json"]
    let evaluated = try runPolicyWizard(
      elsewhere, stdin: EvaluateCommandTests.hulunbuir, cwd: directory.url)
    try #require(evaluated.status == 0, "\(evaluated)")
    let report = try JSONOutput.object(evaluated.stdout)
    #expect(JSONOutput.number((report["totals"] as? [String: Any])?["max"]) == 900_000)

    let shown = try runPolicyWizard(["policies", "show", "ordos-2024/17"], cwd: directory.url)
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.contains("300万元"), "\(shown)")
  }

  @Test func validateChecksTheBuiltInCatalogOutsideTheRepository() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try runPolicyWizard(["validate"], cwd: directory.url)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("built-in catalog"), "\(result)")
    #expect(result.stdout.contains("no problems"), "\(result)")
  }

  @Test func validateDefaultsToTheRepositoryCatalog() throws {
    let result = try runPolicyWizard(["validate"], cwd: RepositoryFiles.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("Data/catalog: "), "\(result)")
  }
}
