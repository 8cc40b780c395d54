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

  @Argument(help: "The profile file, or - for standard input.") var profile: String
  @Option(help: "Output format: md, html or txt.") var format: ReportFormat?
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
  var output: String?
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Judge the policies on this day.", valueName: "YYYY-MM-DD"))
  var asOf: String?
  @Flag(name: .customLong("no-drafts"), help: "Leave out draft documents (征求意见稿).")
  var noDrafts = false
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    var profile = try ProfileInput.read(self.profile, catalog: catalog)
    if let asOf {
      // As `evaluate` words it, with the same exit status.
      guard let day = CalendarDay(asOf) else {
        throw CommandFailure(
          "--as-of '\(asOf)' is not a date; write it YYYY-MM-DD, such as 2026-06-01")
      }
      profile.asOf = day
    }
    if noDrafts { profile.includeDrafts = false }
    let result = Evaluator(catalog: catalog).evaluate(profile)
    let report = EnterpriseReport(catalog: catalog, profile: profile, result: result)
    let format = format ?? output.flatMap { ReportFormat(fileName: $0) } ?? .txt
    let text = format.render(report)
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
