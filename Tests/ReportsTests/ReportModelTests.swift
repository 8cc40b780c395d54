import Foundation
import PolicyEngine
import Reports
import Testing

/// The report model: built once, it must carry the hand-worked amounts, the articles with
/// their original text, and the notices the content calls for.
@Suite struct ReportModelTests {
  @Test func hulunbuirHighTechAmountsAndArticles() throws {
    let report = try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)
    #expect(report.city == "呼伦贝尔市")
    #expect(report.applicant == "企业")
    #expect(report.asOf == ReportFixtures.day)
    #expect(!report.catalogVersion.isEmpty)

    let highTech = try #require(report.benefits.first { $0.clause.citation == "呼伦贝尔（一）" })
    #expect(highTech.amount == AmountRange(min: .wan(50), max: .wan(50)))
    #expect(highTech.amountText == "50万元")
    #expect(highTech.computation == nil)
    #expect(highTech.clause.text.contains("对首次获批的国家高新技术企业给予50万元经费支持"))
    #expect(highTech.clause.isDraft)
    #expect(highTech.because.contains("本年度首次认定"))
    #expect(!highTech.because.hasPrefix("呼伦贝尔"))

    let increment = try #require(report.benefits.first { $0.clause.citation == "呼伦贝尔（二）" })
    #expect(increment.amount == AmountRange(min: .wan(40), max: .wan(40), per: .year))
    #expect(increment.amountText == "每年 40万元")
    #expect(increment.computation?.contains("800万元 × 5% = 40万元") == true)
    #expect(increment.clause.text.contains("按照研发投入增量给予企业5%的后补助支持"))

    #expect(report.totals.min == .wan(90))
    #expect(report.totals.max == .wan(90))
    // Hulunbuir's document is a draft: nothing of it is 确定.
    #expect(report.totals.certain == .zero)
    #expect(report.totals.lines == ["合计：90万元", "征求意见稿：90万元"])
    #expect(report.totals.text == "90万元")
    #expect(report.answers.contains { $0.label == "高新技术企业" && $0.value == "本年度首次认定" })
    #expect(report.answers.contains { $0.value.contains("上年度研发投入 2800万元") })
  }

  @Test func draftNoticeFollowsTheDrafts() throws {
    let withDrafts = try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)
    let notice = try #require(withDrafts.notice(.draft))
    #expect(notice.text.contains("以正式发布文件为准"))
    #expect(notice.text.contains("呼伦贝尔"))
    #expect(withDrafts.notice(.perYearCounted) != nil)

    var profile = try ReportFixtures.profile(ReportFixtures.hulunbuirHighTech)
    profile.includeDrafts = false
    let withoutDrafts = ReportFixtures.report(profile)
    #expect(withoutDrafts.notice(.draft) == nil)
    #expect(!withoutDrafts.includeDrafts)
    #expect(!withoutDrafts.allBenefits.contains { $0.isDraft })
    #expect(!withoutDrafts.documents.contains { $0.isDraft })
    #expect(withoutDrafts.notice(.general) != nil)
  }

  @Test func rangesCallForTheRangeNoticeAndShowTheYears() throws {
    let profile = try ReportFixtures.caseProfile(
      file: "hohhot.yaml",
      named: "高校院所：驻呼高校新建自治区级技术创新中心（2023年最高200万元；意见稿连续3年每年不低于300万元）")
    let report = ReportFixtures.report(profile)
    #expect(report.notice(.range)?.text.contains("实际金额以主管部门核定为准") == true)
    // The two Hohhot documents pay for the same centre; the higher is the 2024 draft, and a
    // draft never removes money in force: both are shown, totalled [900万, open) — as
    // 征求意见稿, since only the draft offers that floor, and the draft keeps its word (issue 15).
    #expect(
      report.benefits.map(\.amountText) == ["最高200万元", "每年 不低于300万元 × 3 年，共不低于900万元"])
    #expect(report.notStacked.isEmpty)
    #expect(report.benefits.map(\.certainty) == ["［取其高］", "［征求意见稿］"])
    #expect(report.benefits.allSatisfy { $0.stackingNotes.contains { $0.contains("取其高") } })
    #expect(report.totals.max == nil)
    #expect(report.totals.lines.contains("征求意见稿：不低于900万元"))
    #expect(report.totals.text.hasPrefix("不低于"))
    #expect(report.benefits.allSatisfy { $0.isRange })
  }

  @Test func exactAmountsCallForNoRangeNotice() throws {
    let report = try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)
    #expect(report.notice(.range) == nil)
  }

  @Test func notStackedBenefitsCarryTheCombinationRule() throws {
    let report = try ReportFixtures.report(ReportFixtures.hulunbuirPilotBase)
    let stacked = try #require(report.notStacked.first)
    #expect(report.notStacked.count == 1)
    #expect(stacked.clause.citation == "呼伦贝尔（三）")
    #expect(stacked.amountText == "30万元")
    let reason = try #require(stacked.notStackedReason)
    #expect(reason.contains("同一事项"))
    #expect(reason.contains("呼伦贝尔（二十）"))
    // One base, paid once at the higher （十）: 50万, not 50万 + 30万.
    #expect(report.totals.min == .wan(50))
    #expect(!report.benefits.contains { $0.notStackedReason != nil })
  }

  @Test func possibleBenefitsListTheOpenQuestions() throws {
    let report = try ReportFixtures.report(
      """
      city: hohhot
      applicant: enterprise
      unknown: [matchingFundProjects]
      asOf: 2026-06-01
      includeDrafts: true
      """)
    let possible = try #require(report.possible.first)
    #expect(possible.openQuestions.contains { $0.hasPrefix("申报需地方配套的国家、自治区项目") })
    #expect(report.unanswered == ["申报需地方配套的国家、自治区项目"])
  }

  @Test func nearMissesSayWhatIsMissing() throws {
    let profile = try ReportFixtures.caseProfile(
      file: "hulunbuir.yaml", named: "呼伦贝尔：仅连续1年享受加计扣除，研发增量800万也不给；科技型中小企业只满2年")
    let report = ReportFixtures.report(profile)
    #expect(report.benefits.isEmpty)
    let citations = report.withinReach.map(\.clause.citation)
    #expect(citations.contains("呼伦贝尔（一）"))
    #expect(citations.contains("呼伦贝尔（二）"))
    // A threshold says how far; a question left out says it was not answered (issue 15).
    #expect(report.withinReach.filter { !$0.isUnanswered }.allSatisfy { $0.missing.contains("还差") })
    #expect(report.withinReach.contains { !$0.isUnanswered })
    #expect(
      report.withinReach.filter(\.isUnanswered).allSatisfy { $0.missing.hasPrefix("未回答：") })
    #expect(report.notice(.draft) != nil)
  }

  @Test func anArticleIsQuotedOnceAndThenPointedBackTo() throws {
    let report = try ReportFixtures.report(
      """
      city: hohhot
      applicant: enterprise
      highTech: new
      techSMEYears: 3
      asOf: 2026-06-01
      includeDrafts: true
      """)
    let sameArticle = report.benefits.filter { $0.clause.citation == "呼和浩特2024第12条" }
    #expect(sameArticle.count == 2)
    #expect(sameArticle.map(\.clauseQuotedAbove) == [false, true])
  }

  @Test func sectionsAreNumberedAmongThoseShown() throws {
    let report = try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)
    #expect(report.sections.first == .answers)
    #expect(report.sections.last == .documents)
    #expect(!report.sections.contains(.notStacked))
    #expect(ReportSection.answers.numberedHeading(in: report) == "一、填报情况")
    #expect(ReportSection.benefits.numberedHeading(in: report) == "三、符合条件的资金支持")
  }
}
