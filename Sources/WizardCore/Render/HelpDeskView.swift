import ScreenKit

/// The help desk's save form and case list, drawn over the wizard.
extension WizardRenderer {
  mutating func drawSaveForm(_ form: SaveForm) {
    let size = state.size
    let width = min(size.width - 4, 64)
    let rect = Rect(
      x: (size.width - width) / 2, y: (size.height - 12) / 2, width: width, height: 12)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.heading, title: strings.saveTitle)
    let labelWidth = strings.saveFields.map(\.displayWidth).max() ?? 10
    for (index, label) in strings.saveFields.enumerated() {
      let y = rect.y + 2 + index * 2
      let style = index == form.focus ? theme.selected : theme.text
      frame.screen.put(label, x: rect.x + 2, y: y, style: theme.text)
      let boxX = rect.x + 4 + labelWidth
      let boxWidth = rect.maxX - boxX - 2
      let text = form.fields[index]
      let shown = text.displayWidth > boxWidth - 1 ? String(text.suffix(boxWidth - 1)) : text
      frame.screen.fill(
        Rect(x: boxX, y: y, width: boxWidth, height: 1),
        style: style == theme.selected ? theme.input : theme.dim)
      frame.screen.put(shown, x: boxX, y: y, style: theme.input, maxWidth: boxWidth)
      if index == form.focus { frame.cursor = (boxX + shown.displayWidth, y) }
    }
    if state.helpDesk.lastSaveFailed {
      frame.screen.put(
        hall.retryingSave, x: rect.x + 2, y: rect.maxY - 3, style: theme.error,
        maxWidth: rect.width - 4)
    }
    frame.screen.put(
      boxHint(.saveForm), x: rect.x + 2, y: rect.maxY - 2, style: theme.dim,
      maxWidth: rect.width - 4)
  }

  mutating func drawCaseList(_ list: CaseList) {
    let size = state.size
    let rect = Rect(x: 2, y: 2, width: size.width - 4, height: size.height - 4)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.heading, title: strings.casesTitle)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    let used = frame.screen.put(strings.casesSearch, x: inner.x, y: inner.y, style: theme.heading)
    frame.screen.put(
      list.query, x: inner.x + used, y: inner.y, style: theme.input, maxWidth: inner.width - used)
    frame.cursor = (inner.x + used + list.query.displayWidth, inner.y)
    if list.items.isEmpty {
      frame.screen.put(strings.casesEmpty, x: inner.x, y: inner.y + 2, style: theme.dim)
    }
    let visible = inner.height - 3
    let start = max(0, min(list.selection - visible / 2, list.items.count - visible))
    for (offset, item) in list.items.enumerated().dropFirst(start).prefix(visible) {
      let y = inner.y + 2 + offset - start
      let style = offset == list.selection ? theme.selected : theme.text
      if offset == list.selection {
        frame.screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      }
      let line =
        "#\(item.id)  \(item.savedAt)  "
        + item.name.truncated(toWidth: max(8, inner.width - 44)).padded(
          toWidth: max(8, inner.width - 44)) + "  " + item.total
      frame.screen.put(line, x: inner.x, y: y, style: style, maxWidth: inner.width)
    }
    frame.screen.put(
      boxHint(.caseList), x: inner.x, y: inner.maxY - 1, style: theme.dim, maxWidth: inner.width)
  }
}
