import PolicyEngine
import ScreenKit

/// A drawn screen, with where the mouse can click and where the text cursor goes.
public struct Frame: Sendable {
  public var screen: Screen
  public var hits: [Hit] = []
  public var cursor: (x: Int, y: Int)?
  /// Where the screen shows a result (the panel, the summary, a comparison of cities): every
  /// amount of money drawn there is whole and a figure of that result, which tests check on
  /// every frame.
  public var resultAreas: [Rect] = []

  public struct Hit: Sendable {
    public var rect: Rect
    public var target: HitTarget
  }

  public enum HitTarget: Sendable, Equatable {
    case questionRow(Int)
    case panelEntry(Int)
    case stepsRow(Int)
    case back
    case closeOverlay
    case quit
    case confirmQuit
    /// A detail's upper and lower half: scroll by touch.
    case scrollUp
    case scrollDown
    /// Kiosk touch targets: start again, and finish (wipes at once).
    case restart
    case finish
    /// The kiosk's "扫码带走结果".
    case takeHome
    /// The kiosk's welcome screen: the other language (`中文` / `English`).
    case switchLanguage(Language)
    /// 重新开始's question answered 确定清除.
    case confirmRestart
    /// A button of the on-screen keypad.
    case keypad(Keypad.Button)
    /// A scroll button of the result panel or of a long list of options: the entry or row it
    /// brings into view (never opened or chosen by the tap).
    case scrollPanel(toEntry: Int)
    case scrollQuestion(toRow: Int)
    /// The kiosk's 打印结果 on the result (with a print command).
    case print
    /// Issue 17: the kiosk's 到窗口继续办理, and its 完成 (wipes at once); the conflict's choices.
    case handOff
    case handOffDone
    case conflictChoice(ConflictChoice)
  }
}

/// Where each part of the wizard goes for a terminal size.
public struct WizardLayout: Sendable, Equatable {
  public var title: Rect
  public var question: Rect
  public var divider: Rect
  public var panel: Rect
  public var footer: Rect
  /// The kiosk's touch targets (上一题, 重新开始, 完成并清除) above the footer; empty elsewhere.
  public var touchBar: Rect

  /// The kiosk's touch bar: buttons three rows high, large enough for a finger.
  public static let touchBarHeight = 3

  public init(size: Size, touchBar: Bool = false) {
    let barHeight = touchBar ? Self.touchBarHeight : 0
    let bodyHeight = max(0, size.height - 2 - barHeight)
    // The question gets a little over half; the panel never narrower than 34 columns.
    let questionWidth = max(40, min(size.width - 35, size.width * 11 / 20))
    title = Rect(x: 0, y: 0, width: size.width, height: 1)
    question = Rect(x: 1, y: 1, width: questionWidth - 2, height: bodyHeight)
    divider = Rect(x: questionWidth, y: 1, width: 1, height: bodyHeight)
    panel = Rect(
      x: questionWidth + 2, y: 1, width: size.width - questionWidth - 3, height: bodyHeight)
    footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    self.touchBar = Rect(x: 0, y: size.height - 1 - barHeight, width: size.width, height: barHeight)
  }
}

extension WizardState {
  var layout: WizardLayout { WizardLayout(size: size, touchBar: mode.isKiosk) }

  /// Draws the state: the pure view function the terminal backend and the tests share.
  public func render() -> Frame { WizardRenderer(state: self).render() }
}
