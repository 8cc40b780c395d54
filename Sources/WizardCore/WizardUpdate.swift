import PolicyEngine
import ScreenKit

extension WizardState {
  /// The smallest terminal the wizard draws in.
  public static let minimumSize = Size(width: 80, height: 24)

  var isTooSmall: Bool {
    size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
  }

  /// Applies one event. Returns what the surrounding program should do, if anything.
  @discardableResult
  public mutating func update(_ event: WizardEvent) -> [WizardEffect] {
    if case .timePassed(let milliseconds) = event { return timePassed(milliseconds) }
    let countdownShown = kioskCountdown != nil
    idleMilliseconds = 0
    if countdownShown, case .keyPressed = event { return [] }  // the key only closes the box
    if countdownShown, case .clicked = event { return [] }
    if demo != nil, case .keyPressed = event {
      // Any key hands the demo over to the presenter, with the answers so far.
      demo = nil
      return []
    }
    if demo != nil, case .clicked = event {
      demo = nil
      return []
    }
    if case .kiosk = mode, showingWelcome, case .clicked = event {
      showingWelcome = false
      return []
    }
    switch event {
    case .timePassed:
      return []
    case .caseListLoaded, .caseOpened, .noticePosted:
      caseEvent(event)
      return []
    case .terminalResized(let newSize):
      size = newSize
      return []
    case .clicked(let x, let y):
      return click(x: x, y: y)
    case .wheelScrolled(let up, let x, _):
      if overlay != nil {
        return handleKey(up ? .up : .down)
      }
      if x >= layout.panel.x { movePanelSelection(up ? -1 : 1) } else { moveRow(up ? -1 : 1) }
      return []
    case .keyPressed(let key):
      return handleKey(key)
    }
  }

  mutating func handleKey(_ key: Key) -> [WizardEffect] {
    notice = nil
    if case .kiosk(let settings) = mode, let effects = kioskKey(key, settings) { return effects }
    if let form = saveForm { return saveFormKey(key, form) }
    if let list = caseList { return caseListKey(key, list) }
    if overlay == nil, !isTooSmall, key != .control("c"), let effects = helpDeskKey(key) {
      return effects
    }
    return keyPressed(key)
  }

  private mutating func keyPressed(_ key: Key) -> [WizardEffect] {
    if key == .control("c") { return [.quit] }
    if let overlay { return overlayKey(key, overlay) }
    if isTooSmall {
      // Nothing can be drawn, so nothing is asked; Ctrl-C (above) still quits.
      return []
    }
    switch key {
    case .character("?"), .function(1):
      overlay = .help
      return []
    case .function(2), .control("g"):
      overlay = .steps(selection: stepIndex)
      return []
    case .character("q"), .function(10):
      overlay = .confirmQuit
      return []
    case .character("c") where !isOnTextField, .function(3):
      overlay = .compare
      return []
    case .tab, .backTab:
      focus = focus == .question && !panelEntries.isEmpty ? .panel : .question
      return []
    default:
      break
    }
    if focus == .panel || currentFact == nil { panelKey(key) } else { questionKey(key) }
    return []
  }

  // MARK: The result panel

  private mutating func panelKey(_ key: Key) {
    switch key {
    case .up: movePanelSelection(-1)
    case .down: movePanelSelection(1)
    case .pageUp: movePanelSelection(-max(1, layout.panel.height - 6))
    case .pageDown: movePanelSelection(max(1, layout.panel.height - 6))
    case .home: panelSelection = 0
    case .end: panelSelection = max(0, panelEntries.count - 1)
    case .enter:
      if panelEntries.indices.contains(panelSelection) {
        overlay = .detail(panelEntries[panelSelection], scroll: 0)
      }
    case .escape, .left:
      if currentFact == nil {
        goBack()
      } else {
        focus = .question
      }
    default: break
    }
  }

  mutating func movePanelSelection(_ delta: Int) {
    guard !panelEntries.isEmpty else { return }
    panelSelection = min(max(0, panelSelection + delta), panelEntries.count - 1)
  }

  // MARK: Overlays

  private mutating func overlayKey(_ key: Key, _ current: Overlay) -> [WizardEffect] {
    switch current {
    case .confirmQuit:
      switch key {
      case .character("y"), .character("Y"), .character("q"), .enter: return [.quit]
      case .character("n"), .character("N"), .escape: overlay = nil
      default: break
      }
    case .help, .compare, .takeHome:
      overlay = nil
    case .detail(let entry, let scroll):
      switch key {
      case .up: overlay = .detail(entry, scroll: max(0, scroll - 1))
      case .down: overlay = .detail(entry, scroll: scroll + 1)
      case .pageUp: overlay = .detail(entry, scroll: max(0, scroll - 10))
      case .pageDown: overlay = .detail(entry, scroll: scroll + 10)
      case .character("q"): overlay = .confirmQuit
      default: overlay = nil
      }
    case .steps(let selection):
      let count = steps.count + 1
      switch key {
      case .up: overlay = .steps(selection: max(0, selection - 1))
      case .down: overlay = .steps(selection: min(count - 1, selection + 1))
      case .pageUp: overlay = .steps(selection: max(0, selection - 10))
      case .pageDown: overlay = .steps(selection: min(count - 1, selection + 10))
      case .home: overlay = .steps(selection: 0)
      case .end: overlay = .steps(selection: count - 1)
      case .enter: jump(toStep: selection)
      case .character("q"): overlay = .confirmQuit
      default: overlay = nil
      }
    }
    return []
  }

  mutating func jump(toStep index: Int) {
    overlay = nil
    let all = steps
    itemEditor = nil
    if index < all.count { enter(all[index]) } else { enterSummary() }
  }

  // MARK: Moving between questions

  /// Shows a question, with the row of its current answer selected.
  mutating func enter(_ fact: FactID) {
    currentFact = fact
    focus = .question
    inputError = nil
    itemEditor = nil
    questionScroll = 0
    let definition = catalog.facts[fact]
    row = 0
    if profile.isUnknown[fact] {
      row = rows(for: definition).count - 1
      return
    }
    switch (definition.type, profile[fact]) {
    case (.enumeration, .choice(let index)?): row = index
    case (.enumeration, nil): row = definition.defaultEnumIndex
    case (.bool, .bool(let flag)?): row = flag ? 0 : 1
    case (.bool, nil): row = 1
    default: row = 0
    }
  }

  mutating func enterSummary() {
    currentFact = nil
    itemEditor = nil
    inputError = nil
    focus = .panel
    panelSelection = 0
  }

  /// Steps are in catalog order (city and applicant are the first facts), so the next question
  /// is the first asked one after the current fact, whatever the last answer changed.
  mutating func advance() {
    guard let current = currentFact else { return }
    if !answered.contains(current) {
      answered.insert(current)
      reevaluate()
    }
    if let next = steps.first(where: { $0 > current }) { enter(next) } else { enterSummary() }
  }

  mutating func goBack() {
    guard let current = currentFact else {
      if let last = steps.last { enter(last) }
      return
    }
    if let previous = steps.last(where: { $0 < current }) { enter(previous) }
  }

  // MARK: Mouse

  private mutating func click(x: Int, y: Int) -> [WizardEffect] {
    let frame = WizardRenderer(state: self).render()
    guard let hit = frame.hits.last(where: { $0.rect.contains(x: x, y: y) }) else {
      if case .detail = overlay { overlay = nil }
      if overlay == .help { overlay = nil }
      return []
    }
    switch hit.target {
    case .questionRow(let index):
      focus = .question
      if isOnTextField, !commitText(advancing: false) { return [] }
      row = index
      // A click on a field puts the cursor there; on an option it chooses, like Enter.
      if case .field? = currentRows[safe: index] { return [] }
      return handleKey(.enter)
    case .panelEntry(let index):
      focus = .panel
      panelSelection = index
      overlay = .detail(panelEntries[index], scroll: 0)
    case .stepsRow(let index):
      jump(toStep: index)
    case .back:
      goBack()
    case .closeOverlay:
      overlay = nil
    case .quit:
      overlay = .confirmQuit
    case .confirmQuit:
      return [.quit]
    case .takeHome:
      overlay = .takeHome
    }
    return []
  }
}
