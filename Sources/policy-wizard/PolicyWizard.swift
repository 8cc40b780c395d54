import ArgumentParser

@main
struct PolicyWizard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy-wizard",
    abstract: "内蒙古科技支持政策向导：哪些政策适用、各值多少。",
    discussion: """
      With no subcommand, opens the full-screen wizard. Every amount is traced to its article.
      """,
    subcommands: [
      WizardCommand.self, EvaluateCommand.self, PoliciesCommand.self, ValidateCommand.self,
      SchemaCommand.self, ReportCommand.self, CasesCommand.self, CompareCommand.self,
      TestCommand.self, BatchCommand.self,
    ],
    defaultSubcommand: WizardCommand.self
  )

  /// A plain `evaluate` runs before ArgumentParser is started (see `FastEvaluate`).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let fast = FastEvaluate.parse(arguments), fast.profile != "-",
      let output = FastEvaluate.run(fast)
    {
      EvaluateCommand.write(output)
      return
    }
    main(nil)
  }
}
