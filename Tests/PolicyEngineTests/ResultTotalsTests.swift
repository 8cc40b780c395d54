import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// Issue 15, the engine's half: totals by the combination step's rules, unanswered shown as
/// open, incomplete entries refused, drafts named inside a 取其高 pair, the result's JSON.
/// (The arithmetic of the city cases is in `Data/cases`; these check what the cases cannot.)
@Suite struct ResultTotalsTests {
  let catalog = DefaultCatalog.catalog
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  func profile(_ json: String) throws -> Profile {
    try ProfileDecoder(catalog: catalog).decode(json)
  }

  func evaluate(_ json: String) throws -> (EvaluationResult, Profile) {
    let profile = try profile(json)
    return (Evaluator(catalog: catalog).evaluate(profile, today: Self.day), profile)
  }

  func reference(_ outcome: BenefitOutcome) -> String {
    WorkedCases(catalog: catalog).reference(outcome.location)
  }

  func problem(_ json: String) -> ProfileProblem? {
    do {
      _ = try ProfileDecoder(catalog: catalog).decode(json)
      return nil
    } catch {
      return error
    }
  }

  // MARK: Defect 7: unanswered is open, never "no"

  @Test func anEntryWithoutItsLevelIsRefusedNamingTheField() throws {
    let platform = try #require(
      problem(
        #"{"city":"hohhot","applicant":"enterprise","platforms":[{"type":"keyLab","new":true}]}"#))
    #expect(platform.field == "platforms[0].level")
    #expect(platform.message == "is required; allowed: national, region, city")
    let contract = try #require(
      problem(#"{"city":"hohhot","applicant":"enterprise","techContracts":[{"amount":3000000}]}"#))
    #expect(contract.field == "techContracts[0].direction")
    #expect(contract.message == "is required; allowed: buy, sell")
  }

  @Test func anUnknownApplicantMakesApplicantDependentSumsPossibleNotCertain() throws {
    // Ordos （二）: 新型研发机构 1000万, for an applicant marked unknown.
    let (result, _) = try evaluate(
      #"{"city":"ordos","unknown":["applicant"],"platforms":[{"type":"newRDInstitution","level":"city","new":true}],"asOf":"2025-06-01"}"#
    )
    let applicant = try #require(catalog.fact(named: "applicant")).id
    #expect(result.matches.allSatisfy { !catalog[$0.location].condition.facts.contains(applicant) })
    #expect(result.totals.certain == .zero)
    #expect(result.possible.contains { $0.dependsOn.contains(applicant) })
    #expect(result.totals.byCertainty[.possible] != nil)
  }

  @Test func theReasonsOfAPossibleBenefitStateOnlyAnswersGiven() throws {
    let (result, profile) = try evaluate(
      #"{"city":"hulunbuir","applicant":"enterprise","unknown":["highTech"],"includeDrafts":true}"#)
    let explainer = Explainer(catalog: catalog)
    let first = try #require(
      result.possible.first { reference($0) == "hulunbuir-draft/1/high-tech-first" })
    let because = explainer.because(first, profile: profile)
    #expect(!because.contains("未认定"), "\(because)")
    #expect(because.contains("高新技术企业"), "names the open question: \(because)")
  }

  // MARK: Defect 3: the possible line by the combination step's rules

  @Test func aPerItemCountLeftOpenLeavesThePossibleLineOpenAndSaysWhy() throws {
    let (result, _) = try evaluate(
      #"{"city":"hohhot","applicant":"university","unknown":["openCompetitionProject"],"includeDrafts":false}"#
    )
    #expect(result.totals.possibleOpenPerItem)
    #expect(result.totals.byCertainty[.possible]?.max == nil)
    let lines = Explainer(catalog: catalog).totalsText(result)
    #expect(lines.contains { $0.hasPrefix("可能") && $0.contains("另按项计") }, "\(lines)")
    #expect(!lines.contains { $0.hasPrefix("可能") && $0.contains("不低于") }, "\(lines)")
  }

  @Test func unknownPlatformsGiveNoFloor() throws {
    let (result, _) = try evaluate(
      #"{"city":"hohhot","applicant":"university","unknown":["platforms"],"includeDrafts":true}"#)
    // Once 不低于4950万: the floors of every kind of platform added up, a floor no single
    // answer guarantees. Per item with the count open, they add nothing to the floor.
    let possible = try #require(result.totals.byCertainty[.possible])
    #expect(possible.min < .wan(4950))
    #expect(possible.max == nil)
    #expect(result.totals.possibleOpenPerItem)
    #expect(result.totals.min == .zero)
  }

  // MARK: Defect 5: a draft keeps its word inside a 取其高 pair

  @Test func aPairWhoseHigherSideIsADraftIsCountedAndLabelledAsDraft() throws {
    // Hohhot 2023 （一）: 院士专家工作站 最高200万 (in force); 2024 draft 第17条: 两院院士 连续3年
    // 每年不低于500万 — the 1500万 floor is the draft's alone.
    let (result, _) = try evaluate(
      #"{"city":"hohhot","applicant":"university","academicianOfTwoAcademies":true,"platforms":[{"type":"academicianWorkstation","level":"city","new":true}],"includeDrafts":true}"#
    )
    let draft = try #require(
      result.matches.first { reference($0) == "hohhot-2024-draft/17/academician-workstation" })
    #expect(draft.certainty == .draft)
    #expect(!draft.alternatives.isEmpty)
    let set = result.alternatives[draft.alternatives[0]]
    #expect(set.draftDecides)
    #expect(result.totals.byCertainty[.chooseHigher] == nil)
    let draftLine = try #require(result.totals.byCertainty[.draft])
    #expect(draftLine.min >= .wan(1500))
  }

  @Test func aHighTechZonesDraftFloorIsCountedAndLabelledAsDraft() throws {
    // Hohhot 2023 （十三）: 高新区 每年最高500万元, 连续支持3年 (in force: 0–1500万); 2024 draft
    // 第5条: 新获批国家级高新区 连续3年每年不低于500万元 (不低于1500万) — the floor is the draft's.
    let (result, _) = try evaluate(
      #"{"city":"hohhot","applicant":"park","asOf":"2025-06-01","platforms":[{"type":"highTechZone","level":"national","new":true}],"includeDrafts":true}"#
    )
    let draft = try #require(
      result.matches.first { reference($0) == "hohhot-2024-draft/5/high-tech-zone-national" })
    let inForce = try #require(
      result.matches.first { reference($0) == "hohhot-2023/13/high-tech-zone" })
    #expect(draft.stackedOut == nil && inForce.stackedOut == nil)
    let set = result.alternatives[try #require(draft.alternatives.first)]
    #expect(set.draftDecides)
    #expect(result.totals.byCertainty[.chooseHigher] == nil)
    #expect(result.totals.byCertainty[.draft] == MoneyRange(min: .wan(1500), max: nil))
    let lines = Explainer(catalog: catalog).totalsText(result)
    #expect(lines.contains("征求意见稿：不低于1500万元"), "\(lines)")
    #expect(!lines.contains { $0.hasPrefix("取其高") }, "\(lines)")
  }

  @Test func anItemThatCompetesWithNothingIsNotChooseHigher() throws {
    // Three new 技术创新中心 of a university: national and region compete with the 2024 draft's
    // 第2、3条; the city-level one only 2023 （一） pays, so that match is not 取其高 as a whole.
    let (result, _) = try evaluate(
      #"{"city":"hohhot","applicant":"university","asOf":"2026-06-01","platforms":[{"type":"techInnovationCenter","level":"national","new":true},{"type":"techInnovationCenter","level":"region","new":true},{"type":"techInnovationCenter","level":"city","new":true}]}"#
    )
    let centre = try #require(
      result.matches.first { reference($0) == "hohhot-2023/1/tech-innovation-center" })
    #expect(centre.items == [0, 1, 2])
    #expect(centre.alternatives.count == 2)
    #expect(centre.certainty == .upTo)
    #expect(result.alternatives.map(\.item) == [0, 1])
  }

  // MARK: Defect 4: what the lower bound counts

  @Test func reservedMoneyAddsNothingToTheLowerBound() throws {
    let (result, _) = try evaluate(
      #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2025-06-01"}"#)
    let reserved = try #require(result.totals.byCertainty[.reserved])
    #expect(reserved.min == .zero)
    #expect(reserved.max == .wan(30))
    #expect(result.totals.min == .zero)
  }

  // MARK: The result's JSON

  @Test func theJSONCarriesTheFormatAndTheAtMostYearsFlag() throws {
    // Ordos （二十六）: 新型研发机构 1:1, 最多5年、每年最高500万元 — never five certain years.
    let (result, profile) = try evaluate(
      #"{"city":"ordos","applicant":"enterprise","countyRDFunding":8000000,"platforms":[{"type":"newRDInstitution","level":"city","new":true}],"asOf":"2025-06-01"}"#
    )
    let report = EvaluationReport(
      result: result, profile: profile, explainer: Explainer(catalog: catalog))
    let text = ResultJSONWriter(explainer: Explainer(catalog: catalog)).json(
      result, profile: profile, openQuestions: nil)
    #expect(text == report.foundationJSON())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["resultFormat"] as? Int == EvaluationReport.format)
    let matches = try #require(object["matches"] as? [[String: Any]])
    let county = try #require(
      matches.first { $0["benefit"] as? String == "county-new-rd-institution" })
    let amount = try #require(county["amount"] as? [String: Any])
    #expect(amount["years"] as? Int == 5)
    #expect(amount["yearsAtMost"] as? Bool == true)
    let others = matches.filter { $0["benefit"] as? String != "county-new-rd-institution" }
    #expect(others.allSatisfy { ($0["amount"] as? [String: Any])?["yearsAtMost"] as? Bool != true })
  }
}
