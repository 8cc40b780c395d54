import Testing

@testable import PolicyEngine

/// A text a node may lack (a note, a unit, a section) falls back to the Chinese one in English
/// when the node has no English for it, rather than vanishing.
@Suite struct OptionalTextFallbackTests {
  @Test func untranslatedOptionalTextsFallBackToChinese() {
    var fact = FactDefinition(
      id: 0, name: "years", type: .count, label: "年数", question: "几年？", help: "说明",
      unit: "年", appliesTo: [], defaultEnumIndex: 0, declaredBy: nil)
    #expect(fact.unit(in: .english) == "年")
    #expect(fact.help(in: .english) == "说明")
    fact.english = Translation(label: "Years", unit: "years")
    #expect(fact.unit(in: .english) == "years")
    #expect(fact.help(in: .english) == "说明")
    #expect(fact.label(in: .english) == "Years")
    #expect(fact.unit(in: .chinese) == "年")
    fact.help = nil
    #expect(fact.help(in: .english) == nil)
  }
}
