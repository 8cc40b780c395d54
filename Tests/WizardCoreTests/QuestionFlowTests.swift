import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Which questions are asked, and moving between them without losing answers.
@Suite struct QuestionFlowTests {
  /// The cities whose documents declare the questions asked now (nil: shared or region-wide).
  private func citiesAsked(_ wizard: WizardDriver, _ facts: [FactID]) -> Set<String> {
    let catalog = wizard.catalog
    return Set(
      facts.compactMap { fact -> String? in
        guard let owner = catalog.facts[fact].declaredBy else { return nil }
        guard let document = catalog.documents.first(where: { $0.id == owner }) else {
          Issue.record("fact \(catalog.facts[fact].name) is declared by unknown \(owner)")
          return nil
        }
        return document.city
      })
  }

  /// Walks every question without answering it (→, or "完成，下一题" where a record or list has
  /// it, since → there changes a choice field) and returns the facts shown.
  private func walk(_ wizard: inout WizardDriver) -> [FactID] {
    var shown: [FactID] = []
    while let fact = wizard.state.currentFact, shown.count < 100 {
      shown.append(fact)
      let rows = wizard.state.rows(for: wizard.catalog.facts[fact])
      if let next = rows.firstIndex(of: .next) {
        wizard.press(.down, times: next - wizard.state.row)
        wizard.press(.enter)
      } else {
        wizard.press(.right)
      }
      if wizard.state.currentFact == fact {
        Issue.record("→ did not leave \(wizard.catalog.facts[fact].name)")
        break
      }
    }
    return shown
  }

  /// 包头 has region policies only: no question of a city document is asked, even in passing.
  @Test func regionOnlyCityIsNotAskedCityQuestions() {
    var wizard = WizardDriver()
    wizard.type("2")
    #expect(wizard.answer("city") == .choice(1), "row 2 is 包头")
    #expect(wizard.row(containing: "包头市") != nil, "the title names the city")
    wizard.type("1")
    #expect(citiesAsked(wizard, wizard.state.steps).isEmpty)
    let owners = Set(wizard.state.steps.compactMap { wizard.catalog.facts[$0].declaredBy })
    #expect(owners.allSatisfy { $0.hasPrefix("region-") }, "\(owners)")

    let shown = walk(&wizard)
    #expect(citiesAsked(wizard, shown).isEmpty)
    #expect(wizard.state.currentFact == nil, "the walk ends on the summary")
    #expect(!shown.contains(wizard.fact("highTech")), "高企 pays nothing in 包头 at region level")
  }

  /// 鄂尔多斯 has its own document: its questions are asked, 呼和浩特's and 呼伦贝尔's are not.
  @Test func cityWithPoliciesAsksItsOwnQuestionsOnly() {
    var wizard = WizardDriver()
    wizard.type("6")
    #expect(wizard.answer("city") == .choice(5), "row 6 is 鄂尔多斯")
    wizard.type("1")
    #expect(citiesAsked(wizard, wizard.state.steps) == ["ordos"])
    let shown = walk(&wizard)
    #expect(citiesAsked(wizard, shown) == ["ordos"])
  }

  /// Esc goes back and → forward through answered questions; every answer stays as given.
  @Test func backAndForwardKeepEveryAnswer() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.currentFactName == "platforms")
    let profile = wizard.state.profile

    wizard.press(.escape)
    #expect(wizard.currentFactName == "rdSuperDeductionYears")
    #expect(wizard.row(containing: "[2 ") != nil)
    wizard.press(.escape)
    #expect(wizard.currentFactName == "rd")
    #expect(wizard.row(containing: "[2800 ") != nil)
    #expect(wizard.row(containing: "[2000 ") != nil)
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "highTech")
    #expect(wizard.row(containing: "› (*) 2. 本年度首次认定") != nil, "the answer is selected")
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "city")
    #expect(wizard.row(containing: "› (*) 7.  呼伦贝尔市") != nil)
    wizard.press(.escape)
    #expect(wizard.currentFactName == "city", "nothing before the first question")
    #expect(wizard.state.profile == profile, "going back changes no answer")

    // Forward again with → on choices and Enter on the filled sums.
    wizard.press(.right, times: 4)
    #expect(wizard.currentFactName == "rd")
    wizard.press(.enter, times: 2)
    #expect(wizard.currentFactName == "rdSuperDeductionYears")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "platforms")
    #expect(wizard.state.profile == profile, "going forward changes no answer")
    #expect(wizard.state.result.totals.min == Money.wan(90))
  }

  /// F2 lists every question with its answer; Enter on an earlier one goes there.
  @Test func stepListJumpsToAnEarlierQuestion() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    let steps = wizard.state.steps
    #expect(
      wizard.state.modal == .steps(selection: steps.firstIndex(of: wizard.fact("platforms"))!))
    let screen = wizard.screenText()
    #expect(screen.contains("全部问题"), "\(screen)")
    #expect(wizard.row(containing: "高新技术企业")?.contains("本年度首次认定") == true, "\(screen)")
    #expect(
      wizard.row(containing: "研发投入")?.contains("上年度研发投入 2800万元，前一年度研发投入 2000万元")
        == true, "\(screen)")
    #expect(wizard.row(containing: "› 平台与载体") != nil, "the current question is marked")

    let highTech = steps.firstIndex(of: wizard.fact("highTech"))!
    wizard.press(.up, times: steps.firstIndex(of: wizard.fact("platforms"))! - highTech)
    #expect(wizard.state.modal == .steps(selection: highTech))
    wizard.press(.enter)
    #expect(wizard.state.modal == nil)
    #expect(wizard.currentFactName == "highTech")
    #expect(wizard.row(containing: "› (*) 2. 本年度首次认定") != nil)

    // Changing that answer there re-evaluates at once; the others stay.
    wizard.type("3")
    #expect(wizard.answer("highTech") == .choice(2))
    #expect(wizard.state.result.totals.min == Money.wan(55), "再次认定 15万 + 40万")
    #expect(wizard.answer("rdSuperDeductionYears") == .number(2))
  }

  /// Choosing another city later swaps the city's questions and keeps the shared answers.
  @Test func changingTheCityLaterChangesTheStepsAndKeepsOtherAnswers() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(citiesAsked(wizard, wizard.state.steps) == ["hulunbuir"])

    wizard.press(.function(2))
    wizard.press(.pageUp)
    #expect(wizard.state.modal == .steps(selection: 0))
    wizard.press(.enter)
    #expect(wizard.currentFactName == "city")
    wizard.type("6")
    #expect(wizard.answer("city") == .choice(5))
    #expect(citiesAsked(wizard, wizard.state.steps) == ["ordos"])
    #expect(wizard.row(containing: "科技政策向导 · 鄂尔多斯市") != nil)
    #expect(wizard.answer("applicant") == .choice(0))
    #expect(wizard.answer("highTech") == .choice(1))
    #expect(wizard.rdFields == [Money.wan(2800).fen, Money.wan(2000).fen])
    #expect(wizard.answer("rdSuperDeductionYears") == .number(2))
    let hulunbuir = wizard.catalog.documents.firstIndex { $0.city == "hulunbuir" }
    #expect(!wizard.state.result.matches.contains { $0.location.document == hulunbuir })
    #expect(
      wizard.state.result.matches.contains {
        wizard.catalog.documents[$0.location.document].city == "ordos"
      })
  }
}
