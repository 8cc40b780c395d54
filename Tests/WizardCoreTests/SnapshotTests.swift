import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// Whole screens as text, at the smallest size the wizard draws in and at a roomy one.
@Suite struct SnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  private func name(_ base: String, _ size: Size) -> String {
    "\(base)-\(size.width)x\(size.height)"
  }

  /// The answers of the Hulunbuir worked case, up to the platforms question.
  private func hulunbuir(_ size: Size) -> WizardDriver {
    var wizard = WizardDriver(width: size.width, height: size.height)
    wizard.answerHulunbuirEnterprise()
    return wizard
  }

  /// The kiosk: larger spacing, named years, the touch bar (上一题, 重新开始, 完成并清除) and a
  /// footer with only the keys that work there.
  @Test(arguments: sizes) func kioskQuestion(size: Size) {
    var wizard = WizardDriver(
      width: size.width, height: size.height, mode: .kiosk(KioskSettings()))
    wizard.press(.enter)
    wizard.type("712")
    wizard.press(.enter)
    Snapshot.expect(wizard.styledLines(), named: name("kiosk-rd", size))
  }

  @Test(arguments: sizes) func firstScreen(size: Size) {
    let wizard = WizardDriver(width: size.width, height: size.height)
    Snapshot.expect(wizard.styledLines(), named: name("first-screen", size))
  }

  /// The R&D question with its sums filled in and the 90万 result beside it.
  @Test(arguments: sizes) func hulunbuirResultOnTheRDQuestion(size: Size) {
    var wizard = hulunbuir(size)
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "rd")
    Snapshot.expect(wizard.styledLines(), named: name("hulunbuir-rd", size))
  }

  @Test(arguments: sizes) func summary(size: Size) {
    var wizard = hulunbuir(size)
    wizard.press(.function(2))
    wizard.press(.pageDown, times: 3)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil)
    Snapshot.expect(wizard.styledLines(), named: name("summary", size))
  }

  @Test(arguments: sizes) func detailOverlay(size: Size) {
    var wizard = hulunbuir(size)
    wizard.press(.tab)
    wizard.press(.down)
    wizard.press(.enter)
    #expect(wizard.state.modal == .detail(wizard.state.panelEntries[1], scroll: 0))
    Snapshot.expect(wizard.styledLines(), named: name("detail", size))
  }

  @Test(arguments: sizes) func helpOverlay(size: Size) {
    var wizard = hulunbuir(size)
    wizard.press(.character("?"))
    Snapshot.expect(wizard.styledLines(), named: name("help", size))
  }

  @Test func tooSmall() {
    var wizard = hulunbuir(Size(width: 80, height: 24))
    wizard.resize(width: 60, height: 20)
    Snapshot.expect(wizard.styledLines(), named: "too-small-60x20")
  }

  /// One column more than the usual sizes: long Chinese titles in the panel are cut where a wide
  /// character does not fit, which leaves a blank column before the edge instead of half a glyph.
  @Test(arguments: [
    (Size(width: 81, height: 24), "高新技术企业投资并购"),
    (Size(width: 121, height: 40), "孵化器、大学科技园"),
  ])
  func chineseCutAtAnOddColumn(size: Size, title: String) throws {
    let wizard = hulunbuir(size)
    let lines = wizard.lines()
    Snapshot.expect(lines, named: name("odd-width", size))

    let panel = WizardLayout(size: size).panel
    #expect(panel.width % 2 == 0, "an even panel width puts the cut on an odd column")
    let screen = wizard.frame().screen
    let cut = try #require(lines.firstIndex { $0.contains(title) })
    #expect(lines[cut].hasSuffix("…"), "\(lines[cut])")
    #expect(lines[cut].displayWidth == panel.maxX - 1, "\(lines[cut])")
    #expect(screen[panel.maxX - 2, cut].symbol == "…")
    #expect(screen[panel.maxX - 1, cut].symbol == " ", "a blank, not half of a character")
    #expect(screen[panel.maxX - 1, cut].width == 1)
  }
}
