import DefaultCatalog
import Foundation
import PolicyEngine
import Reports
import ScreenKit
import Testing

/// What the help desk needs of a report it hands over: whom it is for, a catalog version a
/// person can read, only the answers that still matter, and text that fits the paper.
@Suite struct HelpDeskReportTests {
  static let recipient = ReportRecipient(
    enterpriseName: "扎兰屯某合作社", caseNumber: 42, contact: "王经理 0470-1234567",
    consultant: "李顾问")

  static func report(_ text: String, recipient: ReportRecipient? = nil) throws -> EnterpriseReport {
    let profile = try ReportFixtures.profile(text)
    let result = Evaluator(catalog: DefaultCatalog.catalog).evaluate(
      profile, today: ReportFixtures.day)
    return EnterpriseReport(
      catalog: DefaultCatalog.catalog, profile: profile, result: result, recipient: recipient)
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatSaysWhomItIsFor(_ format: ReportFormat) throws {
    let report = try Self.report(ReportFixtures.hulunbuirHighTech, recipient: Self.recipient)
    let text = format.render(report)
    for expected in [
      "企业名称", "扎兰屯某合作社", "案例编号", "#42", "联系人", "王经理 0470-1234567", "咨询顾问", "李顾问",
    ] {
      #expect(text.contains(expected), "\(format) lacks \(expected)")
    }
    // Before the report's own facts: the first thing read.
    let name = try #require(text.range(of: "扎兰屯某合作社"))
    let city = try #require(text.range(of: "所在盟市"))
    #expect(name.lowerBound < city.lowerBound, "\(format)")
  }

  /// The HTML's title (the browser tab, the PDF's name) names the enterprise.
  @Test func htmlTitleNamesTheEnterprise() throws {
    let named = try Self.report(ReportFixtures.hulunbuirHighTech, recipient: Self.recipient)
    #expect(
      HTMLReport().render(named).contains(
        "<title>科技创新支持政策匹配报告（扎兰屯某合作社，呼伦贝尔市，2026-06-01）</title>"))
    let anonymous = try Self.report(ReportFixtures.hulunbuirHighTech)
    #expect(
      HTMLReport().render(anonymous).contains("<title>科技创新支持政策匹配报告（呼伦贝尔市，2026-06-01）</title>"))
  }

  @Test func theRecipientBlockLeavesOutWhatIsNotKnown() throws {
    let anonymous = try Self.report(ReportFixtures.hulunbuirHighTech)
    #expect(anonymous.recipient == nil)
    #expect(!anonymous.metadata.contains { $0.label == "企业名称" })

    // A profile's enterpriseName names the report by itself; blank fields are left out.
    let named = try Self.report(ReportFixtures.hulunbuirHighTech + "\nenterpriseName: 某企业")
    #expect(named.recipient == ReportRecipient(enterpriseName: "某企业"))
    let partial = ReportRecipient(enterpriseName: "某企业", contact: "  ", consultant: "")
    #expect(partial.rows().map(\.label) == ["企业名称"])
    let consultantOnly = try Self.report(
      ReportFixtures.hulunbuirHighTech,
      recipient: ReportRecipient(enterpriseName: nil, consultant: "李顾问"))
    #expect(consultantOnly.metadata.first! == ("咨询顾问", "李顾问"))
  }

  /// The catalog is named by a date and what it holds, not by its fingerprint.
  @Test(arguments: ReportFormat.allCases)
  func catalogVersionIsADate(_ format: ReportFormat) throws {
    let report = try Self.report(ReportFixtures.hulunbuirHighTech)
    let catalog = DefaultCatalog.catalog
    let newest = catalog.documents.flatMap { [$0.published, $0.effectiveFrom] }.compactMap { $0 }
      .max()
    #expect(report.catalogDate == newest)
    #expect(report.catalogDate == CalendarDay(year: 2026, month: 1, day: 15))
    #expect(
      report.catalogVersion == "2026-01-15 版（收录政策文件 \(catalog.documents.count) 份）",
      "\(report.catalogVersion)")
    #expect(report.catalogFingerprint == catalog.version)
    let text = format.render(report)
    #expect(text.contains("2026-01-15 版"), "\(format)")
    #expect(!text.contains(catalog.version), "\(format) shows the fingerprint")
  }

  /// After the city changed, the answers only the old city's policies asked about are moot:
  /// they are left out, with the unknowns that no longer matter.
  @Test func answersThatNoLongerMatterAreLeftOut() throws {
    let hulunbuir = """
      city: hulunbuir
      applicant: enterprise
      highTech: new
      geoIndication: 1
      asOf: 2026-06-01
      includeDrafts: true
      unknown: [geoIndication]
      """
    let there = try Self.report(
      hulunbuir.replacingOccurrences(of: "unknown: [geoIndication]", with: ""))
    #expect(there.answers.contains { $0.label == "新获地理标志或“蒙”字标" }, "\(there.answers)")
    #expect(there.answers.contains { $0.label == "高新技术企业" })

    let moved = try Self.report(
      hulunbuir.replacingOccurrences(of: "city: hulunbuir", with: "city: ordos")
        .replacingOccurrences(of: "unknown: [geoIndication]", with: ""))
    #expect(!moved.answers.contains { $0.label == "新获地理标志或“蒙”字标" }, "\(moved.answers)")
    #expect(moved.answers.contains { $0.label == "高新技术企业" }, "still asked in Ordos")
    for format in ReportFormat.allCases {
      #expect(!format.render(moved).contains("新获地理标志或“蒙”字标"), "\(format)")
    }

    let openThere = try Self.report(
      hulunbuir.replacingOccurrences(of: "geoIndication: 1\n", with: ""))
    #expect(openThere.unanswered.contains("新获地理标志或“蒙”字标"), "\(openThere.unanswered)")
    let openMoved = try Self.report(
      hulunbuir.replacingOccurrences(of: "geoIndication: 1\n", with: "")
        .replacingOccurrences(of: "city: hulunbuir", with: "city: ordos"))
    #expect(openMoved.unanswered.isEmpty, "\(openMoved.unanswered)")
  }

  /// Every worked case and sample as text: no line wider than the paper, nothing lost to the
  /// wrapping (the text joined again holds every clause whole), the totals and badges kept.
  @Test(arguments: [PlainTextReport.paperWidth, 40])
  func textReportFitsThePaper(_ width: Int) throws {
    let samples = try FileManager.default.contentsOfDirectory(
      at: ReportFixtures.repositoryRoot.appendingPathComponent("Data/samples"),
      includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "json" }
    try #require(!samples.isEmpty)
    for sample in samples {
      let profile = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
        String(contentsOf: sample, encoding: .utf8))
      let report = ReportFixtures.report(profile)
      let text = PlainTextReport(width: width).render(report)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(
          String(line).displayWidth <= width,
          "\(sample.lastPathComponent): \(String(line).displayWidth) columns: \(line)")
      }
      let joined = ReportFixtures.unwrapped(text)
      for benefit in report.allBenefits where !benefit.clauseQuotedAbove {
        #expect(
          joined.contains(ReportFixtures.unwrapped(benefit.clause.text)),
          "\(sample.lastPathComponent): \(benefit.clause.citation) is not whole")
      }
      for line in report.totalsLines {
        #expect(joined.contains(ReportFixtures.unwrapped(line)), "\(line)")
      }
      for badge in report.benefits.compactMap(\.certainty) {
        #expect(text.contains(badge), "\(badge)")
      }
    }
  }

  /// A text with line breaks of its own (a note) keeps them, hanging, with no blank line.
  @Test func lineBreaksInsideATextHang() throws {
    var report = try Self.report(ReportFixtures.hulunbuirHighTech)
    report.benefits[0].note = String(repeating: "说明文字", count: 20) + "\n第二段"
    let lines = PlainTextReport().render(report).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    let note = try #require(lines.firstIndex { $0.hasPrefix("     说明：说明文字") })
    let second = try #require(lines[note...].firstIndex { $0.hasSuffix("第二段") })
    for line in lines[note...second] {
      #expect(
        !line.trimmingCharacters(in: .whitespaces).isEmpty, "blank line in \(lines[note...second])")
      #expect(line.displayWidth <= 72)
    }
    #expect(lines[second] == String(repeating: " ", count: 11) + "第二段", "\(lines[second])")
  }

  /// A long line breaks between characters, continues under its text, and never splits one.
  @Test func wrappedLinesHangUnderTheirText() throws {
    let report = try Self.report(ReportFixtures.hulunbuirHighTech)
    let lines = PlainTextReport().render(report).split(separator: "\n").map(String.init)
    let basis = try #require(lines.firstIndex { $0.hasPrefix("     依据：呼伦贝尔（一）") })
    #expect(lines[basis].displayWidth <= 72)
    // The continuation starts under the text after 依据：.
    let hanging = "     依据：".displayWidth
    #expect(lines[basis + 1].prefix { $0 == " " }.count == hanging, "\(lines[basis + 1])")
    #expect(lines[basis + 1].dropFirst(hanging).first != " ")
  }
}
