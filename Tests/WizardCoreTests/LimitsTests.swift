import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Numbers typed into the wizard obey the same limits as a profile file, so that no sum or
/// count can overflow the engine's arithmetic (a crash in front of a visitor).
@Suite struct LimitsTests {
  @Test func hugeCountsAndSumsAreRefusedWithAMessage() throws {
    var state = WizardState(
      catalog: DefaultCatalog.catalog, size: Size(width: 80, height: 24),
      today: CalendarDay(year: 2026, month: 6, day: 1))
    // Hohhot (its 应用场景 count multiplies 100万), enterprise.
    for key in [Key.character("1"), .enter, .character("1")] { state.update(.keyPressed(key)) }
    let scenarios = try #require(DefaultCatalog.catalog.fact(named: "applicationScenarios"))
    while let fact = state.currentFact, fact != scenarios.id {
      state.update(.keyPressed(.right))
    }
    for character in "999999999999999" { state.update(.keyPressed(.character(character))) }
    #expect(state.inputError != nil)
    #expect(state.profile[scenarios.id] != .number(999_999_999_999_999))
    _ = state.render()
  }
}
