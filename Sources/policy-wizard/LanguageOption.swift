import ArgumentParser
import Foundation
import PolicyEngine

/// `--lang zh|en`: the language of what a command says to a person.
///
/// Text outputs follow `--lang`, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`
/// starting with `en`); JSON follows `--lang` only, Chinese without it, so that a script's
/// output does not change with the locale of whoever runs it.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of the output: zh or en. Without it, text follows LC_ALL/LC_MESSAGES/LANG "
        + "(en… is English); JSON stays Chinese.",
      valueName: "LANG"),
    transform: LanguageOption.parse)
  var explicit: Language?

  /// The language of text meant to be read: `--lang`, else the environment's.
  func forText(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
    Self.resolve(explicit: explicit, environment: environment)
  }

  /// The language of JSON's human-readable fields: `--lang` only, Chinese without it.
  var forJSON: Language { Self.forJSON(explicit: explicit) }

  /// The rule for text: an explicit `--lang` wins, else the environment decides.
  static func resolve(explicit: Language?, environment: [String: String]) -> Language {
    explicit ?? Language.fromEnvironment(environment)
  }

  /// The rule for JSON: an explicit `--lang`, else Chinese, whatever the environment says.
  static func forJSON(explicit: Language?) -> Language { explicit ?? .chinese }

  /// `zh` or `en` (and their regional forms, `zh_CN`, `en-GB`); anything else is refused with
  /// the allowed values (ArgumentParser then exits 64, a usage error).
  static func parse(_ argument: String) throws -> Language {
    guard let language = Language(code: argument) else {
      throw ValidationError("--lang must be zh or en, not '\(argument)'")
    }
    return language
  }
}
