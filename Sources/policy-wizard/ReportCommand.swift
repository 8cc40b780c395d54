import ArgumentParser
import Foundation
import PolicyEngine
import Reports

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a report for the enterprise (md, html or txt).",
    discussion: """
      Every amount with the article it rests on and the article's original text. Without \
      --format, the format follows the extension of --output (.md, .html, .txt), else txt.
      """)

  @OptionGroup var input: ProfileOptions
  @Option(help: "Output format: md, html or txt.") var format: ReportFormat?
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
