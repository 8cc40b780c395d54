import ArgumentParser
import Foundation
import PolicyEngine
import Reports

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a report for the enterprise (md, html or txt).",
    discussion: """
      Every amount with the article it rests on and the article's original text, headed by \
      the profile's enterpriseName and the consultant (--consultant, else helpDesk.consultant \
      of the configuration). Without --format, the format follows the extension of --output \
      (.md, .html, .txt), else txt.
      """)

  @OptionGroup var input: ProfileOptions
  @Option(help: "Output format: md, html or txt.") var format: ReportFormat?
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
  var output: String?
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var consultantOptions: ConsultantOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    let result = Evaluator(catalog: catalog).evaluate(profile)
    // Whom it is for: the profile's enterpriseName; who prepared it: --consultant or the
    // configuration's helpDesk.consultant.
    let recipient = ReportRecipient(
      enterpriseName: profile.enterpriseName, consultant: try consultantOptions.name())
    let report = EnterpriseReport(
      catalog: catalog, profile: profile, result: result, recipient: recipient)
    let format = format ?? output.flatMap { ReportFormat(fileName: $0) } ?? .txt
    let text = format.render(report)
    guard let output else {
      print(text, terminator: "")
      return
    }
    try OutputFile.write(text, to: output, option: "--output")
  }
}

extension ReportFormat: ExpressibleByArgument {}
