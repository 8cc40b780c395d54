import ArgumentParser
import Foundation
import PolicyEngine
import Reports

struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate", abstract: "Evaluate a profile (JSON or YAML; - for standard input).",
    discussion: """
      Example:
        policy-wizard evaluate Data/samples/2-ordos-new-materials.json --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @OptionGroup var input: ProfileOptions
  @Option(help: ArgumentHelp("Output format: json or text.", valueName: "FORMAT"))
  var format: Format = .text
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    try StandardOutput.write(
      Self.evaluate(
        profile, catalog: catalog, format: format,
        language: Self.language(for: format, explicit: language.explicit)))
  }

  /// JSON in the explicit `--lang` only (a script's output must not follow the locale); text
  /// in `--lang`, else the environment's.
  static func language(
    for format: Format, explicit: Language?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Language {
    switch format {
    case .json: return LanguageOption.forJSON(explicit: explicit)
    case .text: return LanguageOption.resolve(explicit: explicit, environment: environment)
    }
  }

  /// The output for a profile: what `run()` prints, and the fast path before ArgumentParser.
  static func evaluate(
    _ profile: Profile, catalog: Catalog, format: Format, language: Language
  ) -> String {
    let evaluator = Evaluator(catalog: catalog)
    let result = evaluator.evaluate(profile)
    switch format {
    case .json:
      let writer = ResultJSONWriter(catalog: catalog, language: language, prepared: false)
      return jsonForTerminal(
        writer.json(result, profile: profile, openQuestions: evaluator.openQuestions(profile)))
        + "\n"
    case .text:
      let report = EnterpriseReport(
        catalog: catalog, profile: profile, result: result, language: language)
      return PlainTextReport().render(report).terminalSafe(keepingNewlines: true)
    }
  }
}

/// `evaluate FILE [--format json|text] [--as-of DAY] [--no-drafts] [--data DIR] [--lang L]` without
/// ArgumentParser, whose reflection was half of a cold `evaluate` (issue 11). Anything else —
/// help, standard input, an unknown or repeated option — and any failure goes the ordinary way,
/// so that messages and exit statuses stay ArgumentParser's.
enum FastEvaluate {
  struct Arguments: Equatable {
    var profile: String
    var format = EvaluateCommand.Format.text
    var asOf: String?
    var noDrafts = false
    var data: String?
    var language: Language?
  }

  static func parse(_ arguments: [String]) -> Arguments? {
    guard arguments.first == "evaluate" else { return nil }
    var profile: String?
    var format: EvaluateCommand.Format?
    var asOf: String?
    var noDrafts = false
    var data: String?
    var language: Language?
    var index = 1
    func value() -> String? {
      index += 1
      guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--format":
        guard format == nil, let text = value(), let parsed = EvaluateCommand.Format(rawValue: text)
        else { return nil }
        format = parsed
      case "--as-of":
        guard asOf == nil, let text = value() else { return nil }
        asOf = text
      case "--data":
        guard data == nil, let text = value() else { return nil }
        data = text
      case "--lang":
        guard language == nil, let text = value(), let parsed = Language(code: text)
        else { return nil }
        language = parsed
      case "--no-drafts":
        guard !noDrafts else { return nil }
        noDrafts = true
      default:
        guard profile == nil, !argument.hasPrefix("-") else { return nil }
        profile = argument
      }
      index += 1
    }
    guard let profile else { return nil }
    return Arguments(
      profile: profile, format: format ?? .text, asOf: asOf, noDrafts: noDrafts, data: data,
      language: language)
  }

  /// The output, or nil when the ordinary path must run (and report the problem).
  static func run(_ arguments: Arguments) -> String? {
    do {
      let catalog = try CatalogOptions.load(data: arguments.data)
      var profile = try ProfileInput.read(arguments.profile, catalog: catalog)
      if let asOf = arguments.asOf {
        guard let day = CalendarDay(asOf) else { return nil }
        profile.asOf = day
      }
      if arguments.noDrafts { profile.includeDrafts = false }
      let language = EvaluateCommand.language(
        for: arguments.format, explicit: arguments.language)
      return EvaluateCommand.evaluate(
        profile, catalog: catalog, format: arguments.format, language: language)
    } catch {
      return nil
    }
  }
}
