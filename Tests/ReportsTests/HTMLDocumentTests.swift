import Foundation
import PolicyEngine
import Reports
import Testing

/// The HTML file stands alone, prints on A4, nests its tags and lets no data become markup.
@Suite struct HTMLDocumentTests {
  /// Every tag the renderer writes; any other tag in the output came from data.
  static let allowedTags: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "article", "div", "h1", "h2", "h3", "h4", "p", "strong", "span", "br", "table", "colgroup",
    "col", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd", "blockquote", "ul", "li",
    "figure", "figcaption", "svg", "rect", "path",
  ]

  static func reports() throws -> [EnterpriseReport] {
    [
      try ReportFixtures.report(ReportFixtures.hulunbuirHighTech),
      ReportFixtures.report(
        try ReportFixtures.caseProfile(
          file: "ordos.yaml", named: "鄂尔多斯：首台（套）、首批次、首版次产品")),
      try ReportFixtures.report(
        """
        city: hohhot
        applicant: enterprise
        highTech: new
        techSMEYears: 3
        rd: { lastYear: 25000000, yearBefore: 16000000 }
        rdHeadquarters: true
        platforms:
          - { type: keyLab, level: national, new: true }
        unknown: [matchingFundProjects]
        asOf: 2026-06-01
        includeDrafts: true
        """),
      try ReportFixtures.hostileReport(),
    ]
  }

  @Test func headAndPrintRules() throws {
    let html = HTMLReport().render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("@page"))
    #expect(html.contains("size: A4"))
    #expect(html.contains("margin: 18mm"))
    #expect(html.contains("break-inside: avoid"))
    #expect(html.contains("Noto Sans CJK SC"))
    #expect(html.contains("class=\"clause\""))
  }

  @Test func selfContained() throws {
    for report in try Self.reports() {
      let html = HTMLReport().render(report)
      let tags = HTMLTags(html)
      for name in ["script", "link", "img", "iframe", "object"] {
        #expect(tags.count(name) == 0, "<\(name)> in the report")
      }
      #expect(!html.contains("http://"))
      #expect(!html.contains("https://"))
      #expect(!html.contains("url("))
      #expect(!html.contains("@import"))
      #expect(!html.contains("@font-face"))
    }
  }

  @Test func tagsNest() throws {
    for report in try Self.reports() {
      let tags = HTMLTags(HTMLReport().render(report))
      #expect(tags.problems.isEmpty, "\(tags.problems)")
      #expect(tags.nestingProblems.isEmpty, "\(tags.nestingProblems)")
      for name in ["html", "head", "body", "main", "title", "style"] {
        #expect(tags.count(name) == 1, "<\(name)> \(tags.count(name)) times")
      }
      #expect(
        tags.names.isSubset(of: Self.allowedTags), "\(tags.names.subtracting(Self.allowedTags))")
    }
  }

  @Test func dataNeverBecomesMarkup() throws {
    let html = HTMLReport().render(try ReportFixtures.hostileReport())
    let tags = HTMLTags(html)
    #expect(tags.problems.isEmpty, "\(tags.problems)")
    #expect(
      tags.names.isSubset(of: Self.allowedTags), "\(tags.names.subtracting(Self.allowedTags))")
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<u>"))
    // The data is all there, escaped.
    for escaped in [
      "支持&lt;script&gt;alert(&quot;benefit&quot;)&lt;/script&gt;",
      "第一段&lt;script&gt;alert(&#39;clause&#39;)&lt;/script&gt;给予10万元。",
      "第二段 &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; &amp; 结束。",
      "O&#39;Brien &amp; Co",
      "呼伦贝尔市&lt;script&gt;",
      "测〔2026〕1号 &quot;quoted&quot;",
      "&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;",
    ] {
      #expect(html.contains(escaped), "lacks \(escaped)")
    }
  }
}
