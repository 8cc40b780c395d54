import ArgumentParser
import PolicyEngine
import Reports

struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate", abstract: "Evaluate a profile (JSON or YAML; - for standard input).",
    discussion: """
      Example:
        policy-wizard evaluate Data/samples/2-ordos-new-materials.json --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @OptionGroup var input: ProfileOptions
  @Option(help: ArgumentHelp("Output format: json or text.", valueName: "FORMAT"))
  var format: Format = .text
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    let evaluator = Evaluator(catalog: catalog)
    let result = evaluator.evaluate(profile)
    let explainer = Explainer(catalog: catalog)
    switch format {
    case .json:
      let report = EvaluationReport(
        result: result, profile: profile, explainer: explainer,
        openQuestions: evaluator.openQuestions(profile))
      printJSON(report.json())
    case .text:
      let report = EnterpriseReport(catalog: catalog, profile: profile, result: result)
      print(PlainTextReport().render(report), terminator: "")
    }
  }
}
