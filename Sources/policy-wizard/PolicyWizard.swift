import ArgumentParser

@main
struct PolicyWizard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy-wizard",
    // ASCII: the man page's mdoc writer drops every other character.
    abstract:
      "Which science-and-technology support policies of Inner Mongolia apply, and how much.",
    discussion: """
      内蒙古科技支持政策向导：哪些政策适用、各值多少。With no subcommand, opens the full-screen \
      wizard. Every amount is traced to its article.

      Shell completions: policy-wizard --generate-completion-script bash (or zsh, fish). \
      A man page: swift package plugin generate-manual.

      Example:
        policy-wizard --profile Data/samples/3-hulunbuir-agriculture.json
      """,
    version: VersionText.forConfiguration,
    subcommands: [
      WizardCommand.self, EvaluateCommand.self, PoliciesCommand.self, ValidateCommand.self,
      SchemaCommand.self, ReportCommand.self, CasesCommand.self, CompareCommand.self,
      TestCommand.self,
    ],
    defaultSubcommand: WizardCommand.self
  )
}
