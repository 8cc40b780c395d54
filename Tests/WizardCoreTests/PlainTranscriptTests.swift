import DefaultCatalog
import PolicyEngine
import Testing
import WizardCore

/// Whole plain-mode sessions, one per sample enterprise and language: the answers a person
/// types (derived from the sample's profile, committed), the transcript they give (committed;
/// `TRANSCRIPT_RECORD=1` rewrites both), and the result they end on, which must be the
/// engine's result for the sample's profile.
@Suite struct PlainTranscriptTests {
  @Test func everySampleHasATranscript() {
    #expect(SampleProfiles.names.count == 5, "\(SampleProfiles.names)")
  }

  /// The committed answers are the ones the sample's profile gives, typed as asked.
  @Test(arguments: SampleProfiles.names, Language.allCases)
  func theAnswersFileIsTheSamplesAnswers(_ sample: String, _ language: Language) throws {
    let lines = PlainAnswers.lines(for: try SampleProfiles.profile(sample), language: language)
    TranscriptFiles.expect(
      lines.map { $0 + "\n" }.joined(), file: "\(sample).answers.\(language.rawValue).txt")
  }

  @Test(arguments: SampleProfiles.names, Language.allCases)
  func aWholeSessionGivesTheSamplesResult(_ sample: String, _ language: Language) throws {
    let profile = try SampleProfiles.profile(sample)
    let answers = try TranscriptFiles.read("\(sample).answers.\(language.rawValue).txt")
      .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    var session = PlainTranscript(language: language)
    session.type(lines: answers)

    #expect(session.conversation.isFinished)
    #expect(session.state.currentFact == nil, "every question was answered")
    let expected = Evaluator(catalog: DefaultCatalog.catalog).evaluate(profile, today: testDay)
    #expect(session.state.result.totals == expected.totals)
    #expect(session.state.result.matches.map(\.location) == expected.matches.map(\.location))
    #expect(session.state.result.matches.map(\.amount) == expected.matches.map(\.amount))
    TranscriptFiles.expect(session.text, file: "\(sample).\(language.rawValue).txt")
  }
}
