import Foundation
import Testing

/// The help desk's `e` (issue 10, items 13 and 14): reports named after a hostile enterprise
/// name, exported twice, under `umask 000`.
@Suite(.enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"), .serialized)
struct HelpDeskExportTmuxTests {
  /// A NUL (which would cut the name short, so that the text report replaced the HTML one), a
  /// title-setting escape sequence and a path: the two reports are still two files with one
  /// clean name, 0600 in 0700 directories; the notice names a file that exists; a second
  /// export the same day adds -2 instead of overwriting.
  @Test func exportsNeverOverwriteAndCarryNoHostileCharacters() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = try directory.write(
      "hostile.json",
      #"{"city": "hulunbuir", "applicant": "enterprise", "highTech": "new", "enterpriseName": "甲\u0000.html\u001b]0;x\u0007/../乙"}"#
    )
    let database = directory.url.appendingPathComponent("desk/cases.sqlite").path
    let terminal = try TmuxTerminal(width: 170, height: 30)
    defer { terminal.stop() }
    try terminal.runInShell("umask 000")
    let wizard = try WizardModesTmuxTests.Wizard(
      terminal, ["--profile", profile, "--db", database], in: directory)
    defer { wizard.end() }
    try terminal.waitForText("合计：")

    try terminal.type("e")
    let first = try terminal.waitForText("报告已导出")
    try terminal.press("Escape")
    try terminal.waitForScreen("the notice gone") { !$0.joined().contains("报告已导出") }
    try terminal.type("e")
    let second = try terminal.waitForText("报告已导出")

    let reports = directory.url.appendingPathComponent("desk/reports")
    let files = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
    let stamp = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let stem = "\(stamp)-甲.html]0;x_.._乙"
    #expect(
      files == ["\(stem)-2.html", "\(stem)-2.txt", "\(stem).html", "\(stem).txt"].sorted(),
      "\(files)")
    for file in files {
      let path = reports.appendingPathComponent(file).path
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(file)")
    }
    let html = try String(
      contentsOf: reports.appendingPathComponent("\(stem).html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"), "HTML kept")
    for folder in ["desk", "desk/reports"] {
      let path = directory.url.appendingPathComponent(folder).path
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o700, "\(folder)")
    }
    // Each notice names both files export wrote, whole: a notice too long for the footer takes
    // the rows above it, each after a one-column margin.
    let notices = [first, second].map { screen in
      let start = screen.lastIndex { $0.contains("报告已导出") } ?? screen.endIndex
      return screen[start...].map { String($0.dropFirst()) }.joined()
    }
    #expect(notices[0].contains(reports.path + "/\(stem).html"), "\(notices[0])")
    #expect(notices[0].contains(reports.path + "/\(stem).txt"), "\(notices[0])")
    #expect(notices[1].contains(reports.path + "/\(stem)-2.html"), "\(notices[1])")
    #expect(notices[1].contains(reports.path + "/\(stem)-2.txt"), "\(notices[1])")
  }
}
