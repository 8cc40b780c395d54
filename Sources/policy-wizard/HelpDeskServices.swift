import CaseStore
import Foundation
import PolicyEngine
import Reports
import ScreenKit
import WizardCore

/// Carries out the help desk's requests for the wizard: cases in SQLite, reports on disk.
/// Every answer comes back as an event; a failure becomes a notice, never a crash.
struct HelpDeskServices {
  let catalog: Catalog
  /// The store, resolved as every `cases` command resolves it (`CaseStoreResolution`).
  let store: ResolvedCaseStore
  var databasePath: String { store.location }
  let reportDirectory: String
  /// Named on exported reports (`helpDesk.consultant`).
  var consultant: String? = nil
  /// The notices' words and the exported report's language: the wizard's.
  var language: Language = .chinese
  var strings: WizardStrings { .of(language) }
  /// How long a kiosk's hand-off code lasts (`kiosk.handOffExpiry`, default 24 h).
  var handOffLifetime: TimeInterval = WizardConfiguration.defaultHandOffExpiry

  /// Saves the draft: an opened case (`caseID`) is updated in place; otherwise a case saved
  /// before with `requestID` (the wizard's draft) is updated, or a new one created.
  func save(
    profile: Profile, name: String, contact: String?, note: String?, requestID: String,
    caseID: Int64? = nil, version: Int64? = nil
  ) -> WizardEvent {
    let draft = CaseDraft(
      enterpriseName: name, contact: contact, note: note, profile: profile, catalog: catalog)
    do {
      let store = try store.open(access: .readWrite)
      // An opened case is saved only over the version it was opened at (issue 17).
      let saved =
        if let caseID {
          try store.update(id: caseID, with: draft, expectedVersion: version)
        } else {
          try store.save(draft, requestID: requestID)
        }
      return .caseSaved(
        id: saved.id,
        notice: strings.caseSaved(
          saved.updatedAt != saved.savedAt, saved.id, name.terminalSafe, databasePath.terminalSafe),
        version: saved.version)
    } catch {
      return saveFailure(error, draft: draft)
        ?? .noticePosted(strings.saveFailed(reason(error)).terminalSafe)
    }
  }

  func list(query: String) -> WizardEvent {
    guard store.exists else { return .caseListLoaded([]) }
    do {
      let store = try store.open(access: .readOnly)
      let listing = query.isEmpty ? try store.list() : try store.search(query)
      let formatter = DateFormatter()
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      // A row that cannot be read is listed as damaged, by id; it hides no other case.
      let damaged = listing.damaged.map { row in
        CaseListItem(
          id: row.id, name: CLIStrings.of(language).damaged(row.problem).terminalSafe,
          savedAt: "", total: "")
      }
      return .caseListLoaded(
        listing.cases.map { saved in
          CaseListItem(
            id: saved.id, name: saved.enterpriseName,
            savedAt: formatter.string(from: saved.savedAt),
            total: saved.savedTotals.map { CaseText.total($0, in: language) } ?? "")
        } + damaged)
    } catch {
      return .noticePosted(strings.caseListFailed(reason(error)).terminalSafe)
    }
  }

  func open(id: Int64) -> WizardEvent {
    do {
      let store = try store.open(access: .readOnly)
      guard let saved = try store.case(id: id) else {
        return .noticePosted(strings.caseMissing(id))
      }
      return .caseOpened(
        try saved.profile(in: catalog), name: saved.enterpriseName, id: saved.id,
        contact: saved.contact, note: saved.note, version: saved.version)
    } catch {
      return .noticePosted(strings.openFailed(id, reason(error)).terminalSafe)
    }
  }

  /// Writes the HTML and text reports side by side and says where.
  func export(profile: Profile, name: String?, caseID: Int64? = nil, contact: String? = nil)
    -> WizardEvent
  {
    var named = profile
    if let name { named.enterpriseName = name }
    let result = Evaluator(catalog: catalog).evaluate(named)
    let report = EnterpriseReport(
      catalog: catalog, profile: named, result: result, language: language,
      recipient: ReportRecipient(
        enterpriseName: name, caseNumber: caseID, contact: contact, consultant: consultant))
    let stamp = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    do {
      // A new pair of files every time (-2, -3 … on the same day), 0600 in a 0700 directory.
      let paths = try ReportFiles.writeNew(
        [
          ("html", Data(ReportFormat.html.render(report).utf8)),
          ("txt", Data(ReportFormat.txt.render(report).utf8)),
        ], in: reportDirectory,
        stem: "\(stamp)-\(ExportFileName.sanitized(name ?? ExportFileName.fallback))")
      // The notice names both files, each path whole.
      return .noticePosted(strings.reportExported(paths[0], paths[1]).terminalSafe)
    } catch {
      return .noticePosted(strings.exportFailed("\(error)").terminalSafe)
    }
  }

  /// Why the database could not be used, in the consultant's words for the cases they can act
  /// on (a lock held elsewhere, a read-only file), else as the store says it.
  func reason(_ error: Error) -> String {
    switch error as? CaseStoreError {
    case .busy(let path)?: return strings.databaseBusy(path)
    case .readOnly(let path)?: return strings.databaseReadOnly(path)
    default: return "\(error)"
    }
  }
}
