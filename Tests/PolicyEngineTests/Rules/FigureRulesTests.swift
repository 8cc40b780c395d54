import PolicyEngine
import Testing

/// The audit's three rules: every figure of a clause is paid or explained.
@Suite struct FigureRulesTests {
  @Test func aFigureNobodyUsesIsReportedAtItsArticle() {
    let snippet = MarkedText(
      """
      id: test
      title: 测试文件
      city: hulunbuir
      status: inForce
      articles:
        - 1️⃣article: 1
          title: 第一条
          text: 给予10万元，另给予88万元。
          notBenefits:
            - { figure: 三十, why: 不是数 }
            - { figure: 5%, why: 文中没有 }
          benefits:
            - { id: a, title: 甲, kind: money, amount: { fixed: 10万 } }
      """)
    let found = problems(ofDocument: snippet)
    let article = snippet.markers["1️⃣"]!
    expectProblems(
      found, rule: "TextFiguresArePaidOrExplained", at: [article], containing: "88万元")
    expectProblems(found, rule: "NotBenefitFiguresAreFigures", at: [article], containing: "三十")
    expectProblems(
      found, rule: "NotBenefitFiguresAppearInText", at: [article], containing: "not in the text")
  }
}
