import PolicyEngine
import ScreenKit

/// A saved case as the wizard's case list shows it.
public struct CaseListItem: Sendable, Equatable {
  public var id: Int64
  public var name: String
  public var savedAt: String
  public var total: String

  public init(id: Int64, name: String, savedAt: String, total: String) {
    self.id = id
    self.name = name
    self.savedAt = savedAt
    self.total = total
  }
}

/// The help desk's save form: who the case is for, and the consultant's note.
public struct SaveForm: Sendable, Equatable {
  public var fields: [String]
  public var focus = 0

  public static let fieldCount = 3

  init(name: String?, contact: String? = nil, note: String? = nil) {
    fields = [name ?? "", contact ?? "", note ?? ""]
  }

  public var name: String { fields[0].trimmingCharacters(in: .whitespaces) }
}

/// The case list: a search over saved cases, filled in by the session.
public struct CaseList: Sendable, Equatable {
  public var query = ""
  public var items: [CaseListItem] = []
  public var selection = 0
}

/// Saving, opening and exporting cases: the help desk's keys. The state asks for storage
/// through effects; the session answers with events.
extension WizardState {
  mutating func helpDeskAction(_ action: KeyAction) -> [WizardEffect] {
    guard mode == .helpDesk else { return [] }
    switch action {
    case .save, .export:
      // What the screen shows for a field in error is no answer: saving it would store the last
      // prefix that read (`1万元` of `1,5亿`). Fix it first.
      if let field = fieldInError {
        notice = strings.fixBeforeSaving(field.label)
        return []
      }
      guard action == .save else {
        return [
          .exportReport(
            name: helpDesk.caseName ?? profile.enterpriseName, caseID: helpDesk.caseID,
            contact: helpDesk.contact)
        ]
      }
      modal = .saveForm(
        SaveForm(
          name: helpDesk.caseName ?? profile.enterpriseName, contact: helpDesk.contact,
          note: helpDesk.note))
      return []
    case .open:
      modal = .caseList(CaseList())
      return [.loadCaseList(query: "")]
    case .newCase:
      if hasUnsavedAnswers {
        modal = .confirmDiscard(then: .newCase)
        return []
      }
      return discard(then: .newCase)
    default:
      return []
    }
  }

  mutating func saveFormKey(_ key: Key, _ action: BoxAction?, _ form: SaveForm)
    -> [WizardEffect]
  {
    var form = form
    switch action {
    case .close?:
      modal = nil
      return []
    case .nextField?:
      form.focus = (form.focus + 1) % SaveForm.fieldCount
    case .previousField?:
      form.focus = (form.focus + SaveForm.fieldCount - 1) % SaveForm.fieldCount
    case .erase?:
      if !form.fields[form.focus].isEmpty { form.fields[form.focus].removeLast() }
    case .clearField?:
      form.fields[form.focus] = ""
    case .type?:
      guard case .character(let character) = key else { break }
      guard form.fields[form.focus].count < FieldLimits.textCharacters else {
        notice = strings.fieldTooLong(FieldLimits.textCharacters)
        break
      }
      form.fields[form.focus].append(character)
    case .accept?:
      guard !form.name.isEmpty else {
        notice = strings.nameRequired
        form.focus = 0
        modal = .saveForm(form)
        return []
      }
      modal = nil
      let optional = { (text: String) -> String? in
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
      }
      helpDesk.caseName = form.name
      helpDesk.contact = optional(form.fields[1])
      helpDesk.note = optional(form.fields[2])
      return [
        .saveCase(
          profile: namedProfile, name: form.name, contact: helpDesk.contact,
          note: helpDesk.note, requestID: helpDesk.draftID, caseID: helpDesk.caseID,
          version: helpDesk.caseVersion)
      ]
    default:
      break
    }
    modal = .saveForm(form)
    return []
  }

  mutating func caseListKey(_ key: Key, _ action: BoxAction?, _ list: CaseList)
    -> [WizardEffect]
  {
    var list = list
    switch action {
    case .close?:
      modal = nil
      return []
    case .enterCode?:
      // 输入取件码: a kiosk visitor's answers, instead of a saved case.
      return openHandOffEntry()
    case .moveUp?: list.selection = max(0, list.selection - 1)
    case .moveDown?: list.selection = min(max(0, list.items.count - 1), list.selection + 1)
    case .accept?:
      guard list.items.indices.contains(list.selection) else { return [] }
      let id = list.items[list.selection].id
      if hasUnsavedAnswers, id != helpDesk.caseID {
        modal = .confirmDiscard(then: .openCase(id: id))
        return []
      }
      return discard(then: .openCase(id: id))
    case .erase?:
      if !list.query.isEmpty { list.query.removeLast() }
      modal = .caseList(list)
      return [.loadCaseList(query: list.query)]
    case .type?:
      guard case .character(let character) = key, list.query.count < FieldLimits.textCharacters
      else { break }
      list.query.append(character)
      modal = .caseList(list)
      return [.loadCaseList(query: list.query)]
    default:
      break
    }
    modal = .caseList(list)
    return []
  }

  /// "The answers are not saved: replace them?" — go on, keep them, or save them first (the
  /// save form replaces the question; what was asked is asked again after saving).
  mutating func confirmDiscardKey(_ action: BoxAction?, _ then: DiscardingAction)
    -> [WizardEffect]
  {
    switch action {
    case .accept?: return discard(then: then)
    case .close?: modal = nil
    case .save?: return helpDeskAction(.save)
    default: break
    }
    return []
  }

  /// Leaves the answers for another case, or for a new one.
  private mutating func discard(then: DiscardingAction) -> [WizardEffect] {
    modal = nil
    switch then {
    case .openCase(let id):
      return [.openCase(id: id)]
    case .newCase:
      var next = fresh()
      next.notice = strings.newCaseStarted
      self = next
      return []
    case .takeHandOff(let code):
      return [.takeHandOff(code: code)]
    }
  }

  /// The session's answers to the effects above.
  mutating func caseEvent(_ event: WizardEvent) {
    switch event {
    case .caseListLoaded(let items):
      guard var list = caseList else { return }
      list.items = items
      list.selection = min(list.selection, max(0, items.count - 1))
      modal = .caseList(list)
    case .caseOpened(let opened, let name, let id, let contact, let note, let version):
      var next = fresh(profile: opened)
      next.helpDesk.caseID = id
      next.helpDesk.caseVersion = version
      next.helpDesk.caseName = name
      next.helpDesk.contact = contact
      next.helpDesk.note = note
      next.helpDesk.savedProfile = next.namedProfile
      next.notice = strings.caseOpened(name)
      // An opened case shows its result first.
      next.enterSummary()
      self = next
    case .caseSaved(let id, let text, let version):
      helpDesk.caseID = id
      helpDesk.caseVersion = version
      helpDesk.savedProfile = namedProfile
      helpDesk.lastSaveFailed = false
      notice = text
    case .saveConflicted(let caseID, let theirs):
      conflictArrived(caseID: caseID, theirs: theirs)
    case .saveUnreachable(let reason):
      saveUnreachable(reason)
    case .noticePosted(let text):
      notice = text
    default:
      break
    }
  }
}
