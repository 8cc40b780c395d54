import Foundation
import ScreenKit
import Testing

/// The reports the help desk hands over from saved cases: one text report everywhere, the
/// case's enterprise, number, contact and consultant on it, HTML too, new files every export.
@Suite struct CasesReportTests {
  typealias Store = CasesCommandTests.Store
  static let sample = CasesCommandTests.sample

  static func saveNamedCase(_ store: Store) throws -> Int {
    try store.save([
      Self.sample, "--name", "扎兰屯合作社", "--contact", "王经理 0470-1234567",
    ])
  }

  /// The report's body, from its first section on (the head differs by what is known).
  static func body(_ text: String) -> String {
    guard let start = text.range(of: "\n一、") else { return "" }
    return String(text[start.lowerBound...])
  }

  @Test func oneTextReportForShowExportReportAndEvaluate() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try Self.saveNamedCase(store)
    let show = try store.run(["show", "\(id)", "--consultant", "李顾问"])
    let export = try store.run(["export", "\(id)", "--format", "txt", "--consultant", "李顾问"])
    let report = try runPolicyWizard([
      "report", Self.sample, "--format", "txt", "--consultant", "李顾问",
    ])
    let evaluate = try runPolicyWizard(["evaluate", Self.sample, "--format", "text"])
    for result in [show, export, report, evaluate] { try #require(result.status == 0, "\(result)") }

    let reference = Self.body(evaluate.stdout)
    #expect(reference.contains("首次获批国家高新技术企业"), "\(evaluate.stdout)")
    #expect(reference.contains("条款原文"), "evaluate prints the clauses")
    for (name, result) in [("show", show), ("export", export), ("report", report)] {
      #expect(Self.body(result.stdout) == reference, "\(name) differs from evaluate")
    }
    for (name, result) in [
      ("show", show), ("export", export), ("report", report), ("evaluate", evaluate),
    ] {
      for line in result.stdout.split(separator: "\n") {
        #expect(String(line).displayWidth <= 72, "\(name): \(line)")
      }
    }

    // Whom it is for: the case's name, number and contact; the consultant.
    for (name, result) in [("show", show), ("export", export)] {
      for expected in [
        "企业名称：扎兰屯合作社", "案例编号：#\(id)", "联系人：王经理 0470-1234567", "咨询顾问：李顾问",
      ] {
        #expect(result.stdout.contains(expected), "\(name) lacks \(expected)\n\(result.stdout)")
      }
    }
    // `report` knows the profile's enterpriseName and the consultant, no case.
    #expect(report.stdout.contains("企业名称：呼伦贝尔某农牧业科技有限公司"), "\(report.stdout)")
    #expect(report.stdout.contains("咨询顾问：李顾问"))
    #expect(!report.stdout.contains("案例编号"))
    // A readable catalog version, not the fingerprint.
    #expect(evaluate.stdout.contains(/目录版本：\d{4}-\d{2}-\d{2} 版/), "\(evaluate.stdout)")
  }

  /// The consultant comes from `helpDesk.consultant` of the configuration unless
  /// `--consultant` names another.
  @Test func consultantFromTheConfiguration() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try Self.saveNamedCase(store)
    let config = try store.directory.write("config.yaml", "helpDesk:\n  consultant: 张顾问\n")
    let empty = try store.directory.write("empty.yaml", "cases: {}\n")

    let configured = try store.run(["export", "\(id)", "--format", "md", "--config", config])
    try #require(configured.status == 0, "\(configured)")
    #expect(configured.stdout.contains("张顾问"), "\(configured.stdout)")
    let named = try store.run([
      "show", "\(id)", "--config", config, "--consultant", "李顾问",
    ])
    #expect(named.stdout.contains("咨询顾问：李顾问"), "\(named.stdout)")
    #expect(!named.stdout.contains("张顾问"))
    let none = try store.run(["show", "\(id)", "--config", empty])
    try #require(none.status == 0, "\(none)")
    #expect(!none.stdout.contains("咨询顾问"), "\(none.stdout)")
    let report = try runPolicyWizard([
      "report", Self.sample, "--format", "html", "--config", config,
    ])
    #expect(report.stdout.contains("张顾问"), "\(report)")
  }

  @Test func exportWritesHTML() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try Self.saveNamedCase(store)
    let file = store.directory.url.appendingPathComponent("case.html").path
    let export = try store.run([
      "export", "\(id)", "--format", "html", "--output", file, "--consultant", "李顾问",
    ])
    try #require(export.status == 0, "\(export)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for expected in ["扎兰屯合作社", "#\(id)", "王经理 0470-1234567", "李顾问", "首次获批国家高新技术企业"] {
      #expect(html.contains(expected), "lacks \(expected)")
    }
    let mode = try #require(
      try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
    #expect(mode & 0o777 == 0o600, "\(String(mode, radix: 8))")
  }

  /// --files writes the HTML and the text report side by side; twice the same day gives a
  /// second pair, never overwriting the first; 0600 in a 0700 directory.
  @Test func exportFilesTwiceKeepsBoth() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try Self.saveNamedCase(store)
    let first = try store.run(["export", "\(id)", "--files", "--consultant", "李顾问"])
    let second = try store.run(["export", "\(id)", "--files", "--consultant", "李顾问"])
    try #require(first.status == 0 && second.status == 0, "\(first)\n\(second)")
    let directory = store.directory.url.appendingPathComponent("reports")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(files.count == 4, "\(files)")
    #expect(files.filter { $0.hasSuffix("扎兰屯合作社.html") }.count == 1, "\(files)")
    #expect(files.filter { $0.hasSuffix("扎兰屯合作社-2.html") }.count == 1, "\(files)")
    #expect(files.filter { $0.hasSuffix("扎兰屯合作社-2.txt") }.count == 1, "\(files)")
    for line in (first.stdout + second.stdout).split(separator: "\n") {
      #expect(line.hasPrefix("已写入："), "\(line)")
    }
    #expect(second.stdout.contains("-2.html"), "\(second.stdout)")
    for file in files {
      let path = directory.appendingPathComponent(file).path
      let mode = try #require(
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
      #expect(mode & 0o777 == 0o600, "\(file): \(String(mode, radix: 8))")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains("李顾问") && text.contains("#\(id)"), "\(file)")
    }
    let directoryMode = try #require(
      try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int)
    #expect(directoryMode & 0o777 == 0o700)

    let elsewhere = store.directory.url.appendingPathComponent("out").path
    let chosen = try store.run(["export", "\(id)", "--files", "--reports-dir", elsewhere])
    try #require(chosen.status == 0, "\(chosen)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).count == 2)
    let clash = try store.run(["export", "\(id)", "--files", "--output", "x.txt"])
    #expect(clash.status != 0, "\(clash)")
    #expect(clash.stderr.contains("--files and --output cannot be combined"), "\(clash)")
  }
}
