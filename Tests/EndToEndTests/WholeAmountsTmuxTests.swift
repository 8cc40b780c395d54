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
    // Whole on the screen: on one row, or the label at a row's end and the value on the next.
    func isWhole(_ line: (label: String, value: String), on screen: [String]) -> Bool {
      let whole = explainer.text.labelled(line.label, line.value)
      let alone = explainer.text.labelled(line.label, "").trimmingCharacters(in: .whitespaces)
      return screen.contains { $0.contains(whole) }
        || screen.indices.dropLast().contains {
          screen[$0].hasSuffix(alone) && screen[$0 + 1].contains(line.value)
        }
    }
    // Until every line is whole: a capture can land between curses' writes of one frame (the
    // total drawn, the lines under it not yet). A line that is cut never gets there, and the
    // last screen then says which.
    let screen: [String]
    do {
      screen = try terminal.waitForScreen("every totals line whole") { screen in
        lines.allSatisfy { isWhole($0, on: screen) }
      }
    } catch {
      screen = try terminal.capture()
    }
    for line in lines {
      #expect(
        isWhole(line, on: screen),
        "“\(explainer.text.labelled(line.label, line.value))” not whole at \(width)×\(height):\n\(screen.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }
    try terminal.press("q")
    try terminal.press("y")
  }
}
