import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// The result's JSON writer (`EvaluationReport.json()`, what `evaluate --format json`, `batch`
/// and `POST /v1/evaluate` answer) writes exactly JSONEncoder's bytes (`foundationJSON()`, the
/// reference kept for this): every sample, every worked case and seeded random profiles, in
/// both languages, and strings holding every character JSON escapes.
@Suite struct ResultJSONWriterTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  static func report(_ profile: Profile, _ language: Language) -> EvaluationReport {
    EvaluationReport(
      result: evaluator.evaluate(profile, today: day), profile: profile,
      explainer: Explainer(catalog: catalog, language: language),
      openQuestions: evaluator.openQuestions(profile, today: day))
  }

  static func expectSameBytes(
    _ profile: Profile, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for language in Language.allCases {
      let report = report(profile, language)
      let written = report.json()
      #expect(
        written == report.foundationJSON(), "\(name) in \(language)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func everySampleAndWorkedCaseInBothLanguages() throws {
    let decoder = ProfileDecoder(catalog: Self.catalog)
    #expect(CompiledCatalogTests.profiles.count >= 45)
    for (name, node) in CompiledCatalogTests.profiles {
      Self.expectSameBytes(try decoder.decode(node), name)
    }
  }

  /// Full profiles with a random third of their questions left unanswered (so that possible
  /// benefits, near misses and open questions appear), drafts on or off, every city.
  @Test func seededRandomProfilesInBothLanguages() throws {
    var random = SplitMix64(seed: 0x5E_7E_19)
    let cityFact = try #require(Self.catalog.fact(named: "city"))
    guard case .enumeration(let cities) = cityFact.type else {
      Issue.record("city is not an enumeration")
      return
    }
    var nonEmptyPossible = 0
    for round in 0..<60 {
      let city = cities.names[Int.random(in: 0..<cities.names.count, using: &random)]
      var profile = FullProfile.make(catalog: Self.catalog, city: city)
      for fact in Self.catalog.facts where fact.name != "city" {
        if Int.random(in: 0..<3, using: &random) == 0 { profile[fact.id] = nil }
      }
      profile.includeDrafts = Bool.random(using: &random)
      if !Self.report(profile, .chinese).possible.isEmpty { nonEmptyPossible += 1 }
      Self.expectSameBytes(profile, "random profile \(round) (\(city))")
    }
    #expect(nonEmptyPossible > 0, "some random profiles leave benefits only possible")
  }

  /// Quotes, backslashes, every C0 control, DEL, C1 and non-BMP characters, at the start, the
  /// end and between runs of plain text: the escapes JSONEncoder writes, and nothing else.
  @Test func stringsWithEveryEscape() throws {
    var samples = ["", "plain", "中文“引号”…", "😀 emoji", "a\"b\\c/d", "\u{7F}\u{85}\u{2028}"]
    for byte in 0..<0x20 { samples.append("x\(Character(Unicode.Scalar(UInt8(byte))))y") }
    samples.append((0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }.joined())
    samples.append(String(repeating: "研发投入\"\n", count: 200))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    for sample in samples {
      var text = JSONText()
      text.beginObject()
      text.key("a\"key\n")
      text.string(sample)
      text.endObject()
      let expected = String(decoding: try encoder.encode(["a\"key\n": sample]), as: UTF8.self)
      #expect(text.text == expected, "\(sample.debugDescription)")
    }
  }
}
