import DefaultCatalog
import Foundation
import Testing
import WizardCore

@testable import policy_wizard

/// `cases list` and the wizard see the same cases under every configuration: `--db`,
/// `cases.database`, `POLICY_WIZARD_DATABASE_URL`, the default file — the wizard's services
/// resolved by the one function `CaseStoreResolution.resolve` (as `WizardCommand` does), the
/// command run as a user runs it.
@Suite struct StoreResolutionTests {
  enum Setting: String, CaseIterable {
    case dbOption, configuration, environment, defaultFile
  }

  @Test(arguments: Setting.allCases)
  func casesListAndTheWizardSeeTheSameCases(_ setting: Setting) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let home = directory.url.appendingPathComponent("home").path
    let named = directory.url.appendingPathComponent("hall/cases.sqlite").path
    let store =
      setting == .defaultFile ? "\(home)/.local/share/policy-wizard/cases.sqlite" : named
    let config = try directory.write(
      "config.yaml", setting == .configuration ? "cases:\n  database: \(named)\n" : "language: zh\n"
    )
    var environment: [String: String] = ["HOME": home]
    if setting == .environment { environment[CaseStoreResolution.environmentVariable] = named }
    let db = setting == .dbOption ? ["--db", named] : []
    let overrides: [String: String?] = [
      "HOME": home, "XDG_DATA_HOME": nil,
      CaseStoreResolution.environmentVariable: environment[CaseStoreResolution.environmentVariable],
    ]
    for name in ["甲公司", "乙公司"] {
      let saved = try runPolicyWizard(
        ["cases", "save", HallStoreCommandTests.sample, "--name", name, "--config", config] + db,
        environment: overrides)
      try #require(saved.status == 0, "\(saved)")
    }
    #expect(FileManager.default.fileExists(atPath: store), "saved where \(setting) says")

    let list = try runPolicyWizard(
      ["cases", "list", "--config", config] + db, environment: overrides)
    try #require(list.status == 0, "\(list)")
    let listed = list.stdout.split(separator: "\n").compactMap { Int64($0.prefix { $0 != " " }) }

    let resolved = try CaseStoreResolution.resolve(
      db: setting == .dbOption ? named : nil,
      configuration: WizardConfiguration.load(path: config), environment: environment)
    #expect(resolved.location == store)
    let services = HelpDeskServices(
      catalog: DefaultCatalog.catalog, store: resolved, reportDirectory: directory.url.path)
    guard case .caseListLoaded(let items) = services.list(query: "") else {
      Issue.record("the wizard's list failed: \(services.list(query: ""))")
      return
    }
    #expect(items.map(\.id) == listed)
    #expect(Set(items.map(\.name)) == ["甲公司", "乙公司"])
  }
}
