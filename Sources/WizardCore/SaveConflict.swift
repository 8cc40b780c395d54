import PolicyEngine
import ScreenKit

/// A case as the store holds it, at one version: what another desk saved (issue 17).
public struct StoredCase: Sendable, Equatable {
  public var profile: Profile
  public var name: String
  public var contact: String?
  public var note: String?
  public var version: Int64
  /// The desk that saved this version, when the store knows it.
  public var desk: String?

  public init(
    profile: Profile, name: String, contact: String? = nil, note: String? = nil,
    version: Int64, desk: String? = nil
  ) {
    self.profile = profile
    self.name = name
    self.contact = contact
    self.note = note
    self.version = version
    self.desk = desk
  }
}

/// The consultant's answers the store refused because another desk saved the case first; shown
/// beside theirs until the consultant chooses. Never resolved without a choice.
public struct SaveConflict: Sendable, Equatable {
  public var caseID: Int64
  public var theirs: StoredCase
  public var mine: Profile
  public var myName: String
  public var myContact: String?
  public var myNote: String?
  /// The first line of the side-by-side list shown.
  public var scroll = 0
}

/// One line of the side-by-side comparison.
public struct ConflictRow: Sendable, Equatable {
  public var label: String
  public var theirs: String
  public var mine: String
  public var differs: Bool { theirs != mine }
}

/// The consultant's choice on the conflict screen.
public enum ConflictChoice: Sendable, Equatable {
  /// Save my answers over theirs, at their version (they were seen and overruled).
  case keepMine
  /// Load their version, dropping my unsaved answers.
  case takeTheirs
  /// Close the box: nothing saved, my answers kept.
  case cancel
}

extension WizardState {
  /// The conflict screen, when it is the box on top.
  public var saveConflict: SaveConflict? {
    if case .saveConflict(let conflict) = modal { return conflict }
    return nil
  }

  /// Every question either version answered, then the name, contact and note: theirs and mine.
  public func conflictRows(_ conflict: SaveConflict) -> [ConflictRow] {
    var theirs = self
    theirs.profile = conflict.theirs.profile
    var mine = self
    mine.profile = conflict.mine
    let theirView = WizardRenderer(state: theirs)
    let myView = WizardRenderer(state: mine)
    var rows = [
      ConflictRow(
        label: strings.saveFields[0], theirs: conflict.theirs.name, mine: conflict.myName),
      ConflictRow(
        label: strings.saveFields[1], theirs: conflict.theirs.contact ?? "",
        mine: conflict.myContact ?? ""),
      ConflictRow(
        label: strings.saveFields[2], theirs: conflict.theirs.note ?? "",
        mine: conflict.myNote ?? ""),
    ]
    for fact in catalog.facts.indices {
      let asked = { (profile: Profile) in profile[fact] != nil || profile.isUnknown[fact] }
      guard asked(conflict.theirs.profile) || asked(conflict.mine) else { continue }
      rows.append(
        ConflictRow(
          label: catalog.facts[fact].label(in: language),
          theirs: theirView.answerSummary(fact), mine: myView.answerSummary(fact)))
    }
    return rows
  }

  /// The store refused a save: the box that shows both versions, with the answers as sent.
  mutating func conflictArrived(caseID: Int64, theirs: StoredCase) {
    modal = .saveConflict(
      SaveConflict(
        caseID: caseID, theirs: theirs, mine: namedProfile,
        myName: helpDesk.caseName ?? profile.enterpriseName ?? "", myContact: helpDesk.contact,
        myNote: helpDesk.note))
    notice = HallStrings.of(language).conflictNotice
  }

  mutating func saveConflictKey(_ action: BoxAction?, _ conflict: SaveConflict)
    -> [WizardEffect]
  {
    var conflict = conflict
    switch action {
    case .keepMine?: return choose(.keepMine, conflict)
    case .takeTheirs?: return choose(.takeTheirs, conflict)
    case .close?: return choose(.cancel, conflict)
    case .moveUp?: conflict.scroll = max(0, conflict.scroll - 1)
    case .moveDown?: conflict.scroll = min(conflictRows(conflict).count - 1, conflict.scroll + 1)
    case .pageUp?: conflict.scroll = max(0, conflict.scroll - 10)
    case .pageDown?:
      conflict.scroll = min(conflictRows(conflict).count - 1, conflict.scroll + 10)
    default: break
    }
    modal = .saveConflict(conflict)
    return []
  }

  /// Carries out the consultant's choice; only `keepMine` writes, and only at the version seen.
  mutating func choose(_ choice: ConflictChoice, _ conflict: SaveConflict) -> [WizardEffect] {
    modal = nil
    switch choice {
    case .keepMine:
      return [
        .saveCase(
          profile: conflict.mine, name: conflict.myName, contact: conflict.myContact,
          note: conflict.myNote, requestID: helpDesk.draftID, caseID: conflict.caseID,
          version: conflict.theirs.version)
      ]
    case .takeTheirs:
      let theirs = conflict.theirs
      caseEvent(
        .caseOpened(
          theirs.profile, name: theirs.name, id: conflict.caseID, contact: theirs.contact,
          note: theirs.note, version: theirs.version))
      notice = HallStrings.of(language).tookTheirs(conflict.caseID)
    case .cancel:
      notice = HallStrings.of(language).conflictCancelled
    }
    return []
  }
}
