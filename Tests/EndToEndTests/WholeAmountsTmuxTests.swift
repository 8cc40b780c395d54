import DefaultCatalog
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Issue 15's done-when check on the built wizard (tmux), for the case that cut amounts: the
/// Ordos enterprise in English at 80×24. Every totals line `evaluate --format text` prints is on
/// the terminal whole — the value on one row, after its label or on the row under it. (The same
/// check runs headless for every sample, both languages and both sizes in
/// `ResultOnScreenTests.everyTotalsLineIsWholeInThePanel`, and on the release binary for every
/// sample in `ReleaseBinarySurfaceTests`.)
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
struct WholeAmountsTmuxTests {
  @Test func everyTotalsLineIsWholeOnTheTerminal() throws {
    try Self.expectTotalsLinesWhole(
      profile: IssueProfiles.ordosJSON, language: .english, width: 80, height: 24)
  }

  /// Opens `profile` in the wizard (`binary`, else the debug build) at `width`×`height` and
  /// checks that every totals line of the engine's result for it is on the screen whole.
  static func expectTotalsLinesWhole(
    profile: String, language: Language, width: Int, height: Int, binary: URL? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("profile.json", profile)
    let catalog = DefaultCatalog.catalog
    let decoded = try ProfileDecoder(catalog: catalog).decode(profile)
    let explainer = Explainer(catalog: catalog, language: language)
    let lines = explainer.totalsLines(Evaluator(catalog: catalog).evaluate(decoded))
    #expect(lines.count >= 1, "a total", sourceLocation: sourceLocation)

    let terminal = try TmuxTerminal(width: width, height: height)
    defer { terminal.stop() }
    _ = try WizardModesTmuxTests.Wizard(
      terminal, ["--lang", language.rawValue, "--profile", path], in: directory, binary: binary)
    let total = try #require(lines.first, sourceLocation: sourceLocation)
    let screen = try terminal.waitForText(total.value)
    for (label, value) in lines {
      let whole = explainer.text.labelled(label, value)
      let alone = explainer.text.labelled(label, "").trimmingCharacters(in: .whitespaces)
      let shown =
        screen.contains { $0.contains(whole) }
        || screen.indices.dropLast().contains {
          screen[$0].hasSuffix(alone) && screen[$0 + 1].contains(value)
        }
      #expect(
        shown, "“\(whole)” not whole at \(width)×\(height):\n\(screen.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }
    try terminal.press("q")
    try terminal.press("y")
  }
}
