import DefaultCatalog
import Testing

@testable import PolicyEngine

/// The Explainer's table of each fact's words holds what reading the catalog gives, for every
/// fact, field and value in both languages: the sentences word facts as before the table.
@Suite struct FactWordsTests {
  static let catalog = DefaultCatalog.catalog

  @Test(arguments: Language.allCases) func everyFactFieldAndValueAsTheCatalogWordsIt(
    language: Language
  ) {
    for fact in Self.catalog.facts {
      let words = FactWords(fact, language: language)
      #expect(words.label == fact.label(in: language))
      #expect(words.unit == (fact.unit(in: language) ?? ""))
      #expect(words.isMoney == (fact.type == .money))
      #expect(!words.isNewFlag)
      expectSameKind(words, fact.type, language: language, fact.name)
      #expect(words.fields.count == fact.type.fields.count)
      for (field, fieldWords) in zip(fact.type.fields, words.fields) {
        #expect(fieldWords.label == field.label(in: language))
        #expect(fieldWords.unit == "")
        #expect(fieldWords.isNewFlag == (field.name == "new"))
        #expect(fieldWords.isMoney == (field.type == .money))
        expectSameKind(fieldWords, field.type, language: language, "\(fact.name).\(field.name)")
      }
    }
  }

  func expectSameKind(
    _ words: FactWords, _ type: FactType, language: Language, _ name: String
  ) {
    switch (words.kind, type) {
    case (.bool, .bool), (.money, .money), (.count, .count), (.record, .record),
      (.list, .list):
      break
    case (.enumeration(let labels), .enumeration(let values)):
      #expect(
        labels == values.names.indices.map { values.label($0, in: language) }, "\(name)")
    default:
      Issue.record("\(name): \(words.kind) for \(type.name)")
    }
  }

  /// The table is not empty of what the sentences need: the catalog has enumerations, list
  /// fields and a `new` flag, so the comparisons above compare something.
  @Test func theCatalogHasWhatTheTableWords() {
    let words = Self.catalog.facts.map { FactWords($0, language: .chinese) }
    #expect(words.contains { if case .enumeration = $0.kind { true } else { false } })
    #expect(words.contains { $0.fields.contains(where: \.isNewFlag) })
    #expect(words.contains { !$0.unit.isEmpty })
  }
}
