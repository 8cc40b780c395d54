import DefaultCatalog
import PolicyEngine
import Testing
import WizardCore

/// Issue 15, defect 7, in the wizard: the applicant is a question it asks, and until it is
/// answered no applicant type is shown or assumed — the title, F2's list and the panel say
/// nothing of 企业, and every sum the applicant type decides is possible, never 确定.
@Suite struct UnansweredApplicantWizardTests {
  /// A case saved (or handed off) before the applicant question: Ordos, a new 全国重点实验室 —
  /// 鄂尔多斯（二）1000万 for an enterprise, university, institute, agency or park, not a person.
  static func answers(applicant: String?) throws -> Profile {
    let named = applicant.map { #","applicant":"\#($0)""# } ?? ""
    return try ProfileDecoder(catalog: DefaultCatalog.catalog, requiresApplicant: false).decode(
      #"{"city":"ordos"\#(named),"platforms":[{"type":"keyLab","level":"national","new":true}]}"#)
  }

  static func isKeyLab(_ wizard: WizardDriver, _ location: BenefitLocation) -> Bool {
    location == wizard.benefit("ordos-2024", "key-lab-national")
  }

  /// The row of the panel's 确定 total, if there is one.
  static func certainRow(_ wizard: WizardDriver) -> String? {
    let text = wizard.state.explainer.text
    let label = text.labelled(text.certaintyLabel(.certain), "")
    return wizard.lines().first { $0.contains(label) }
  }

  @Test func beforeTheApplicantIsAnsweredNothingItDecidesIsCertain() throws {
    let wizard = WizardDriver(width: 100, height: 30, profile: try Self.answers(applicant: nil))
    let applicant = wizard.fact("applicant")
    #expect(wizard.state.unansweredSteps.contains(applicant))
    let result = wizard.state.result
    #expect(!result.matches.contains { Self.isKeyLab(wizard, $0.location) })
    let possible = try #require(result.possible.first { Self.isKeyLab(wizard, $0.location) })
    #expect(possible.dependsOn.contains(applicant))
    for outcome in result.matches + result.general {
      #expect(
        !wizard.catalog[outcome.location].condition.facts.contains(applicant),
        "\(wizard.catalog[outcome.location].id) is matched for an applicant nobody named")
    }
    // The panel: 1000万 is not on its 确定 line; the title names no applicant type.
    if let row = Self.certainRow(wizard) {
      #expect(!row.contains("1000万元"), "\(row)")
    }
    #expect(wizard.lines()[0].contains("鄂尔多斯市"), "\(wizard.lines()[0])")
    #expect(!wizard.lines()[0].contains("企业"), "\(wizard.lines()[0])")

    // Answered 企业, the same sum is 确定.
    let enterprise = WizardDriver(
      width: 100, height: 30, profile: try Self.answers(applicant: "enterprise"))
    let match = try #require(
      enterprise.state.result.matches.first { Self.isKeyLab(enterprise, $0.location) })
    #expect(match.certainty == .certain)
    #expect(Self.certainRow(enterprise)?.contains("1000万元") == true, "\(enterprise.lines())")
    #expect(enterprise.lines()[0].contains("企业"))
  }

  /// F2's list shows the applicant question unanswered (—), never as its first option 企业.
  @Test func theListOfQuestionsShowsTheApplicantUnanswered() throws {
    var wizard = WizardDriver(width: 100, height: 30, profile: try Self.answers(applicant: nil))
    wizard.press(.function(2))
    let row = try #require(wizard.row(containing: "申报主体类型"), "\(wizard.lines())")
    #expect(row.contains(wizard.state.strings.unanswered), "\(row)")
    #expect(!row.contains("企业"), "\(row)")
  }

  /// Until the applicant is answered the questions of every applicant type are asked (none is
  /// assumed); answered, only its own.
  @Test func theQuestionsAreThoseOfNoAssumedApplicantType() throws {
    let open = WizardDriver(width: 100, height: 30, profile: try Self.answers(applicant: nil))
    let university = WizardDriver(
      width: 100, height: 30, profile: try Self.answers(applicant: "university"))
    let enterpriseOnly = open.catalog.facts.filter { $0.appliesTo == ["enterprise"] }.map(\.id)
    #expect(!enterpriseOnly.isEmpty)
    let asked = Set(open.state.steps)
    let askedOfAUniversity = Set(university.state.steps)
    #expect(askedOfAUniversity.isDisjoint(with: enterpriseOnly))
    #expect(askedOfAUniversity.isSubset(of: asked))
  }
}
