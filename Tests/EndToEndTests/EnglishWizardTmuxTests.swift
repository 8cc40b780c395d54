import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// The built wizard in English on a real 80×24 terminal (tmux): chosen by `--lang en`, by the
/// environment (`LANG=en_US.UTF-8`, no option) and by the configuration's `language: en`, an
/// English amount read off the panel. (The terminal's shell runs with `LANG=C.UTF-8` and
/// nothing else, so the other tmux tests see Chinese whatever the machine's locale.)
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"))
struct EnglishWizardTmuxTests {
  static let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json")

  /// The sample's total as the panel writes it in English (`CNY 1,350,000`), worked out by the
  /// engine on the same day as the wizard.
  static func expectedTotal() throws -> String {
    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(
      try String(contentsOf: sample, encoding: .utf8))
    let totals = Evaluator(catalog: catalog).evaluate(profile).totals
    return EngineText.english.sum(MoneyRange(min: totals.min, max: totals.max))
  }

  /// Opens the wizard on the sample and returns the screen once the panel's total is drawn.
  private func openOnTheSample(
    _ terminal: TmuxTerminal, _ arguments: [String], environment: [String] = [],
    in directory: TemporaryDirectory
  ) throws -> (WizardModesTmuxTests.Wizard, [String]) {
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, arguments + ["--profile", Self.sample.path], in: directory,
      environment: environment)
    let total = "Total: " + (try Self.expectedTotal())
    let screen = try terminal.waitForText(total)
    return (wizard, screen)
  }

  private func expectEnglish(_ screen: [String], sourceLocation: SourceLocation = #_sourceLocation)
  {
    let text = screen.joined(separator: "\n")
    #expect(text.contains("Support you can get"), "\(text)", sourceLocation: sourceLocation)
    #expect(text.contains("CNY "), "\(text)", sourceLocation: sourceLocation)
    #expect(
      !text.contains("万") && !text.contains("亿"), "no 万/亿 in English: \(text)",
      sourceLocation: sourceLocation)
    #expect(
      screen.last?.contains("Enter OK") == true, "the footer in English: \(text)",
      sourceLocation: sourceLocation)
  }

  @Test func langEnglishReadsAnEnglishAmountOffThePanel() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let (wizard, screen) = try openOnTheSample(terminal, ["--lang", "en"], in: directory)
    defer { wizard.end() }
    expectEnglish(screen)
    // A benefit's amount in the panel: `CNY 500,000 …`, exact and grouped.
    let amounts = screen.filter { $0.contains("│ CNY ") }
    #expect(!amounts.isEmpty, "\(screen.joined(separator: "\n"))")
    for line in amounts {
      let amount = line.components(separatedBy: "│ CNY ")[1].prefix { $0.isNumber || $0 == "," }
      #expect(amount.last?.isNumber == true && !amount.hasPrefix(","), "\(line)")
    }
    try wizard.expectRunning("in English")
  }

  @Test func anEnglishLocaleWithoutTheOptionIsEnglish() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let (wizard, screen) = try openOnTheSample(
      terminal, [], environment: ["LANG=en_US.UTF-8"], in: directory)
    defer { wizard.end() }
    expectEnglish(screen)
  }

  /// `--lang` wins over the environment: Chinese in an English locale.
  @Test func theOptionWinsOverTheLocale() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--lang", "zh", "--profile", Self.sample.path], in: directory,
      environment: ["LANG=en_US.UTF-8"])
    defer { wizard.end() }
    let screen = try terminal.waitForText("可享受的支持")
    #expect(!screen.joined(separator: "\n").contains("CNY"))
  }

  /// A kiosk pins its language in the configuration: English in a Chinese locale, its welcome
  /// screen offering 中文 to a visitor.
  @Test func theConfigurationPinsTheKiosksLanguage() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "language: en\nkiosk:\n  idleSeconds: 60\n")
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--kiosk", "--config", config], in: directory,
      environment: ["LANG=zh_CN.UTF-8"])
    defer { wizard.end() }
    let screen = try terminal.waitForText("Science and technology support in Inner Mongolia")
    #expect(screen.joined(separator: "\n").contains("中文"))
    try wizard.expectRunning("on the English welcome screen")
  }
}

/// The configuration's `language:`: zh or en, anything else refused with file and line like
/// every other key (EX_CONFIG), before the wizard wants a terminal.
@Suite struct LanguageConfigurationTests {
  @Test(arguments: [
    ("language: fr\n", "1: language must be zh or en"),
    ("kiosk:\n  idleSeconds: 60\nlanguage: klingon\n", "3: language must be zh or en"),
  ])
  func anUnknownLanguageIsRefused(text: String, message: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", text)
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    #expect(result.status == 78, "\(result)")
    #expect(result.stderr.contains("\(config):\(message)"), "\(result)")
  }

  @Test(arguments: ["language: en\n", "language: zh\n", "language: en_GB\n"])
  func aKnownLanguageIsAccepted(text: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", text)
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    // Past the configuration: as far as wanting a terminal, said in the language it pins.
    #expect(result.status == 69, "EX_UNAVAILABLE: \(result)")
    let expected = text.hasPrefix("language: zh") ? "向导需要终端" : "needs a terminal"
    #expect(result.stderr.contains(expected), "\(result)")
  }
}
