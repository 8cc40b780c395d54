import PolicyEngine
import ScreenKit

/// Draws a `WizardState` into a `Frame`: title, question, live panel, footer and any overlay.
struct WizardRenderer {
  let state: WizardState
  var frame: Frame

  init(state: WizardState) {
    self.state = state
    self.frame = Frame(screen: Screen(size: state.size))
  }

  var theme: Theme { state.theme }
  var strings: WizardStrings { state.strings }
  var explainer: Explainer { state.explainer }
  var language: Language { state.language }

  func render() -> Frame {
    var renderer = self
    if state.isTooSmall {
      renderer.drawTooSmall()
      return renderer.frame
    }
    if state.showingWelcome {
      renderer.drawWelcome()
      return renderer.frame
    }
    let layout = state.layout
    renderer.drawTitle(layout.title)
    if state.currentFact == nil, state.demo != nil {
      renderer.drawDemoComparison(
        in: Rect(x: 1, y: 1, width: state.size.width - 2, height: layout.question.height))
    } else if state.currentFact == nil {
      renderer.drawSummary(
        in: Rect(x: 1, y: 1, width: state.size.width - 2, height: layout.question.height))
    } else {
      renderer.drawQuestion(in: layout.question)
      for y in layout.divider.y..<layout.divider.maxY {
        renderer.frame.screen.put("│", x: layout.divider.x, y: y, style: theme.divider)
      }
      if let keypad = state.keypad {
        // The keypad under the panel's totals: the amount typed shows in the panel at once.
        let keypadRect = Rect(
          x: layout.panel.x, y: layout.panel.maxY - Keypad.height, width: layout.panel.width,
          height: Keypad.height)
        renderer.drawPanel(
          in: Rect(
            x: layout.panel.x, y: layout.panel.y, width: layout.panel.width,
            height: layout.panel.height - Keypad.height - 1))
        keypad.view(into: &renderer.frame, in: keypadRect, theme: theme, strings: strings.touch)
      } else {
        renderer.drawPanel(in: layout.panel)
      }
    }
    if layout.touchBar.height > 0 { renderer.drawTouchBar(layout.touchBar) }
    renderer.drawFooter(layout.footer)
    if let modal = state.modal {
      // Whatever is under a box must not take clicks: only the box's own targets count.
      renderer.frame.hits.removeAll()
      renderer.frame.cursor = nil
      // A box covers part of the result: only a box showing a result names its own area.
      renderer.frame.resultAreas.removeAll()
      renderer.drawModal(modal)
    }
    return renderer.frame
  }

  /// The footer under a box: what the box's own keys do, from the key map; in a kiosk what
  /// to touch.
  private func footer(for modal: Modal) -> String {
    guard state.mode.isKiosk else {
      return KeyMap.standard.hint(box: KeyBox(modal), mode: ModeKind(state.mode), strings: strings)
    }
    switch modal {
    case .help, .compare, .takeHome: return strings.touch.footerTapCloses
    case .detail, .steps: return strings.touch.footerOverlay
    case .confirmQuit, .saveForm, .caseList, .confirmDiscard, .pinEntry, .countdown,
      .confirmRestart, .saveConflict, .handOff, .handOffEntry:
      return ""
    }
  }

  /// The hint line a box draws inside itself: its keys, from the key map.
  func boxHint(_ box: KeyBox) -> String {
    KeyMap.standard.hint(box: box, mode: ModeKind(state.mode), strings: strings)
  }

  /// Each box draws itself.
  mutating func drawModal(_ modal: Modal) {
    switch modal {
    case .saveForm(let form): drawSaveForm(form)
    case .caseList(let list): drawCaseList(list)
    case .confirmDiscard: drawConfirmDiscard()
    case .confirmRestart: drawConfirmRestart()
    case .pinEntry(let pin):
      var lines = [strings.pinPrompt + String(repeating: "*", count: pin.count)]
      if let seconds = state.pinLockSeconds { lines.append(strings.pinLocked(seconds)) }
      drawMessageBox(lines)
    case .countdown(let over):
      if let over { drawModal(over) }
      frame.hits.removeAll()
      // A touch anywhere closes it (`update` sees to that) and chooses nothing.
      drawMessageBox([strings.countdown(state.kioskCountdown ?? 0), strings.countdownHint])
    case .detail, .help, .steps, .confirmQuit, .compare, .takeHome:
      drawOverlay(modal)
    case .saveConflict(let conflict): drawSaveConflict(conflict)
    case .handOff(let ticket): drawHandOff(ticket)
    case .handOffEntry(let entry): drawHandOffEntry(entry)
    }
  }

  // MARK: Frame parts

  private mutating func drawTooSmall() {
    let size = state.size
    let message = strings.tooSmall(
      WizardState.minimumSize.width, WizardState.minimumSize.height, size.width, size.height)
    let lines = message.wrapped(toWidth: max(1, size.width))
    for (index, line) in lines.enumerated() where index < size.height {
      frame.screen.put(line, x: 0, y: index, style: theme.error)
    }
  }

  private mutating func drawTitle(_ rect: Rect) {
    frame.screen.fill(rect, style: theme.title)
    var title = " \(strings.appTitle)"
    if let name = state.helpDesk.caseName {
      title += " · " + strings.caseTitle(name.terminalSafe, state.helpDesk.caseID)
    }
    if let city = state.catalog.fact(named: "city"), !state.profile.isUnknown[city.id],
      case .choice(let index)? = state.profile[city.id], case .enumeration(let values) = city.type
    {
      title += " · \(values.label(index, in: language))"
    }
    // Only an applicant type given: passed over unanswered, it is none (never the first row).
    if let applicant = state.catalog.fact(named: "applicant"),
      !state.profile.isUnknown[applicant.id],
      case .choice(let index)? = state.profile[applicant.id],
      case .enumeration(let values) = applicant.type
    {
      title += " · " + values.label(index, in: language)
    }
    let steps = state.steps
    let progress =
      state.currentFact == nil
      ? strings.summaryStep : strings.step(min(state.stepIndex + 1, steps.count), steps.count)
    let progressWidth = progress.displayWidth + 1
    frame.screen.put(
      title, x: 0, y: rect.y, style: theme.title, maxWidth: rect.width - progressWidth - 1)
    frame.screen.put(progress, x: rect.width - progressWidth, y: rect.y, style: theme.title)
  }

  private mutating func drawFooter(_ rect: Rect) {
    frame.screen.fill(rect, style: theme.footer)
    var text: String
    if let notice = state.notice {
      // A notice is read whole (an exported report's paths): one too long for the footer
      // takes the rows above it.
      let lines = notice.wrapped(toWidth: rect.width - 2)
      for (index, line) in lines.enumerated() {
        let row = rect.y - (lines.count - 1) + index
        guard row >= 0 else { continue }
        frame.screen.fill(Rect(x: 0, y: row, width: rect.width, height: 1), style: theme.footer)
        frame.screen.put(" " + line, x: 0, y: row, style: theme.footer)
      }
      return
    } else if let demo = state.demo, case .demo(let settings) = state.mode, state.modal == nil {
      // The presenter's keys whole, then the play state (▶/⏸) with as much of the name as fits.
      let keys =
        KeyMap.standard.footer(
          mode: .demo, screen: .demoPlaying, canPrint: false, strings: strings)
        + strings.gap + strings.touch.demoTakeOver
      let touch = strings.touch
      let name = settings.samples[demo.sample].name
      let bare = demo.paused ? touch.demoPaused("") : touch.demoPlaying("")
      let room = max(4, rect.width - 2 - keys.displayWidth - strings.gap.displayWidth)
      let shortName = name.truncated(toWidth: max(2, room - bare.displayWidth))
      text =
        (demo.paused ? touch.demoPaused(shortName) : touch.demoPlaying(shortName))
        + strings.gap + keys
    } else if let modal = state.modal {
      text = footer(for: modal)
    } else if state.mode.isKiosk {
      // A visitor is told what a finger can do; no key is named (printing is a button too).
      text = strings.touch.footer
    } else {
      text = KeyMap.standard.footer(
        mode: ModeKind(state.mode), screen: state.keyScreen, canPrint: state.canPrint,
        strings: strings, typing: state.isOnTextField || state.flow.filter != nil)
    }
    frame.screen.put(
      " " + text.truncated(toWidth: rect.width - 1), x: 0, y: rect.y, style: theme.footer)
  }
}
