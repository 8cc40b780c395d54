import Foundation
import ScreenKit
import Testing

/// The wizard's `e` writes the same reports as `cases export --files`: named for the enterprise
/// and the consultant of the configuration (`helpDesk.consultant`), at paper width.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct CasesWizardExportTmuxTests {
  @Test func wizardExportNamesEnterpriseAndConsultant() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("desk/cases.sqlite").path
    let config = try directory.write("config.yaml", "helpDesk:\n  consultant: 张顾问\n")
    let terminal = try TmuxTerminal(width: 100, height: 30)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--profile", CasesCommandTests.sample, "--db", database, "--config", config],
      in: directory)
    defer { wizard.end() }
    try terminal.waitForText("合计：")
    try terminal.type("e")
    try terminal.waitForText("报告已导出")

    let reports = directory.url.appendingPathComponent("desk/reports")
    let files = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
    try #require(files.count == 2, "\(files)")
    for file in files {
      let text = try String(
        contentsOf: reports.appendingPathComponent(file), encoding: .utf8)
      #expect(text.contains(CasesCommandTests.name), "\(file)")
      #expect(text.contains("张顾问"), "\(file) lacks the consultant")
    }
    let text = try String(
      contentsOf: reports.appendingPathComponent(
        try #require(files.first { $0.hasSuffix(".txt") })),
      encoding: .utf8)
    #expect(text.contains("咨询顾问：张顾问"))
    for line in text.split(separator: "\n") {
      #expect(String(line).displayWidth <= 72, "\(line)")
    }
  }
}
