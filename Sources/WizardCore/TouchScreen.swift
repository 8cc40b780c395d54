import PolicyEngine
import ScreenKit

/// A touch screen's own targets: the keypad, the scroll buttons, 重新开始 and its question.
extension WizardState {
  /// A tap on one of the touch screen's own targets; nil for the targets `click` handles.
  mutating func touch(_ target: Frame.HitTarget) -> [WizardEffect]? {
    switch target {
    case .restart:
      // Every answer would go: ask first (a tap meant for ‹ 上一题 must not wipe them).
      modal = .confirmRestart
    case .confirmRestart:
      restart()
    case .keypad(let button):
      focus = .question
      return handleKey(Keypad.update(button))
    case .scrollPanel(let entry):
      panelSelection = min(max(0, entry), max(0, panelEntries.count - 1))
    case .scrollQuestion(let target):
      moveRow(target - row)
    case .print:
      return perform(.print) ?? []
    default:
      return nil
    }
    return []
  }

  /// From the first question again, every answer gone.
  mutating func restart() {
    self = fresh()
    showingWelcome = false
  }

  /// 重新开始's question: Enter wipes, Esc returns; nothing else answers it.
  mutating func confirmRestartKey(_ action: BoxAction?) -> [WizardEffect] {
    switch action {
    case .accept?: restart()
    case .close?: modal = nil
    default: break
    }
    return []
  }
}

extension WizardRenderer {
  /// 重新开始's question: two buttons as large as the touch bar's, 返回 first.
  mutating func drawConfirmRestart() {
    let touch = strings.touch
    let width = min(state.size.width - 4, max(44, touch.restartQuestion.displayWidth + 6))
    let height = 9
    let rect = Rect(
      x: (state.size.width - width) / 2, y: (state.size.height - height) / 2, width: width,
      height: height)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.error)
    frame.screen.put(
      touch.restartQuestion, x: rect.x + 3, y: rect.y + 2, style: theme.heading,
      maxWidth: width - 6)
    let buttonWidth = min(14, (width - 10) / 2)
    let buttons: [(String, Frame.HitTarget, Int)] = [
      (touch.restartCancel, .closeOverlay, rect.x + 3),
      (touch.restartConfirm, .confirmRestart, rect.maxX - 3 - buttonWidth),
    ]
    for (label, target, x) in buttons {
      let button = Rect(x: x, y: rect.y + 4, width: buttonWidth, height: 3)
      frame.screen.drawBox(button, style: target == .confirmRestart ? theme.error : theme.heading)
      frame.screen.put(
        label, x: button.x + max(1, (buttonWidth - label.displayWidth) / 2), y: button.y + 1,
        style: theme.heading, maxWidth: buttonWidth - 2)
      frame.hits.append(.init(rect: button, target: target))
    }
  }

  /// A row of the two scroll buttons, each half of `rect`'s width, a tap bringing `up` or
  /// `down` into view; a button with nowhere to go is left out.
  mutating func drawScrollButtons(
    in rect: Rect, up: Frame.HitTarget?, down: Frame.HitTarget?
  ) {
    let touch = strings.touch
    let half = rect.width / 2
    if let up {
      frame.screen.put(touch.pageUp, x: rect.x, y: rect.y, style: theme.selected)
      frame.hits.append(
        .init(rect: Rect(x: rect.x, y: rect.y, width: half, height: 1), target: up))
    }
    if let down {
      let x = rect.x + half
      frame.screen.put(touch.pageDown, x: x, y: rect.y, style: theme.selected)
      frame.hits.append(
        .init(rect: Rect(x: x, y: rect.y, width: rect.width - half, height: 1), target: down))
    }
  }
}
