import ArgumentParser
import PolicyEngine
import Testing

@testable import policy_wizard

/// The one rule for the language of an output, in process: `--lang` wins; text follows the
/// environment without it; JSON stays Chinese without it.
@Suite struct LanguageOptionTests {
  static let english = ["LANG": "en_US.UTF-8"]

  @Test func anExplicitLanguageWins() throws {
    let chinese = try LanguageOption.parse(["--lang", "zh"])
    #expect(chinese.forText(environment: Self.english) == .chinese)
    #expect(chinese.forJSON == .chinese)
    let english = try LanguageOption.parse(["--lang", "en-GB"])
    #expect(english.forText(environment: ["LC_ALL": "zh_CN.UTF-8"]) == .english)
    #expect(english.forJSON == .english)
  }

  @Test func withoutItTextFollowsTheEnvironmentAndJSONDoesNot() throws {
    let none = try LanguageOption.parse([])
    #expect(none.forText(environment: Self.english) == .english)
    #expect(none.forText(environment: ["LANG": "C.UTF-8"]) == .chinese)
    #expect(none.forText(environment: [:]) == .chinese)
    #expect(none.forJSON == .chinese)
    #expect(
      EvaluateCommand.language(for: .json, explicit: nil, environment: Self.english) == .chinese)
    #expect(
      EvaluateCommand.language(for: .text, explicit: nil, environment: Self.english) == .english)
  }

  @Test func otherLanguagesAreRefused() {
    #expect(throws: (any Error).self) { try LanguageOption.parse(["--lang", "fr"]) }
    #expect(throws: (any Error).self) { try LanguageOption.parse(["--lang", ""]) }
  }

  /// The fast `evaluate` path reads `--lang` as ArgumentParser does, and leaves anything it
  /// does not know (an unknown language) to the ordinary path and its message.
  @Test func theFastPathReadsTheLanguage() {
    #expect(FastEvaluate.parse(["evaluate", "p.json", "--lang", "en"])?.language == .english)
    #expect(FastEvaluate.parse(["evaluate", "p.json"])?.language == nil)
    #expect(FastEvaluate.parse(["evaluate", "p.json", "--lang", "fr"]) == nil)
    #expect(FastEvaluate.parse(["evaluate", "p.json", "--lang", "en", "--lang", "zh"]) == nil)
  }
}
