import ArgumentParser
import Foundation
import ScreenKit

@main
struct PolicyWizard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy-wizard",
    // ASCII: the man page's mdoc writer drops every other character.
    abstract:
      "Which science-and-technology support policies of Inner Mongolia apply, and how much.",
    discussion: """
      \(CLIStrings.programAbstract) With no subcommand, opens the full-screen \
      wizard. Every amount is traced to its article.

      Exit status: 0 success; 64 usage; 65 bad data (profile or catalog); 66 missing input; \
      69 unusable terminal; 73 cannot write; 75 database locked; 78 bad configuration.

      Shell completions: policy-wizard --generate-completion-script bash (or zsh, fish). \
      A man page: swift package plugin generate-manual.

      Example:
        policy-wizard --profile Data/samples/3-hulunbuir-agriculture.json
      """,
    version: VersionText.forConfiguration,
    subcommands: [
      WizardCommand.self, EvaluateCommand.self, PoliciesCommand.self, ValidateCommand.self,
      SchemaCommand.self, ReportCommand.self, CasesCommand.self, CompareCommand.self,
      TestCommand.self, BatchCommand.self, ServeCommand.self,
    ],
    defaultSubcommand: WizardCommand.self
  )

  /// ArgumentParser's `main`, with what every run needs first and a message that is safe to
  /// print: SIGPIPE ignored (a print command or a reader that leaves early must not kill the
  /// program, least of all with the terminal in raw mode: writes then fail with EPIPE); a kiosk
  /// started again with crash reports that never offer the interactive debugger; error
  /// messages, which may echo a profile's or a case's text, stripped of control characters;
  /// and the sysexits status of a `CommandFailure`.
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    KioskBacktrace.restartWithoutInteractiveCrashesIfNeeded()
    // A plain `evaluate` runs before ArgumentParser is started (see `FastEvaluate`); any
    // failure there goes the ordinary way below, with its message and status.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let fast = FastEvaluate.parse(arguments), fast.profile != "-",
      let output = FastEvaluate.run(fast)
    {
      EvaluateCommand.write(output)
      return
    }
    do {
      var command = try parseAsRoot(nil)
      try command.run()
    } catch {
      let exitCode = exitCode(for: error)
      let message = fullMessage(for: error).terminalSafe(keepingNewlines: true)
      let status = (error as? CommandFailure)?.status ?? exitCode.rawValue
      if !message.isEmpty {
        if exitCode == .success {
          Swift.print(message)
        } else {
          let bytes = Array((message + "\n").utf8)
          _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
      }
      Foundation.exit(status)
    }
  }
}
