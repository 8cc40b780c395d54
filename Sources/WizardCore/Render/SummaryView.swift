import PolicyEngine
import ScreenKit

/// After the last question: the result over the whole width, with the documents considered.
extension WizardRenderer {
  mutating func drawSummary(in rect: Rect) {
    var y = rect.y
    frame.screen.put(strings.summaryTitle, x: rect.x, y: y, style: theme.heading)
    y += 1
    let intro = state.mode.isKiosk ? strings.touch.summaryIntro : strings.summaryIntro
    for line in intro.wrapped(toWidth: rect.width) {
      frame.screen.put(line, x: rect.x, y: y, style: theme.dim)
      y += 1
    }
    let documents = state.result.documentsConsidered.map { index -> String in
      let document = state.catalog.documents[index]
      let name = document.shortName(in: state.language)
      return document.status == .draft
        ? name + explainer.text.parenthetical(strings.draftBadge) : name
    }
    // Opened early (F2 → the result): how many questions are still open, and the way back.
    let unanswered = state.unansweredSteps.count
    if unanswered > 0 {
      let key = KeyMap.standard.bindings.first {
        $0.action == .steps && $0.modes.contains(ModeKind(state.mode))
      }?.label
      let text =
        state.mode.isKiosk
        ? strings.touch.unansweredCount(unanswered) : strings.unansweredCount(unanswered, key)
      for line in text.wrapped(toWidth: rect.width) {
        frame.screen.put(line, x: rect.x, y: y, style: theme.error)
        y += 1
      }
    }
    frame.screen.put(
      explainer.text.labelled(
        strings.documents, documents.joined(separator: explainer.text.listSeparator)), x: rect.x,
      y: y, style: theme.dim,
      maxWidth: rect.width)
    y += 1
    drawPanel(in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y))
  }
}
