import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Issue 10, item 8: pasting 16k characters into a money field froze the wizard for 30 s,
/// every character re-reading the whole field. Fields are bounded; beyond the bound a
/// character costs a length check and is refused with a message.
@Suite struct FieldLengthTests {
  func stateOnMoneyField() throws -> WizardState {
    var state = WizardState(
      catalog: DefaultCatalog.catalog, size: Size(width: 80, height: 24), today: testDay)
    // City 1 (of 12: the digit waits for a second one, Enter takes it), then applicant 1.
    for key in [Key.character("1"), .enter, .character("1")] { state.update(.keyPressed(key)) }
    let rd = try #require(DefaultCatalog.catalog.fact(named: "rd"))
    while let fact = state.currentFact, fact != rd.id { state.update(.keyPressed(.right)) }
    return state
  }

  @Test func aLongPasteKeepsTheBoundAndSaysSo() throws {
    var state = try stateOnMoneyField()
    let paste = String(repeating: "1234567890", count: 1_640)  // 16,400 characters
    for character in paste { state.update(.keyPressed(.character(character))) }
    #expect(Array(state.drafts.values) == [String(paste.prefix(FieldLimits.numberCharacters))])
    #expect(state.inputError == state.strings.fieldTooLong(FieldLimits.numberCharacters))
    // What was kept is still edited as usual.
    state.update(.keyPressed(.backspace))
    #expect(state.drafts.values.first?.count == FieldLimits.numberCharacters - 1)
    _ = state.render()
  }

  @Test func aPasteIntoTheSaveFormIsBoundedToo() throws {
    var driver = WizardDriver()
    driver.press(.character("s"))
    let name = String(repeating: "企", count: 5_000)
    for character in name { driver.state.update(.keyPressed(.character(character))) }
    driver.press(.enter)
    let saved = driver.lastEffects.compactMap { effect -> String? in
      if case .saveCase(_, let name, _, _, _, _, _) = effect { return name }
      return nil
    }
    #expect(saved.first?.count == FieldLimits.textCharacters, "\(driver.lastEffects)")
  }

  @Test func aListHoldsNoMoreItemsThanAProfileMay() throws {
    let award = #"{"level": "national", "prize": 100, "firstUnit": true}"#
    let profile = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
      #"{"city": "hohhot", "applicant": "enterprise", "awards": ["#
        + Array(repeating: award, count: ProfileDecoder.Limits.listItems).joined(separator: ",")
        + "]}")
    var driver = WizardDriver(profile: profile)
    let awards = driver.fact("awards")
    var steps = 0
    while driver.state.currentFact != awards, steps < 100 {
      driver.state.update(.keyPressed(.right))
      steps += 1
    }
    try #require(driver.state.currentFact == awards)
    driver.state.update(.keyPressed(.end))  // 不确定 / 跳过
    driver.state.update(.keyPressed(.up))  // 完成，下一题
    driver.state.update(.keyPressed(.up))  // ＋ 添加一项
    driver.state.update(.keyPressed(.enter))
    #expect(
      driver.state.inputError == driver.state.strings.listFull(ProfileDecoder.Limits.listItems))
    #expect(driver.state.profile.items(awards).count == ProfileDecoder.Limits.listItems)
  }
}
