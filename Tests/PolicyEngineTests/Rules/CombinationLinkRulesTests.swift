import PolicyEngine
import Testing

/// Issue 7: 就高 inside one document must be an explicit, cited catalog statement, never an
/// accident of equal `subject` strings; a subject used once, or misspelt, is reported.
@Suite struct CombinationLinkRulesTests {
  @Test func aSubjectSharedOnlyInsideOneDocumentIsReportedAtEachUse() {
    let snippet = MarkedText(
      """
      id: test
      title: 测试文件
      city: hulunbuir
      status: inForce
      articles:
        - article: 3
          title: 中试基地
          text: 支持。
          benefits:
            - 1️⃣{ id: pilot, title: 甲, kind: nonMonetary, subject: pilot-base }
        - article: 10
          title: 中试基地
          text: 支持。
          benefits:
            - 2️⃣{ id: pilot-region, title: 乙, kind: nonMonetary, subject: pilot-bsae }
      """)
    let found = problems(ofDocument: snippet).sorted { $0.position < $1.position }
    expectProblems(
      found, rule: "SubjectsLinkDocumentsOfOneCity",
      at: [snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!],
      containing: "is not shared with another document of the city")
  }

  @Test func aSameThingAsThatNamesNoBenefitIsReported() {
    let snippet = MarkedText(
      """
      id: test
      title: 测试文件
      city: hulunbuir
      status: inForce
      articles:
        - article: 3
          title: 中试基地
          text: 支持。
          benefits:
            - { id: pilot, title: 甲, kind: nonMonetary }
            - 1️⃣{ id: other, title: 乙, kind: nonMonetary, sameThingAs: [10/pilot], sameThingNote: 同一基地 }
      """)
    let found = problems(ofDocument: snippet)
    expectProblems(
      found, rule: "SameThingAsNamesABenefit", at: [snippet.markers["1️⃣"]!],
      containing: "names no benefit")
  }
}
