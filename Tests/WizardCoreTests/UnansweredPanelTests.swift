import PolicyEngine
import Testing
import WizardCore

/// Issue 15, defect 7, in the wizard: a near miss of the unanswered kind (a yes/no question left
/// out) shows in the panel once the result is open — which says how many questions are
/// unanswered — or once the wizard has passed the question; a question not reached yet will
/// still be asked, so it does not flood the panel while answering.
@Suite struct UnansweredPanelTests {
  @Test func anUnansweredNearMissShowsOnceTheResultIsOpenNotBeforeItsQuestion() throws {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.currentFactName == "platforms")
    let demo = try #require(wizard.benefit("hulunbuir-draft", "tech-innovation-demo"))
    let question = wizard.fact("techInnovationDemo")
    func unanswered(_ state: WizardState) -> Int? {
      state.result.nearMisses.firstIndex {
        $0.location == demo && $0.unanswered == [FactPath(fact: question)]
      }
    }
    // The engine names it; the panel keeps it back while the question is still ahead.
    let ahead = try #require(unanswered(wizard.state), "the engine's result names the question")
    #expect(
      wizard.state.steps.firstIndex(of: question)!
        > wizard.state.steps.firstIndex(of: wizard.fact("platforms"))!)
    #expect(!wizard.state.panelEntries.contains(.nearMiss(ahead)))

    // F2 → End → Enter: the result opens early, and the near miss shows with its wording.
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil, "the result is open")
    let open = try #require(unanswered(wizard.state))
    #expect(wizard.state.panelEntries.contains(.nearMiss(open)))
    let miss = wizard.state.result.nearMisses[open]
    let missing = Explainer(catalog: wizard.catalog).missing(miss)
    #expect(missing == "未回答：本年度是否首次获批国家技术创新示范企业？")
    // Threshold gaps stay first in the panel's order.
    let shown = wizard.state.panelEntries.compactMap { entry -> NearMiss? in
      if case .nearMiss(let index) = entry { return wizard.state.result.nearMisses[index] }
      return nil
    }
    let kinds = shown.map { $0.gap != nil }
    #expect(kinds == kinds.sorted { $0 && !$1 }, "\(kinds)")
  }

  @Test func answeredNoTheNearMissIsGone() throws {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    let demo = try #require(wizard.benefit("hulunbuir-draft", "tech-innovation-demo"))
    var profile = wizard.state.profile
    profile[wizard.fact("techInnovationDemo")] = .bool(false)
    let answeredNo = WizardDriver(profile: profile)
    #expect(!answeredNo.state.result.nearMisses.contains { $0.location == demo })
  }
}
