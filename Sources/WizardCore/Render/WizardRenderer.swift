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
  var explainer: Explainer { Explainer(catalog: state.catalog) }

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
    if state.currentFact == nil {
      renderer.drawSummary(
        in: Rect(x: 1, y: 1, width: state.size.width - 2, height: layout.question.height))
    } else {
      renderer.drawQuestion(in: layout.question)
      for y in layout.divider.y..<layout.divider.maxY {
        renderer.frame.screen.put("│", x: layout.divider.x, y: y, style: theme.divider)
      }
      renderer.drawPanel(in: layout.panel)
    }
    renderer.drawFooter(layout.footer)
    if state.overlay != nil || state.saveForm != nil || state.caseList != nil
      || state.pinEntry != nil
      || state.kioskCountdown != nil
    {
      // Whatever is under a box must not take clicks: only the box's own targets count.
      renderer.frame.hits.removeAll()
    }
    if let overlay = state.overlay {
      renderer.frame.cursor = nil
      renderer.drawOverlay(overlay)
    }
    if let form = state.saveForm {
      renderer.frame.cursor = nil
      renderer.drawSaveForm(form)
    }
    if let list = state.caseList {
      renderer.frame.cursor = nil
      renderer.drawCaseList(list)
    }
    if let pin = state.pinEntry {
      renderer.frame.cursor = nil
      renderer.drawMessageBox([strings.pinPrompt + String(repeating: "*", count: pin.count)])
    }
    if let seconds = state.kioskCountdown {
      renderer.frame.cursor = nil
      renderer.drawMessageBox([strings.countdown(seconds), strings.countdownHint])
    }
    return renderer.frame
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
    if let city = state.catalog.fact(named: "city"), !state.profile.isUnknown[city.id],
      case .choice(let index)? = state.profile[city.id], case .enumeration(let values) = city.type
    {
      title += " · \(values.label(index))"
    }
    if let applicant = state.catalog.fact(named: "applicant"),
      !state.profile.isUnknown[applicant.id],
      state.answered.contains(applicant.id) || state.profile[applicant.id] != nil,
      case .enumeration(let values) = applicant.type
    {
      title +=
        " · "
        + values.label(
          state.profile.choice(FactPath(fact: applicant.id), fallback: applicant.defaultEnumIndex))
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
      text = notice
    } else if let demo = state.demo, case .demo(let settings) = state.mode {
      text = strings.demoBanner(settings.samples[demo.sample].name)
    } else if state.mode.isKiosk, state.overlay == nil {
      text = strings.footerKiosk
      if case .kiosk(let settings) = state.mode, settings.canPrint, state.currentFact == nil {
        text = strings.printHint + "　" + text
      }
      if state.currentFact == nil {
        text = strings.takeHomeHint + "　" + text
        let hint = Rect(x: 1, y: rect.y, width: strings.takeHomeHint.displayWidth, height: 1)
        frame.hits.append(.init(rect: hint, target: .takeHome))
      }
    } else if state.overlay == .help || state.overlay == .compare {
      text = strings.footerAnyKey
    } else if state.overlay != nil {
      text = strings.footerOverlay
    } else if state.currentFact == nil {
      text = strings.footerSummary
    } else {
      text = state.focus == .panel ? strings.footerPanel : strings.footerQuestion
    }
    frame.screen.put(
      " " + text.truncated(toWidth: rect.width - 1), x: 0, y: rect.y, style: theme.footer)
  }
}
