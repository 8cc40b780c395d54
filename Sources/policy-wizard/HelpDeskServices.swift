import CaseStore
import Foundation
import PolicyEngine
import Reports
import WizardCore

/// Carries out the help desk's requests for the wizard: cases in SQLite, reports on disk.
/// Every answer comes back as an event; a failure becomes a notice, never a crash.
struct HelpDeskServices {
  let catalog: Catalog
  let databasePath: String
  let reportDirectory: String

  func save(profile: Profile, name: String, contact: String?, note: String?) -> WizardEvent {
    do {
      let store = try CaseStore(path: databasePath)
      let saved = try store.save(
        CaseDraft(
          enterpriseName: name, contact: contact, note: note, profile: profile, catalog: catalog))
      return .noticePosted("已保存案例 #\(saved.id)：\(name)（\(databasePath)）")
    } catch {
      return .noticePosted("保存失败：\(error)")
    }
  }

  func list(query: String) -> WizardEvent {
    guard FileManager.default.fileExists(atPath: databasePath) else { return .caseListLoaded([]) }
    do {
      let store = try CaseStore(path: databasePath)
      let cases = query.isEmpty ? try store.list() : try store.search(query)
      let report = TextReport(explainer: Explainer(catalog: catalog))
      let formatter = DateFormatter()
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      return .caseListLoaded(
        cases.map { saved in
          CaseListItem(
            id: saved.id, name: saved.enterpriseName,
            savedAt: formatter.string(from: saved.savedAt),
            total: saved.savedTotals.map(report.totals) ?? "")
        })
    } catch {
      return .noticePosted("无法读取案例：\(error)")
    }
  }

  func open(id: Int64) -> WizardEvent {
    do {
      let store = try CaseStore(path: databasePath)
      guard let saved = try store.case(id: id) else { return .noticePosted("案例 #\(id) 不存在") }
      return .caseOpened(try saved.profile(in: catalog), name: saved.enterpriseName)
    } catch {
      return .noticePosted("无法打开案例 #\(id)：\(error)")
    }
  }

  /// Writes the HTML and text reports side by side and says where.
  func export(profile: Profile, name: String?) -> WizardEvent {
    var named = profile
    if let name { named.enterpriseName = name }
    let result = Evaluator(catalog: catalog).evaluate(named)
    let report = EnterpriseReport(catalog: catalog, profile: named, result: result)
    let stamp = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let safeName = (name ?? "report").map { "/\\:*?\"<>| ".contains($0) ? "_" : $0 }
    let base = (reportDirectory as NSString).appendingPathComponent("\(stamp)-\(String(safeName))")
    do {
      try FileManager.default.createDirectory(
        atPath: reportDirectory, withIntermediateDirectories: true)
      try ReportFormat.html.render(report).write(
        toFile: base + ".html", atomically: true, encoding: .utf8)
      try ReportFormat.txt.render(report).write(
        toFile: base + ".txt", atomically: true, encoding: .utf8)
      return .noticePosted("报告已导出：\(base).html 与 .txt")
    } catch {
      return .noticePosted("导出失败：\(error)")
    }
  }
}
