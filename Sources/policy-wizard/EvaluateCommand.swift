import ArgumentParser
import PolicyEngine

struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate", abstract: "Evaluate a profile (JSON or YAML; - for standard input).")

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @Argument(help: "The profile file, or - for standard input.") var profile: String
  @Option(help: "Output format: json or text.") var format: Format = .text
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
      guard let day = CalendarDay(asOf) else {
        throw CommandFailure(
          "--as-of '\(asOf)' is not a date; write it YYYY-MM-DD, such as 2026-06-01")
      }
      profile.asOf = day
    }
    if noDrafts { profile.includeDrafts = false }
    let result = Evaluator(catalog: catalog).evaluate(profile)
    let explainer = Explainer(catalog: catalog)
    switch format {
    case .json:
      print(EvaluationReport(result: result, profile: profile, explainer: explainer).json())
    case .text:
      print(TextReport(explainer: explainer).render(result, profile: profile), terminator: "")
    }
  }
}
