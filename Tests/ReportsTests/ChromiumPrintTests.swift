import Foundation
import Reports
import Testing

/// Prints a report with headless Chromium, as docs/report-check.md describes, when Chromium is
/// installed: the HTML must load and come out as a PDF of at least one A4 page. Looking at the
/// pages stays a person's job; this catches a file Chromium cannot print at all.
@Suite struct ChromiumPrintTests {
  static let chromium: URL? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap {
    name -> URL? in
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }.first

  @Test(
    .enabled(if: chromium != nil, "headless Chromium is not installed"), .timeLimit(.minutes(1)))
  func printsToPDF() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("report.html")
    let pdf = directory.appendingPathComponent("report.pdf")
    let html = HTMLReport().render(try ReportFixtures.report(ReportFixtures.hulunbuirHighTech))
    try Data(html.utf8).write(to: page)

    let process = Process()
    process.executableURL = Self.chromium
    // Its own profile directory, so that parallel runs and a user's browser do not collide.
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
      "--print-to-pdf=\(pdf.path)", page.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

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
