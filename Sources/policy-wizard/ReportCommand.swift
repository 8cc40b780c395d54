import ArgumentParser
import Foundation
import PolicyEngine
import Reports

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a report for the enterprise (md, html, txt or qr).",
    discussion: """
      Every amount with the article it rests on and the article's original text, headed by \
      the profile's enterpriseName and the consultant (--consultant, else helpDesk.consultant \
      of the configuration). Without --format, the format follows the extension of --output \
      (.md, .html, .txt), else txt. --format qr prints the take-home QR code of the result \
      (the kiosk's take-home code, also in the HTML report) in half-block characters for a \
      dark terminal background.

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
  @OptionGroup var consultantOptions: ConsultantOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    let result = Evaluator(catalog: catalog).evaluate(profile)
    // Whom it is for: the profile's enterpriseName; who prepared it: --consultant or the
    // configuration's helpDesk.consultant.
    let recipient = ReportRecipient(
      enterpriseName: profile.enterpriseName, consultant: try consultantOptions.name())
    let report = EnterpriseReport(
      catalog: catalog, profile: profile, result: result, language: language.forText(),
      recipient: recipient)
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
    try OutputFile.write(text, to: output, option: "--output")
  }
}

extension ReportFormat: ExpressibleByArgument {}

extension ReportCommand {
  /// The report formats, and the take-home QR code of the result.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, txt, qr
  }
}
