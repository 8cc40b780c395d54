import DefaultCatalog
import Foundation
import TestSupport
import Testing

@testable import PolicyEngine

/// `ResultJSONWriter`, the one writer of the result that `evaluate --format json`, `batch` rows
/// and `POST /v1/evaluate` answer, writes JSONEncoder's bytes of `EvaluationReport`
/// (`foundationJSON()`): every sample and worked case and 60 seeded random profiles, both
/// languages, with the catalog's texts escaped ahead (`prepared`, the server and batch) and as
/// needed (a single `evaluate`); compact as `EvaluationReport.write(to:)` writes a batch row.
@Suite struct ResultJSONFastWriterTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)
  static let writers: [ResultJSONWriter] = Language.allCases.flatMap { language in
    [true, false].map { ResultJSONWriter(catalog: catalog, language: language, prepared: $0) }
  }

  static func expectSameBytes(
    _ profile: Profile, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let result = evaluator.evaluate(profile, today: day)
    let openQuestions = evaluator.openQuestions(profile, today: day)
    for writer in writers {
      let report = EvaluationReport(
        result: result, profile: profile, explainer: writer.explainer,
        openQuestions: openQuestions)
      let written = writer.json(result, profile: profile, openQuestions: openQuestions)
      #expect(
        written == report.foundationJSON(), "\(name) in \(writer.language)",
        sourceLocation: sourceLocation)
      var compact = JSONText(compact: true)
      writer.write(result, profile: profile, openQuestions: openQuestions, to: &compact)
      #expect(
        compact.text == report.foundationJSON(compact: true),
        "\(name) in \(writer.language), compact",
        sourceLocation: sourceLocation)
    }
  }

  @Test func everySampleAndWorkedCaseInBothLanguages() throws {
    let decoder = ProfileDecoder(catalog: Self.catalog)
    #expect(CompiledCatalogTests.profiles.count >= 45)
    var withNearMisses = 0
    var withAlternatives = 0
    for (name, node) in CompiledCatalogTests.profiles {
      let profile = try decoder.decode(node)
      let result = Self.evaluator.evaluate(profile, today: Self.day)
      if !result.nearMisses.isEmpty { withNearMisses += 1 }
      if !result.alternatives.isEmpty { withAlternatives += 1 }
      Self.expectSameBytes(profile, name)
    }
    #expect(withNearMisses > 0, "some samples or cases have near misses")
    #expect(withAlternatives > 0, "some samples or cases have alternatives")
  }

  /// As `ResultJSONWriterTests`: full profiles with a random third of their questions left
  /// unanswered, drafts on or off, every city (another seed).
  @Test func seededRandomProfilesInBothLanguages() throws {
    var random = SplitMix64(seed: 0xFA_57_19)
    let cityFact = try #require(Self.catalog.fact(named: "city"))
    guard case .enumeration(let cities) = cityFact.type else {
      Issue.record("city is not an enumeration")
      return
    }
    var withPossible = 0
    for round in 0..<60 {
      let city = cities.names[Int.random(in: 0..<cities.names.count, using: &random)]
      var profile = FullProfile.make(catalog: Self.catalog, city: city)
      for fact in Self.catalog.facts where fact.name != "city" {
        if Int.random(in: 0..<3, using: &random) == 0 { profile[fact.id] = nil }
      }
      profile.includeDrafts = Bool.random(using: &random)
      if !Self.evaluator.evaluate(profile, today: Self.day).possible.isEmpty {
        withPossible += 1
      }
      Self.expectSameBytes(profile, "random profile \(round) (\(city))")
    }
    #expect(withPossible > 0, "some random profiles leave benefits only possible")
  }

  /// The table escaped once per catalog holds, for every benefit, what escaping its texts at
  /// write time gives: the right text at the right place.
  @Test func preparedTextsEqualEscapingAtWriteTime() {
    for language in Language.allCases {
      let writer = ResultJSONWriter(catalog: Self.catalog, language: language)
      let explainer = writer.explainer
      #expect(writer.benefits.count == Self.catalog.benefits.count)
      for location in Self.catalog.benefits {
        let prepared = writer.benefits[writer.benefitIndex(location)]
        let document = Self.catalog.documents[location.document]
        let benefit = Self.catalog[location]
        let article = Self.catalog.article(of: location).number
        #expect(prepared.title.bytes == Self.escaped(explainer.title(location)))
        #expect(prepared.citation.bytes == Self.escaped(explainer.citation(location)))
        #expect(prepared.citationText == explainer.citation(location))
        #expect(prepared.policy.bytes == Self.escaped(document.id))
        #expect(prepared.benefit.bytes == Self.escaped(benefit.id))
        #expect(prepared.status.bytes == Self.escaped(document.status.rawValue))
        #expect(prepared.kind.bytes == Self.escaped(benefit.kind.rawValue))
        #expect(
          prepared.reference.bytes == Self.escaped("\(document.id)/\(article)/\(benefit.id)"))
        #expect(prepared.article == article)
        #expect(prepared.paidPerItem == (benefit.paidPerItemOf != nil))
      }
      for fact in Self.catalog.facts {
        #expect(writer.factNames[fact.id].bytes == Self.escaped(fact.name))
      }
    }
  }

  /// A string as `JSONText.string` writes it as a value (quoted, escaped), without the object.
  static func escaped(_ text: String) -> [UInt8] {
    var out = JSONText(compact: true)
    out.beginObject()
    out.key("")
    out.string(text)
    out.endObject()
    return Array(out.bytes.dropFirst(4).dropLast())
  }
}
