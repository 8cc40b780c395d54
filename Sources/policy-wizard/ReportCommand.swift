import ArgumentParser
import Foundation
import PolicyEngine
import Reports

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a report for the enterprise (md, html, txt or qr).",
    discussion: """
      Every amount with the article it rests on and the article's original text. Without \
      --format, the format follows the extension of --output (.md, .html, .txt), else txt. \
      --format qr prints the take-home QR code of the result (the kiosk's "扫码带走结果", also in \
      the HTML report) in half-block characters for a dark terminal background.

      Example:
        policy-wizard report Data/samples/3-hulunbuir-agriculture.json --format html -o report.html
      """)

  @OptionGroup var input: ProfileOptions
  @Option(help: ArgumentHelp("Output format: md, html, txt or qr.", valueName: "FORMAT"))
  var format: OutputFormat?
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
  var output: String?
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    let result = Evaluator(catalog: catalog).evaluate(profile)
    let report = EnterpriseReport(catalog: catalog, profile: profile, result: result)
    let text: String
    switch format {
    case .qr: text = report.takeHome.code.halfBlockLines().joined(separator: "\n") + "\n"
    case .md: text = ReportFormat.md.render(report)
    case .html: text = ReportFormat.html.render(report)
    case .txt: text = ReportFormat.txt.render(report)
    case nil: text = (output.flatMap { ReportFormat(fileName: $0) } ?? .txt).render(report)
    }
    guard let output else {
      print(text, terminator: "")
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      throw CommandFailure("cannot write the report to '\(output)': \(error.localizedDescription)")
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}

extension ReportCommand {
  /// The report formats, and the take-home QR code of the result.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, txt, qr
  }
}
