import ArgumentParser
import DefaultCatalog
import Foundation
import PolicyEngine
import TerminalBackend
import WizardCore

struct WizardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wizard", abstract: "Open the full-screen wizard (the default).",
    discussion: """
      --plain asks the same questions as numbered lines on standard output and reads the \
      answers from standard input (a screen reader, a dumb terminal, or answers piped from a \
      file); it is used by itself when TERM is dumb or the terminal cannot move the cursor. \
      Typed commands: ? (help), why, skip, back, result, quit; it lists them, with their \
      Chinese words, when it starts. At the end it prints the text report; if standard input \
      ends first, it prints the answers given and the result so far. Either way it exits 0.

      Example:
        policy-wizard wizard --kiosk --idle-seconds 90 --print-command lp
        cat answers.txt | policy-wizard wizard --plain --as-of 2026-06-01
      """)

  @Option(help: ArgumentHelp("Open with this profile's answers filled in.", valueName: "FILE"))
  var profile: String?
  @Flag(
    help:
      "Self-service terminal: welcome screen, idle reset, nothing saved, no way out without the operator PIN."
  )
  var kiosk = false
  @Flag(help: "Play the sample enterprises step by step; any key hands over to the presenter.")
  var demo = false
  @Flag(help: "Line-by-line questions and answers on standard input and output, no full screen.")
  var plain = false
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Judge the policies as of this day (default: today).", valueName: "YYYY-MM-DD"))
  var asOf: String?
  @Option(
    name: .customLong("idle-seconds"),
    help: ArgumentHelp(
      "Kiosk: seconds without input before the reset countdown.", valueName: "SECONDS"))
  var idleSeconds: Int?
  @Option(
    name: .customLong("countdown-seconds"),
    help: ArgumentHelp("Kiosk: seconds of countdown before the reset.", valueName: "SECONDS"))
  var countdownSeconds: Int?
  @Option(
    name: .customLong("print-command"),
    help: ArgumentHelp("Kiosk: command the text report is piped to, e.g. lp.", valueName: "COMMAND")
  )
  var printCommand: String?
  @Option(
    help: ArgumentHelp(
      "Configuration file (default: $XDG_CONFIG_HOME/policy-wizard/config.yaml).", valueName: "FILE"
    ))
  var config: String?
  @OptionGroup var languageOption: LanguageOption
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var caseStoreOptions: CaseStoreOptions

  /// Wrong combinations and values, refused before anything starts (`FailureKind.usage`).
  func validate() throws {
    if kiosk && demo { throw CommandFailure.cannotCombine("--kiosk", "--demo") }
    // A kiosk is a touch screen for strangers: no line prompt that might lead to a shell.
    if plain && kiosk { throw CommandFailure.plainWithKiosk() }
    if plain && demo { throw CommandFailure.cannotCombine("--plain", "--demo") }
    if let asOf, CalendarDay(asOf) == nil {
      throw CommandFailure(.usage) { $0.notADate("--as-of", asOf) }
    }
    for (name, value) in [
      ("--idle-seconds", idleSeconds), ("--countdown-seconds", countdownSeconds),
    ] {
      if let value, value > KioskSettings.maximumSeconds {
        throw CommandFailure.tooManySeconds(name, most: KioskSettings.maximumSeconds)
      }
      if let value, value <= 0 { throw CommandFailure.notPositiveSeconds(name) }
    }
  }

  func run() throws {
    let catalog = try catalogOptions.load()
    let settings = try WizardConfiguration.load(path: config)
    do {
      try run(catalog: catalog, settings: settings)
    } catch var failure as CommandFailure {
      // Said in the language the configuration pins, unless `--lang` says otherwise.
      failure.configuredLanguage = settings.language
      throw failure
    }
  }

  /// Whether the environment asks for the plain mode by itself: `TERM=dumb`, or huh's
  /// convention for screen-reader users, `ACCESSIBLE` set (to anything but empty, 0 or false).
  static func plainRequested(by environment: [String: String]) -> Bool {
    if environment["TERM"] == "dumb" { return true }
    guard let accessible = environment["ACCESSIBLE"]?.lowercased() else { return false }
    return !["", "0", "false", "no"].contains(accessible)
  }

  private func run(catalog: Catalog, settings: WizardConfiguration) throws {
    let initial = try profile.map { try ProfileInput.read($0, catalog: catalog) }
    let today = asOf.flatMap(CalendarDay.init) ?? .today()
    // `--lang` wins; else the configuration's `language:` (a kiosk pins its own); else the
    // environment (LC_ALL, LC_MESSAGES, LANG).
    let language = LanguageOption.resolve(
      explicit: languageOption.explicit ?? settings.language,
      environment: ProcessInfo.processInfo.environment)
    // A kiosk and a demo are full-screen by nature; the others take lines when the
    // environment or the configuration asks for them.
    let plainByItself =
      !kiosk && !demo
      && (settings.accessible || Self.plainRequested(by: ProcessInfo.processInfo.environment))
    if plain || plainByItself {
      PlainSession.run(catalog: catalog, profile: initial, today: today, language: language)
      return
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CommandFailure.noTerminal()
    }
    let store = try CaseStoreResolution.resolve(db: caseStoreOptions.db, configuration: settings)
    var mode = WizardMode.helpDesk
    var printer: String? = nil
    if kiosk {
      printer = printCommand ?? settings.printCommand
      mode = .kiosk(
        KioskSettings(
          idleSeconds: idleSeconds ?? settings.idleSeconds,
          countdownSeconds: countdownSeconds ?? settings.countdownSeconds,
          operatorPIN: settings.operatorPIN, canPrint: printer != nil,
          resultIdleSeconds: settings.resultIdleSeconds,
          // A store named for it (not the default file) is the hall's: visitors hand over.
          canHandOff: store.isExplicit))
    } else if demo {
      mode = .demo(
        DemoSettings(
          samples: try samples(catalog), keyMilliseconds: settings.demoKeyMilliseconds,
          holdMilliseconds: settings.demoHoldMilliseconds))
    }
    let services = HelpDeskServices(
      catalog: catalog, store: store, reportDirectory: store.reportDirectory,
      consultant: settings.consultant, language: language,
      handOffLifetime: settings.handOffExpiry)
    var session: WizardSession
    do {
      session = try WizardSession(
        catalog: catalog, profile: initial, today: today, mode: mode, language: language,
        printCommand: printer, printTimeoutSeconds: settings.printTimeoutSeconds,
        helpDesk: services,
        operatorLog: kiosk ? settings.operatorLog.map(OperatorLog.init(path:)) : nil,
        touchKeypad: settings.touchKeypad)
    } catch let error as CursesTerminalError {
      // A terminal curses cannot draw on still takes lines: the plain mode, saying why.
      guard !kiosk, !demo, Self.plainWillDo(error) else {
        throw CommandFailure(
          .unavailable, zh: CommandFailure.unusableTerminalInChinese(error),
          en: Self.unusableTerminal(error))
      }
      FileHandle.standardError.write(
        Data(
          (Self.unusableTerminalReason(error) + "; " + "using the plain mode (--plain)" + "\n").utf8
        ))
      PlainSession.run(catalog: catalog, profile: initial, today: today, language: language)
      return
    }
    session.run()
  }

  /// Whether the plain mode can stand in for the full screen: the terminal is there but cannot
  /// be drawn on (not when it could not even be opened).
  static func plainWillDo(_ error: CursesTerminalError) -> Bool {
    switch error {
    case .unknownTerminal, .noCursorAddressing: return true
    case .cannotOpen: return false
    }
  }

  /// Why the wizard cannot run on this terminal, and what to use instead.
  static func unusableTerminal(_ error: CursesTerminalError) -> String {
    """
    \(unusableTerminalReason(error)).
    Run the wizard in a terminal such as xterm-256color (e.g. TERM=xterm-256color), or without one:
    `policy-wizard --plain` asks the questions line by line; `policy-wizard evaluate PROFILE` \
    prints the result as text.
    """
  }

  static func unusableTerminalReason(_ error: CursesTerminalError) -> String {
    let reason: String
    switch error {
    case .unknownTerminal(let name):
      reason =
        "the terminal type \(name.isEmpty ? "(TERM is not set)" : "“\(name)”") is unknown here (no terminfo entry)"
    case .noCursorAddressing(let name):
      reason =
        "the terminal type “\(name)” cannot move the cursor, so the full-screen wizard cannot draw on it"
    case .cannotOpen(let path):
      reason = "cannot open \(path)"
    }
    return reason
  }

  private func samples(_ catalog: Catalog) throws -> [DemoSample] {
    let decoder = ProfileDecoder(catalog: catalog)
    return try DefaultCatalog.sampleSources.map { source in
      do {
        let profile = try decoder.decode(source.text, file: source.name)
        return DemoSample(name: profile.enterpriseName ?? source.name, profile: profile)
      } catch {
        throw CommandFailure.badSample(source.name, error: error)
      }
    }
  }
}
