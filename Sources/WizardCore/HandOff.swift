import PolicyEngine
import ScreenKit

/// A kiosk visitor's answers waiting for a desk (issue 17): the code that finds them, and until
/// when. Only the answers are stored under it, never a name or a contact.
public struct HandOffTicket: Sendable, Equatable {
  public var code: String
  /// When the store deletes the answers, as the visitor reads it (`2026-12-08 14:05`).
  public var expiresAt: String

  public init(code: String, expiresAt: String) {
    self.code = code
    self.expiresAt = expiresAt
  }
}

/// The hand-off code's letters as the desk types them: digits and capitals with none read as
/// another (no 0/O, 1/I/L). The store makes the codes (`CaseStore.HandOffCode`, the same
/// alphabet; `HandOffGlueTests` holds the two equal).
public enum HandOffCodeInput {
  public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
  public static let length = 6

  /// A typed character as a code letter (lower case accepted); nil for one no code contains.
  public static func letter(_ typed: Character) -> Character? {
    let upper = Character(typed.uppercased())
    return alphabet.contains(upper) ? upper : nil
  }

  /// Whether a text is a whole code.
  public static func isValid(_ code: String) -> Bool {
    code.count == length && code.allSatisfy { alphabet.contains($0) }
  }
}

/// The desk's 输入取件码 box: the code typed so far, and what was wrong with the last one.
public struct HandOffEntry: Sendable, Equatable {
  public var code = ""
  public var message: String?

  public init(code: String = "", message: String? = nil) {
    self.code = code
    self.message = message
  }
}

extension WizardState {
  /// Whether this kiosk can hand a visitor over to a desk (a shared store is configured).
  var canHandOff: Bool {
    if case .kiosk(let settings) = mode { return settings.canHandOff }
    return false
  }

  /// Kiosk, on the result: store the answers under a code. The visitor's name never goes.
  mutating func requestHandOff() -> [WizardEffect] {
    guard canHandOff, currentFact == nil else { return [] }
    var answers = profile
    answers.enterpriseName = nil
    return [.createHandOff(profile: answers)]
  }

  /// Desk: the 输入取件码 box.
  mutating func openHandOffEntry() -> [WizardEffect] {
    guard mode == .helpDesk else { return [] }
    modal = .handOffEntry(HandOffEntry())
    return []
  }

  mutating func handOffEntryKey(_ key: Key, _ action: BoxAction?, _ entry: HandOffEntry)
    -> [WizardEffect]
  {
    var entry = entry
    let words = HallStrings.of(language)
    switch action {
    case .close?:
      modal = nil
      return []
    case .erase?:
      if !entry.code.isEmpty { entry.code.removeLast() }
      entry.message = nil
    case .clearField?:
      entry = HandOffEntry()
    case .type?:
      guard case .character(let typed) = key else { break }
      if typed == " " || typed == "-" { break }  // as read aloud or printed in groups
      guard let letter = HandOffCodeInput.letter(typed) else {
        entry.message = words.codeLetters
        break
      }
      guard entry.code.count < HandOffCodeInput.length else { break }
      entry.code.append(letter)
      entry.message = nil
    case .accept?:
      guard HandOffCodeInput.isValid(entry.code) else {
        entry.message = words.codeLength(HandOffCodeInput.length)
        break
      }
      if hasUnsavedAnswers {
        modal = .confirmDiscard(then: .takeHandOff(code: entry.code))
        return []
      }
      modal = nil
      return [.takeHandOff(code: entry.code)]
    default:
      break
    }
    modal = .handOffEntry(entry)
    return []
  }

  /// The session's answers about hand-offs.
  mutating func handOffEvent(_ event: WizardEvent) {
    let words = HallStrings.of(language)
    switch event {
    case .handOffCreated(let ticket):
      guard currentFact == nil else { return }
      modal = .handOff(ticket)
    case .handOffTaken(let answers, let code):
      // A new case draft: nothing is stored until the consultant saves it.
      var next = fresh(profile: answers)
      next.notice = words.codeTaken(code)
      next.enterSummary()
      self = next
    case .handOffMissing(let code):
      modal = .handOffEntry(HandOffEntry(code: code, message: words.codeMissing(code)))
    case .handOffUnavailable(let reason):
      // The consultant reads why; a visitor only where to go.
      notice = mode.isKiosk ? words.handOffUnavailableForVisitor : reason
    default:
      break
    }
  }

  /// A save the store could not take because it could not be reached: every answer stays, and
  /// the next save sends the same draft (its request id), so a save that did land is not doubled.
  mutating func saveUnreachable(_ reason: String) {
    helpDesk.lastSaveFailed = true
    notice = HallStrings.of(language).saveUnreachable(reason)
  }
}
