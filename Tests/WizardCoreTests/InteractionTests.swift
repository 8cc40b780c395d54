import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Lists, overlays, the mouse, resizing and quitting.
@Suite struct InteractionTests {
  /// A platform is added field by field (type, level, new), listed, and removed with Delete.
  @Test func listQuestionAddsAndDeletesAnItem() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    #expect(wizard.currentFactName == "platforms")
    #expect(wizard.row(containing: "› 完成，下一题") != nil, "Enter on a list means 完成")

    wizard.press(.up)
    wizard.press(.enter)
    #expect(wizard.state.itemEditor != nil)
    #expect(wizard.row(containing: "平台与载体 · 第1/3项") != nil)
    wizard.type("1")  // 重点实验室, or 10–19: Enter takes 1
    wizard.press(.enter)
    #expect(wizard.row(containing: "平台与载体 · 第2/3项") != nil)
    #expect(wizard.row(containing: "1. 国家级") != nil)
    wizard.press(.enter)  // 国家级, the first row
    #expect(wizard.row(containing: "平台与载体 · 第3/3项") != nil)
    wizard.press(.enter)  // 是: newly recognised
    #expect(wizard.state.itemEditor == nil)
    #expect(wizard.currentFactName == "platforms", "back on the list, ready for another")
    #expect(wizard.state.profile.items(wizard.fact("platforms")).count == 1)
    #expect(wizard.row(containing: "1. 重点实验室 · 国家级 · 新获批/新认定") != nil, "\(wizard.screenText())")
    #expect(wizard.row(containing: "› 完成，下一题") != nil)
    // 呼伦贝尔（三）: 100万 for a newly recognised national platform.
    #expect(wizard.state.result.totals.min == Money.wan(190))
    #expect(wizard.row(containing: "100万元 新认定国家级创新平台") != nil)

    wizard.press(.up, times: 2)
    #expect(wizard.row(containing: "› 1. 重点实验室") != nil)
    wizard.press(.delete)
    #expect(wizard.state.profile.items(wizard.fact("platforms")).isEmpty)
    #expect(wizard.row(containing: "重点实验室") == nil)
    #expect(wizard.row(containing: "› ＋ 添加一项") != nil)
    #expect(wizard.state.result.totals.min == Money.wan(90))
  }

  /// Tab to the panel, Enter on a benefit: its amount, computation and original clause; Esc closes.
  @Test func detailOverlayShowsTheClauseText() throws {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.tab)
    #expect(wizard.state.focus == .panel)
    let rdIncrement = try #require(wizard.benefit("hulunbuir-draft", "rd-increment"))
    let index = try #require(
      wizard.state.panelEntries.firstIndex { entry in
        if case .match(let match) = entry {
          return wizard.state.result.matches[match].location == rdIncrement
        }
        return false
      })
    wizard.press(.down, times: index)
    wizard.press(.enter)
    guard case .detail = wizard.state.modal else {
      Issue.record("no detail overlay: \(String(describing: wizard.state.modal))")
      return
    }
    let screen = wizard.screenText()
    #expect(screen.contains("条款详情"), "\(screen)")
    #expect(screen.contains("研发投入增量后补助　呼伦贝尔（二）［征求意见稿］"), "\(screen)")
    #expect(screen.contains("研发投入年增量 800万元 × 5% = 40万元"), "\(screen)")
    #expect(screen.contains("原文（呼伦贝尔（二） 强化企业研发攻坚行动）"), "\(screen)")
    // The clause as the catalog holds it, from its first words.
    let clause = wizard.catalog.article(of: rdIncrement).text
    #expect(screen.contains(String(clause.prefix(20))), "\(clause.prefix(20))\n\(screen)")

    wizard.press(.escape)
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.focus == .panel)
    #expect(!wizard.screenText().contains("原文"))
  }

  @Test func helpOverlayOpensAndAnyKeyClosesIt() {
    var wizard = WizardDriver()
    wizard.press(.character("?"))
    #expect(wizard.state.modal == .help)
    let screen = wizard.screenText()
    #expect(screen.contains("帮助"), "\(screen)")
    #expect(screen.contains("金额单位为万元"), "\(screen)")
    wizard.press(.down)
    #expect(wizard.state.modal == nil)
    #expect(wizard.currentFactName == "city")
  }

  /// A click on an option chooses it, as Enter on that row would; a click on a benefit opens it.
  @Test func clickingAnOptionChoosesIt() throws {
    var wizard = WizardDriver()
    wizard.type("7")
    wizard.type("1")
    #expect(wizard.currentFactName == "highTech")
    let point = try #require(wizard.point(of: .questionRow(1)))
    let lines = wizard.lines()
    try #require(lines.indices.contains(point.y))
    #expect(lines[point.y].contains("2. 本年度首次认定"), "the hit is on the option: \(lines[point.y])")
    wizard.send(.clicked(x: point.x, y: point.y))
    #expect(wizard.answer("highTech") == .choice(1))
    #expect(wizard.currentFactName == "techSMEYears")
    #expect(wizard.state.result.totals.min == Money.wan(50))

    let benefit = try #require(wizard.point(of: .panelEntry(0)))
    #expect(wizard.lines()[benefit.y].contains("首次获批国家高新技术企业"))
    wizard.send(.clicked(x: benefit.x, y: benefit.y))
    #expect(wizard.state.modal == .detail(.match(0), scroll: 0))
    #expect(wizard.screenText().contains("原文（呼伦贝尔（一）"))
  }

  /// Below 80×24 the wizard says so instead of drawing; back to size, it reflows with the answers.
  @Test func tooSmallThenReflowedWithAnswersIntact() {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "rd")
    let profile = wizard.state.profile

    wizard.resize(width: 60, height: 20)
    let small = wizard.lines()
    #expect(small.count == 20)
    #expect(small.joined().contains("窗口太小"), "\(small.joined(separator: "\n"))")
    #expect(small.joined().contains("当前 60×20"))
    #expect(!small.joined().contains("│"), "no part of the wizard is drawn")
    wizard.type("5")
    #expect(wizard.state.profile == profile, "keys do nothing while too small")

    wizard.resize(width: 120, height: 40)
    let lines = wizard.lines()
    let divider = WizardLayout(size: Size(width: 120, height: 40)).divider.x
    #expect(divider == 66)
    #expect(lines[1].hasPrefix(" 研发投入（按统计口径的R&D经费）"))
    #expect(String(lines[4].prefix(divider + 1)).hasSuffix("│"), "divider at column \(divider)")
    #expect(wizard.row(containing: "[2800 ") != nil)
    #expect(wizard.row(containing: "[2000 ") != nil)
    #expect(wizard.row(containing: "合计：90万元") != nil)
    #expect(wizard.state.profile == profile)
    #expect(wizard.currentFactName == "rd")

    wizard.resize(width: 80, height: 24)
    let narrow = wizard.lines()
    #expect(String(narrow[4].prefix(45)).hasSuffix("│"), "divider at column 44: \(narrow[4])")
    #expect(wizard.row(containing: "合计：90万元") != nil)
  }

  /// q asks first: n goes back to the question, y quits; Ctrl-C quits at once.
  @Test func quittingAsksForConfirmation() {
    var wizard = WizardDriver()
    wizard.type("7")
    #expect(wizard.press(.character("q")).isEmpty)
    #expect(wizard.state.modal == .confirmQuit)
    #expect(wizard.screenText().contains("确定退出？"))
    #expect(wizard.press(.character("n")).isEmpty)
    #expect(wizard.state.modal == nil)
    #expect(wizard.currentFactName == "applicant", "nothing else changed")
    #expect(wizard.answer("city") == .choice(6))

    #expect(wizard.press(.character("q")).isEmpty)
    #expect(wizard.press(.character("y")) == [.quit])
  }

  @Test func controlCQuitsFromAQuestionAndFromAnOverlay() {
    var wizard = WizardDriver()
    #expect(wizard.press(.control("c")) == [.quit])
    wizard.press(.character("?"))
    #expect(wizard.press(.control("c")) == [.quit])
  }
}
