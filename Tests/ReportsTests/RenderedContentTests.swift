import Foundation
import PolicyEngine
import Reports
import TestSupport
import Testing

/// What the enterprise reads, in each format: the amounts, the articles, a piece of the
/// original clause, the notices, and the reason a benefit is not stacked.
@Suite struct RenderedContentTests {
  @Test(arguments: ReportFormat.allCases)
  func hulunbuirAmountsArticlesAndClauseText(_ format: ReportFormat) throws {
    // The text report wraps at paper width: compare it without the breaks.
    let text = ReportFixtures.unwrapped(
      format.render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)))
    for expected in [
      "50万元", "每年 40万元", "90万元", "呼伦贝尔（一）", "呼伦贝尔（二）",
      "800万元 × 5% = 40万元",
      "对首次获批的国家高新技术企业给予50万元经费支持",
      "首次获批国家高新技术企业", "呼伦贝尔市", "2026-06-01",
      "关于进一步提升科技创新能力的政策措施（征求意见稿）",
    ] {
      #expect(
        text.containsWhole(ReportFixtures.unwrapped(expected)), "\(format) lacks \(expected)")
    }
  }

  @Test(arguments: ReportFormat.allCases)
  func draftNoticeOnlyWithDrafts(_ format: ReportFormat) throws {
    let withDrafts = format.render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech))
    #expect(withDrafts.contains("以正式发布文件为准"))
    #expect(withDrafts.contains("征求意见稿"))

    var profile = try ReportFixtures.profile(ReportFixtures.hulunbuirHighTech)
    profile.includeDrafts = false
    let withoutDrafts = format.render(ReportFixtures.report(profile))
    #expect(!withoutDrafts.contains("以正式发布文件为准"))
    #expect(!withoutDrafts.contains("呼伦贝尔（一）"))
    #expect(withoutDrafts.contains("未纳入"))
  }

  @Test(arguments: ReportFormat.allCases)
  func rangeNotice(_ format: ReportFormat) throws {
    let profile = try ReportFixtures.caseProfile(
      file: "hohhot.yaml", named: "高校院所：科研人员以“揭榜挂帅”方式承担攻关项目（单个项目最高1000万元）")
    let text = format.render(ReportFixtures.report(profile))
    #expect(text.containsWhole("最高1000万元"))
    #expect(text.contains("实际金额以主管部门核定为准"))

    let exact = format.render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech))
    #expect(!exact.contains("实际金额以主管部门核定为准"))
  }

  @Test(arguments: ReportFormat.allCases)
  func notStackedReason(_ format: ReportFormat) throws {
    let text = format.render(try ReportFixtures.report(ReportFixtures.hulunbuirPilotBase))
    #expect(text.contains("不重复享受的项目"))
    #expect(text.contains("同一事项"))
    #expect(text.contains("呼伦贝尔（二十）"))
    #expect(text.contains("呼伦贝尔（三）"))
    #expect(text.contains("呼伦贝尔（十）"))
    #expect(text.containsWhole("50万元"))
  }

  @Test(arguments: ReportFormat.allCases)
  func responsibleDepartments(_ format: ReportFormat) throws {
    let report = try ReportFixtures.report(
      """
      city: hohhot
      applicant: enterprise
      highTech: new
      asOf: 2026-06-01
      includeDrafts: true
      """)
    let text = format.render(report)
    #expect(text.contains("责任单位"))
    #expect(text.contains("市科学技术局"))
  }

  @Test func formatFromFileName() {
    #expect(ReportFormat(fileName: "out/report.HTML") == .html)
    #expect(ReportFormat(fileName: "report.md") == .md)
    #expect(ReportFormat(fileName: "report.txt") == .txt)
    #expect(ReportFormat(fileName: "report.pdf") == nil)
    #expect(ReportFormat(fileName: "report") == nil)
  }
}
