import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Keys that must never change an answer by accident.
@Suite struct KeysTests {
  /// A platform editor, on the 34 platform types.
  static func platformTypes() -> WizardDriver {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.up)
    wizard.press(.enter)
    return wizard
  }

  @Test func twoDigitsPickOptionsAboveNine() {
    var wizard = Self.platformTypes()
    wizard.type("18")
    #expect(wizard.state.itemEditor?.values[0] == .choice(17), "18 is 科技企业孵化器, not 1")
  }

  @Test func slashFiltersALongList() {
    var wizard = Self.platformTypes()
    wizard.press(.character("/"))
    wizard.type("孵化器")
    #expect(wizard.screenText().contains("筛选：孵化器"), "\(wizard.screenText())")
    wizard.press(.enter)
    #expect(wizard.state.itemEditor?.values[0] == .choice(17))
  }

  /// Every yes/no question and every option list with a 否 puts 是 (or the others) first.
  @Test func yesComesBeforeNoEverywhere() {
    let state = WizardState(catalog: DefaultCatalog.catalog, today: testDay)
    for fact in DefaultCatalog.catalog.facts {
      let rows = state.rows(for: fact)
      guard case .option(let first)? = rows.first else { continue }
      switch fact.type {
      case .bool: #expect(first == 0)
      case .enumeration(let values):
        #expect(values.label(first) != "否", "\(fact.name) starts with 否")
      default: break
      }
    }
  }

  /// Enter straight through a list question goes on; it never adds an empty item.
  @Test func enterOnAListQuestionMeansDone() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.currentFactName == "platforms")
    wizard.press(.enter)
    #expect(wizard.currentFactName != "platforms")
    #expect(wizard.state.profile.items(wizard.fact("platforms")).isEmpty)
    // And an item editor left with nothing entered adds nothing either.
    wizard.press(.escape)
    wizard.press(.up)
    wizard.press(.enter)
    wizard.press(.enter, times: 3)
    #expect(wizard.state.itemEditor == nil)
  }

  /// PgDn and PgUp on the result show every entry on some page, in both directions.
  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func pagingTheResultSkipsNoEntry(_ size: Size) throws {
    let source = try #require(
      DefaultCatalog.sampleSources.first { $0.name == "2-ordos-new-materials.json" })
    let profile = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
      source.text, file: source.name)
    var wizard = WizardDriver(width: size.width, height: size.height, profile: profile)
    wizard.press(.tab)
    let count = wizard.state.panelEntries.count
    #expect(count > 8)
    func shown() -> Set<Int> {
      Set(
        wizard.frame().hits.compactMap {
          if case .panelEntry(let index) = $0.target { return index }
          return nil
        })
    }
    var seen = shown()
    for _ in 0..<count {
      wizard.press(.pageDown)
      seen.formUnion(shown())
    }
    #expect(seen == Set(0..<count), "down: missing \(Set(0..<count).subtracting(seen).sorted())")
    seen = shown()
    for _ in 0..<count {
      wizard.press(.pageUp)
      seen.formUnion(shown())
    }
    #expect(seen == Set(0..<count), "up: missing \(Set(0..<count).subtracting(seen).sorted())")
  }
}

/// → always moves on; money has one unit, said in the question and echoed.
@Suite struct MovingOnTests {
  @Test func rightOnAChoiceFieldKeepsTheShownValueAndMovesOn() throws {
    var wizard = WizardDriver()
    wizard.type("6")
    wizard.type("1")
    let talent = wizard.fact("talent")
    let index = try #require(wizard.state.steps.firstIndex(of: talent))
    wizard.press(.function(2))
    wizard.press(.home)
    wizard.press(.down, times: index)
    wizard.press(.enter)
    #expect(wizard.currentFactName == "talent")
    #expect(wizard.row(containing: "‹ ") != nil, "a ‹ › field: \(wizard.screenText())")
    #expect(wizard.lines().last?.contains("空格切换") == true, "\(wizard.lines().last ?? "")")
    wizard.press(.right)
    #expect(wizard.currentFactName != "talent", "→ moved on")
    guard case .record(let values)? = wizard.answer("talent") else {
      Issue.record("the shown value was not kept")
      return
    }
    #expect(values.first == .choice(0))
  }

  @Test func moneyStatesItsUnitAndEchoesTheAmount() {
    var wizard = WizardDriver()
    wizard.type("712")
    wizard.press(.enter)
    #expect(wizard.screenText().contains("单位：万元"))
    wizard.type("100000000")
    let row = wizard.row(containing: "[100000000") ?? ""
    #expect(row.contains("万元 = 10000亿元"), "read back before it is taken: \(row)")
  }
}
