import Foundation
import ProcessRunner
import Reports
import Testing

/// Prints a report with headless Chromium, as docs/report-check.md describes, when Chromium is
/// installed: the HTML must load and come out as a PDF of at least one A4 page. Looking at the
/// pages stays a person's job; this catches a file Chromium cannot print at all.
@Suite struct ChromiumPrintTests {
  static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy
    .compactMap(ProcessRunner.executable(named:)).first

  @Test(
    .enabled(if: chromium != nil, "headless Chromium is not installed (CI installs it: .ci/run)"),
    .timeLimit(.minutes(1)))
  func printsToPDF() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("report.html")
    let pdf = directory.appendingPathComponent("report.pdf")
    let html = HTMLReport().render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech))
    try Data(html.utf8).write(to: page)

    // Its own profile directory, so that parallel runs and a user's browser do not collide.
    let printed = try ProcessRunner.run(
      try #require(Self.chromium),
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
        "--print-to-pdf=\(pdf.path)", page.path,
      ], stdout: .discarded, stderr: .captured, timeLimit: .seconds(50))
    #expect(printed.termination == .exited(0), "\(printed.stderrText.suffix(2_000))")

    let data = try Data(contentsOf: pdf)
    let text = String(decoding: data, as: Unicode.ASCII.self)
    #expect(text.hasPrefix("%PDF-"))
    #expect(Self.pageCount(text) >= 1)
    // A4 is 595 × 842 points.
    #expect(
      text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"))
  }

  /// Page objects (`/Type /Page`, not `/Pages`) in an uncompressed PDF dictionary.
  static func pageCount(_ pdf: String) -> Int {
    pdf.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
  }
}
