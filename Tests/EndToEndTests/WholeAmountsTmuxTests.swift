import DefaultCatalog
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Issue 15's done-when check on the built wizard (tmux), for the case that cut amounts: the
/// Ordos enterprise in English at 80×24. Every totals line `evaluate --format text` prints is on
/// the terminal whole — the value on one row, after its label or on the row under it. (The same
/// check runs headless for every sample, both languages and both sizes in
/// `ResultOnScreenTests.everyTotalsLineIsWholeInThePanel`.)
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
struct WholeAmountsTmuxTests {
  static let ordos = IssueProfiles.ordosJSON

  @Test func everyTotalsLineIsWholeOnTheTerminal() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("ordos.json", Self.ordos)
    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(Self.ordos)
    let explainer = Explainer(catalog: catalog, language: .english)
    let lines = explainer.totalsLines(Evaluator(catalog: catalog).evaluate(profile))
    #expect(lines.count >= 3, "a total and at least two categories")

    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    _ = try WizardModesTmuxTests.Wizard(
      terminal, ["--lang", "en", "--profile", path], in: directory)
    let total = try #require(lines.first)
    let screen = try terminal.waitForText(total.value)
    for (label, value) in lines {
      let whole = explainer.text.labelled(label, value)
      let alone = explainer.text.labelled(label, "").trimmingCharacters(in: .whitespaces)
      let shown =
        screen.contains { $0.contains(whole) }
        || screen.indices.dropLast().contains {
          screen[$0].hasSuffix(alone) && screen[$0 + 1].contains(value)
        }
      #expect(shown, "“\(whole)” not whole:\n\(screen.joined(separator: "\n"))")
    }
    try terminal.press("q")
    try terminal.press("y")
  }
}
