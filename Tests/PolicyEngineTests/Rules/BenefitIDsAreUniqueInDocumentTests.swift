import PolicyEngine
import Testing

/// Issue 11: benefit ids were checked only within an article, though the format says unique
/// in the document.
@Suite struct BenefitIDsAreUniqueInDocumentTests {
  @Test func anIDUsedInTwoArticlesIsReportedAtTheSecond() {
    let snippet = MarkedText(
      """
      id: test
      title: 测试文件
      city: hulunbuir
      status: inForce
      articles:
        - article: 1
          title: 第一条
          text: 支持。
          benefits:
            - { id: support, title: 甲, kind: nonMonetary }
        - article: 2
          title: 第二条
          text: 支持。
          benefits:
            - { id: other, title: 乙, kind: nonMonetary }
            - { id: 1️⃣support, title: 丙, kind: nonMonetary }
      """)
    let found = problems(ofDocument: snippet)
    expectProblems(
      found, rule: "BenefitIDsAreUniqueInDocument", at: [snippet.markers["1️⃣"]!],
      containing: "first in article 1, line 10")
    #expect(found.first { $0.rule == "BenefitIDsAreUniqueInDocument" }?.file == "doc.yaml")
  }
}
