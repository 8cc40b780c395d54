import PolicyEngine
import ScreenKit
import TakeHome
import Testing
import WizardCore

/// The kiosk's "扫码带走结果": offered on the result screen only, the code drawn whole on an
/// 80×24 screen, closed by any key or touch, and gone with everything else at the reset.
@Suite struct TakeHomeKioskTests {
  /// The Hulunbuir enterprise's result on a kiosk of `width`×`height`.
  static func atSummary(width: Int = 80, height: Int = 24) -> WizardDriver {
    var wizard = KioskModeTests.kiosk(
      idleSeconds: 60, countdownSeconds: 10, width: width, height: height)
    wizard.press(.enter)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    return wizard
  }

  static func expectedCode(_ wizard: WizardDriver, rows: Int, columns: Int) -> TakeHomeCode {
    TakeHomeCode(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result,
      maximumVersion: TakeHomeCode.largestVersion(rows: rows, columns: columns))
  }

  /// The code's rows as drawn: the cells right of the one-column margin, as wide as the code.
  static func drawnCode(_ wizard: WizardDriver, width: Int, rows: Int) -> [String] {
    let screen = wizard.frame().screen
    return (1...rows).map { y in
      String(screen.row(y).dropFirst().prefix(width).map { $0.symbol.first ?? " " })
    }
  }

  static let blocks: Set<Character> = ["█", "▀", "▄"]

  @Test func theResultScreenOffersItAndMShowsTheWholeCodeAtEightyByTwentyFour() throws {
    var wizard = Self.atSummary()
    #expect(wizard.state.currentFact == nil)
    // The touch bar's 扫码带走 (the kiosk's footer names no key); M works too.
    #expect(wizard.frame().hits.contains { $0.target == .takeHome }, "\(wizard.screenText())")
    #expect(!wizard.screenText().contains(where: Self.blocks.contains))

    wizard.press(.character("m"))
    #expect(wizard.state.modal == .takeHome)
    // The first of the codes that together hold the result (`TakeHomePages`).
    let pages = TakeHomePages(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result,
      maximumVersion: TakeHomeCode.largestVersion(rows: 23, columns: 80)
    ).pages
    let expected = pages[0]
    #expect(expected.code.version == 5, "the largest that fits 80×24 with its quiet zone")
    let lines = expected.code.halfBlockLines()
    #expect(lines.count == 23)
    #expect(Self.drawnCode(wizard, width: lines[0].count, rows: lines.count) == lines)
    let screen = wizard.screenText()
    #expect(screen.contains("扫码带走结果"), "\(screen)")
    #expect(screen.contains("不含单位名称"), "\(screen)")
    #expect(expected.text.contains("合计：90万元"), "\(expected.text)")
    #expect(screen.contains("合计：90万元"), "the summary beside the code: \(screen)")
    #expect(screen.contains("轻触屏幕或按任意键返回"), "\(screen)")

    // Enter shows the next code; after the last, the result is back.
    for _ in pages.indices { wizard.press(.enter) }
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.currentFact == nil, "back on the result, nothing else happened")
  }

  @Test func aLargerKioskShowsTheCompleteCodeOfTheReport() throws {
    var wizard = Self.atSummary(width: 120, height: 40)
    wizard.press(.character("m"))
    let complete = TakeHomeCode(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result)
    let shown = Self.expectedCode(wizard, rows: 39, columns: 120)
    #expect(shown == complete, "the same code as the HTML report")
    #expect(complete.benefitsLeftOut == 0)
    let lines = complete.code.halfBlockLines()
    #expect(Self.drawnCode(wizard, width: lines[0].count, rows: lines.count) == lines)
  }

  @Test func aTouchOnTheHintOpensItAndAnotherCloses() throws {
    var wizard = Self.atSummary()
    let point = try #require(wizard.point(of: .takeHome))
    wizard.send(.clicked(x: point.x, y: point.y))
    #expect(wizard.state.modal == .takeHome)
    // Each touch shows the next code; after the last, the result is back.
    let pages = TakeHomePages(
      catalog: wizard.catalog, profile: wizard.state.profile, result: wizard.state.result,
      maximumVersion: TakeHomeCode.largestVersion(rows: 23, columns: 80)
    ).pages
    for _ in pages.indices { wizard.send(.clicked(x: 10, y: 10)) }
    #expect(wizard.state.modal == nil)
  }

  @Test func theResetWipesTheCode() throws {
    var wizard = Self.atSummary()
    wizard.press(.character("m"))
    #expect(wizard.screenText().contains(where: Self.blocks.contains))
    wizard.wait(milliseconds: 70_000)
    #expect(wizard.state.modal == nil)
    #expect(wizard.state.showingWelcome)
    #expect(wizard.state.profile == Profile(factCount: wizard.catalog.facts.count))
    let screen = wizard.screenText()
    #expect(!screen.contains(where: Self.blocks.contains), "no code left: \(screen)")
    #expect(!screen.contains("90万元"))
  }

  @Test func onlyOnTheResultScreenAndOnlyAtTheKiosk() {
    var question = KioskModeTests.started()
    question.type("7")
    #expect(question.press(.character("m")).isEmpty)
    #expect(question.state.modal == nil)
    #expect(question.lines().last?.contains("M扫码带走结果") == false)

    var helpDesk = WizardDriver(width: 80, height: 24)
    helpDesk.answerHulunbuirEnterprise()
    helpDesk.press(.function(2))
    helpDesk.press(.end)
    helpDesk.press(.enter)
    helpDesk.press(.character("m"))
    #expect(helpDesk.state.modal != .takeHome)
    #expect(helpDesk.lines().last?.contains("M扫码带走结果") == false)
  }
}
