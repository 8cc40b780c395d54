import Foundation
import ScreenKit

/// Whom a report is for and who prepared it: printed at the head of every format, so that a
/// report found on a desk says which enterprise and which case it belongs to.
public struct ReportRecipient: Sendable, Equatable {
  /// The enterprise's name, as saved with the case or given in the profile.
  public var enterpriseName: String?
  /// The saved case's number (`cases list`'s id); nil for a report of a profile file.
  public var caseNumber: Int64?
  /// Who to contact at the enterprise.
  public var contact: String?
  /// The help desk's consultant who prepared it (`helpDesk.consultant` or `--consultant`).
  public var consultant: String?

  public init(
    enterpriseName: String?, caseNumber: Int64? = nil, contact: String? = nil,
    consultant: String? = nil
  ) {
    self.enterpriseName = Self.given(enterpriseName)
    self.caseNumber = caseNumber
    self.contact = Self.given(contact)
    self.consultant = Self.given(consultant)
  }

  /// The block's rows in a report's words, the empty ones left out.
  public func rows(_ words: ReportStrings = .chinese) -> [(label: String, value: String)] {
    var rows: [(label: String, value: String)] = []
    if let enterpriseName { rows.append((words.enterpriseName, enterpriseName)) }
    if let caseNumber {
      rows.append((words.caseNumber, words.caseLabel(caseNumber)))
    }
    if let contact { rows.append((words.contact, contact)) }
    if let consultant { rows.append((words.consultant, consultant)) }
    return rows
  }

  /// True when there is nothing to print.
  public var isEmpty: Bool { rows().isEmpty }

  /// The text on one line without control sequences (a name typed with an escape must not
  /// retitle the terminal the report is printed on, nor leave its payload in the Markdown),
  /// nil when nothing is left.
  private static func given(_ text: String?) -> String? {
    guard let trimmed = text?.terminalSafe.trimmingCharacters(in: .whitespacesAndNewlines),
      !trimmed.isEmpty
    else { return nil }
    return trimmed
  }
}
