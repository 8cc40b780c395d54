import PolicyEngine
import Reports
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
    if case .printFailed(let failure) = event {
      // The session's news, not the visitor's doing: the idle time keeps running.
      notice = strings.printFailed(failure)
      return []
    }
    switch event {
    case .caseListLoaded, .caseOpened, .noticePosted, .caseSaved, .saveConflicted,
      .saveUnreachable:
      caseEvent(event)
      return []
    case .handOffCreated, .handOffTaken, .handOffMissing, .handOffUnavailable:
      handOffEvent(event)
      return []
    case .terminalResized(let newSize):
      size = newSize
      return []
    default:
      break
    }
    idleMilliseconds = 0
    if case .countdown(let over) = modal {
      // A key or a touch only closes the countdown.
      modal = over
      return []
    }
    if demo != nil, modal == nil, let effects = demoInput(event) { return effects }
    if case .kiosk = mode, showingWelcome, case .clicked(let x, let y) = event {
      // The language switch keeps the welcome screen, in the other language; any other
      // touch starts.
      let frame = WizardRenderer(state: self).render()
      let hit = frame.hits.last { $0.rect.contains(x: x, y: y) }
      if case .switchLanguage(let other)? = hit?.target {
        self = fresh(language: other)
      } else {
        showingWelcome = false
      }
      return []
    }
    switch event {
    case .clicked(let x, let y):
      return click(x: x, y: y)
    case .wheelScrolled(let up, let x, _):
      if modal != nil { return handleKey(up ? .up : .down) }
      if x >= layout.panel.x { movePanelSelection(up ? -1 : 1) } else { moveRow(up ? -1 : 1) }
      return []
    case .keyPressed(let key):
      return handleKey(key)
    default:
      return []
    }
  }

  /// The screen the key map looks keys up for.
  var keyScreen: KeyScreen {
    if currentFact == nil { return .summary }
    if focus == .panel { return .panel }
    return isOnChoiceField ? .choiceField : .question
  }

  var canPrint: Bool {
    if case .kiosk(let settings) = mode { return settings.canPrint }
    return false
  }

  /// A key: the box on top takes it; else the one key map says what it does.
  mutating func handleKey(_ key: Key) -> [WizardEffect] {
    notice = nil
    if let modal { return modalKey(key, modal) }
    if case .kiosk = mode, showingWelcome, key != .function(12) {
      showingWelcome = false
      return []
    }
    let action = KeyMap.standard.action(
      for: key, mode: ModeKind(mode), screen: keyScreen,
      typing: isOnTextField || flow.filter != nil, canPrint: canPrint)
    if isTooSmall {
      // Nothing can be drawn, so nothing is asked; Ctrl-C still quits.
      return action == .interrupt ? [.quit] : []
    }
    if let action, let effects = perform(action) { return effects }
    if focus == .panel || currentFact == nil {
      panelKey(action)
    } else {
      questionKey(key, action)
    }
    return []
  }

  /// The actions that do the same wherever the user is; nil for the question's and panel's own.
  mutating func perform(_ action: KeyAction) -> [WizardEffect]? {
    switch action {
    case .interrupt: return [.quit]
    case .ignored: return []
    case .demoResume:
      guard case .demo(let settings) = mode, !settings.samples.isEmpty else { return [] }
      playDemo(sample: ((takenOverSample ?? -1) + 1) % settings.samples.count)
    case .help: modal = .help
    case .steps:
      // From the result, the list opens on the first question nobody answered.
      let firstOpen = currentFact == nil ? unansweredSteps.first.flatMap(steps.firstIndex) : nil
      modal = .steps(selection: firstOpen ?? stepIndex)
    case .quit: modal = .confirmQuit
    case .compare: modal = .compare
    case .switchFocus:
      focus = focus == .question && !panelEntries.isEmpty ? .panel : .question
    case .save, .open, .export, .newCase: return helpDeskAction(action)
    case .handOff: return requestHandOff()
    case .handOffCode: return openHandOffEntry()
    case .takeHome:
      openTakeHome()
    case .print:
      return [
        .print(
          PlainTextReport().render(
            EnterpriseReport(
              catalog: catalog, profile: profile, result: result, language: language)))
      ]
    case .operatorExit:
      if case .kiosk(let settings) = mode, settings.operatorPIN != nil {
        showingWelcome = false
        modal = .pinEntry("")
      }
    default:
      return nil
    }
    return []
  }

  // MARK: The result panel

  /// Entries moved by PgUp/PgDn: what fits on a page, entries being two lines high (and
  /// section titles between them), so that paging never skips one.
  var panelPageEntries: Int {
    let height = currentFact == nil ? layout.question.height : layout.panel.height
    return max(1, (height - 8) / 3)
  }

  private mutating func panelKey(_ action: KeyAction?) {
    switch action {
    case .moveUp?: movePanelSelection(-1)
    case .moveDown?: movePanelSelection(1)
    case .pageUp?: movePanelSelection(-panelPageEntries)
    case .pageDown?: movePanelSelection(panelPageEntries)
    case .first?: panelSelection = 0
    case .last?: panelSelection = max(0, panelEntries.count - 1)
    case .confirm?:
      if panelEntries.indices.contains(panelSelection) {
        modal = .detail(panelEntries[panelSelection], scroll: 0)
      }
    case .back?:
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

  // MARK: Boxes

  mutating func overlayKey(_ action: BoxAction?, _ current: Modal) -> [WizardEffect] {
    switch current {
    case .confirmQuit:
      switch action {
      case .accept?: return [.quit]
      case .close?: modal = nil
      default: break
      }
    case .help, .compare:
      if action == .close { modal = nil }
    case .takeHome:
      if action == .nextCode { turnTakeHomePage() }
    case .detail(let entry, let scroll):
      switch action {
      case .moveUp?: modal = .detail(entry, scroll: max(0, scroll - 1))
      case .moveDown?: modal = .detail(entry, scroll: scroll + 1)
      case .pageUp?: modal = .detail(entry, scroll: max(0, scroll - 10))
      case .pageDown?: modal = .detail(entry, scroll: scroll + 10)
      case .quit?: modal = .confirmQuit
      case .close?: modal = nil
      default: break
      }
    case .steps(let selection):
      let count = steps.count + 1
      switch action {
      case .moveUp?: modal = .steps(selection: max(0, selection - 1))
      case .moveDown?: modal = .steps(selection: min(count - 1, selection + 1))
      case .pageUp?: modal = .steps(selection: max(0, selection - 10))
      case .pageDown?: modal = .steps(selection: min(count - 1, selection + 10))
      case .first?: modal = .steps(selection: 0)
      case .last?: modal = .steps(selection: count - 1)
      case .accept?: jump(toStep: selection)
      case .quit?: modal = .confirmQuit
      case .close?: modal = nil
      default: break
      }
    default:
      break
    }
    return []
  }

  mutating func jump(toStep index: Int) {
    modal = nil
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
    case (.enumeration, .choice(let index)?):
      row = rows(for: definition).firstIndex(of: .option(index)) ?? 0
    case (.enumeration, nil):
      row = rows(for: definition).firstIndex(of: .option(definition.defaultEnumIndex)) ?? 0
    case (.bool, .bool(let flag)?): row = flag ? 0 : 1
    case (.bool, nil): row = 1
    // Enter on a list question means 完成: it never adds an empty item by accident.
    case (.list, _): row = rows(for: definition).firstIndex(of: .next) ?? 0
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
      // A detail closes only on its close target (a touch may be meant as a scroll).
      if modal == .help { modal = nil }
      return []
    }
    if let effects = touch(hit.target) { return effects }
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
      modal = .detail(panelEntries[index], scroll: 0)
    case .stepsRow(let index):
      jump(toStep: index)
    case .back:
      goBack()
    case .closeOverlay:
      if case .countdown(let over) = modal {
        modal = over
      } else if modal == .takeHome {
        turnTakeHomePage()
      } else {
        modal = nil
      }
    case .quit:
      modal = .confirmQuit
    case .confirmQuit:
      return [.quit]
    case .scrollUp, .scrollDown:
      if case .detail(let entry, let scroll) = modal {
        let page = max(1, size.height / 2 - 2)
        let delta = hit.target == .scrollUp ? -page : page
        modal = .detail(entry, scroll: max(0, scroll + delta))
      }
    case .restart, .confirmRestart, .keypad, .scrollPanel, .scrollQuestion, .print:
      break  // the touch screen's own (`touch`)
    case .finish:
      // Done: wiped at once, the welcome screen for the next visitor.
      self = fresh()
    case .takeHome:
      openTakeHome()
    case .switchLanguage(let other):
      self = fresh(language: other)
    case .handOff:
      return requestHandOff()
    case .conflictChoice(let choice):
      if let saveConflict { return choose(choice, saveConflict) }
    case .handOffDone:
      // The visitor goes to the desk: wiped at once, the welcome screen for the next one.
      self = fresh()
    }
    return []
  }
}
