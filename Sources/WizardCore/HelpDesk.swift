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

  init(name: String?) {
    fields = [name ?? "", "", ""]
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
  mutating func helpDeskKey(_ key: Key) -> [WizardEffect]? {
    guard mode == .helpDesk else { return nil }
    switch key {
    case .control("s"),
      .character("s") where !isOnTextField:
      saveForm = SaveForm(name: caseName ?? profile.enterpriseName)
      return []
    case .control("o"),
      .character("o") where !isOnTextField:
      caseList = CaseList()
      return [.loadCaseList(query: "")]
    case .control("e"),
      .character("e") where !isOnTextField:
      return [.exportReport(name: caseName ?? profile.enterpriseName)]
    default:
      return nil
    }
  }

  mutating func saveFormKey(_ key: Key, _ form: SaveForm) -> [WizardEffect] {
    var form = form
    switch key {
    case .escape:
      saveForm = nil
      return []
    case .tab, .down:
      form.focus = (form.focus + 1) % SaveForm.fieldCount
    case .backTab, .up:
      form.focus = (form.focus + SaveForm.fieldCount - 1) % SaveForm.fieldCount
    case .backspace:
      if !form.fields[form.focus].isEmpty { form.fields[form.focus].removeLast() }
    case .control("u"):
      form.fields[form.focus] = ""
    case .character(let character):
      guard form.fields[form.focus].count < FieldLimits.textCharacters else {
        notice = strings.fieldTooLong(FieldLimits.textCharacters)
        break
      }
      form.fields[form.focus].append(character)
    case .enter, .control("s"):
      guard !form.name.isEmpty else {
        notice = strings.nameRequired
        form.focus = 0
        saveForm = form
        return []
      }
      saveForm = nil
      caseName = form.name
      var named = profile
      named.enterpriseName = form.name
      let optional = { (text: String) -> String? in
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
      }
      return [
        .saveCase(
          profile: named, name: form.name, contact: optional(form.fields[1]),
          note: optional(form.fields[2]), requestID: draftID)
      ]
    default:
      break
    }
    saveForm = form
    return []
  }

  mutating func caseListKey(_ key: Key, _ list: CaseList) -> [WizardEffect] {
    var list = list
    switch key {
    case .escape:
      caseList = nil
      return []
    case .up: list.selection = max(0, list.selection - 1)
    case .down: list.selection = min(max(0, list.items.count - 1), list.selection + 1)
    case .enter:
      guard list.items.indices.contains(list.selection) else { return [] }
      caseList = nil
      return [.openCase(id: list.items[list.selection].id)]
    case .backspace:
      if !list.query.isEmpty { list.query.removeLast() }
      caseList = list
      return [.loadCaseList(query: list.query)]
    case .character(let character):
      guard list.query.count < FieldLimits.textCharacters else { break }
      list.query.append(character)
      caseList = list
      return [.loadCaseList(query: list.query)]
    default:
      break
    }
    caseList = list
    return []
  }

  /// The session's answers to the effects above.
  mutating func caseEvent(_ event: WizardEvent) {
    switch event {
    case .caseListLoaded(let items):
      guard var list = caseList else { return }
      list.items = items
      list.selection = min(list.selection, max(0, items.count - 1))
      caseList = list
    case .caseOpened(let opened, let name):
      var next = fresh(profile: opened)
      next.caseName = name
      next.notice = strings.caseOpened(name)
      self = next
    case .noticePosted(let text):
      notice = text
    default:
      break
    }
  }
}
