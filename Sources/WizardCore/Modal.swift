import PolicyEngine
import ScreenKit

/// The box on top of the wizard. One value, so the box drawn on top is always the one that
/// receives keys and clicks; each case has its own update (`modalKey`) and its own drawing
/// (`WizardRenderer.drawModal`).
public indirect enum Modal: Sendable, Equatable {
  case detail(PanelEntry, scroll: Int)
  case help
  case steps(selection: Int)
  case confirmQuit
  /// The same answers in every city with policies of its own.
  case compare
  /// Kiosk: the take-home QR code of the result.
  case takeHome
  /// Help desk: who the case is for, and the consultant's note.
  case saveForm(SaveForm)
  /// Help desk: the saved cases, searched.
  case caseList(CaseList)
  /// Help desk: the answers are not saved; asks before `then` replaces them.
  case confirmDiscard(then: DiscardingAction)
  /// Kiosk: the operator's PIN as typed so far.
  case pinEntry(String)
  /// Kiosk: 重新开始 asks before every answer is wiped.
  case confirmRestart
  /// Kiosk: the idle countdown, over the box that was open (which comes back on a touch).
  case countdown(over: Modal?)
  /// Help desk: another desk saved the case first; both versions side by side (issue 17).
  case saveConflict(SaveConflict)
  /// Kiosk: the answers wait for a desk under this code (issue 17).
  case handOff(HandOffTicket)
  /// Help desk: 输入取件码 (issue 17).
  case handOffEntry(HandOffEntry)
}

/// What replaces unsaved answers once the consultant agrees.
public enum DiscardingAction: Sendable, Equatable {
  case openCase(id: Int64)
  case newCase
  case takeHandOff(code: String)
}

extension WizardState {
  /// The save form, when it is the box on top.
  public var saveForm: SaveForm? {
    if case .saveForm(let form) = modal { return form }
    return nil
  }

  /// The case list, when it is the box on top.
  public var caseList: CaseList? {
    if case .caseList(let list) = modal { return list }
    return nil
  }

  /// The PIN typed so far, when the PIN prompt is the box on top.
  public var pinEntry: String? {
    if case .pinEntry(let pin) = modal { return pin }
    return nil
  }

  /// A key for the box on top: the box's bindings in the key map say what it does.
  mutating func modalKey(_ key: Key, _ current: Modal) -> [WizardEffect] {
    let action = KeyMap.standard.action(for: key, box: KeyBox(current), mode: ModeKind(mode))
    if action == .interrupt { return [.quit] }
    switch current {
    case .countdown(let over):
      // The key only closes the countdown.
      if action == .close { modal = over }
      return []
    case .pinEntry(let pin):
      guard case .kiosk(let settings) = mode else { return [] }
      return pinKey(key, action, pin, settings)
    case .saveForm(let form): return saveFormKey(key, action, form)
    case .caseList(let list): return caseListKey(key, action, list)
    case .confirmDiscard(let then): return confirmDiscardKey(action, then)
    case .confirmRestart: return confirmRestartKey(action)
    case .saveConflict(let conflict): return saveConflictKey(action, conflict)
    case .handOffEntry(let entry): return handOffEntryKey(key, action, entry)
    case .handOff:
      // Any key goes back to the result, as on the take-home code.
      if action == .close { modal = nil }
      return []
    case .confirmQuit, .help, .compare, .takeHome, .detail, .steps:
      return overlayKey(action, current)
    }
  }
}
