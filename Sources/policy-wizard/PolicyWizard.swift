import ArgumentParser
import Foundation
import PolicyEngine
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

      Exit status: \(FailureKind.helpLine).

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
  /// program, least of all with the terminal in raw mode: writes then fail with EPIPE, which
  /// `StandardOutput.finish` reports); a kiosk started again with crash reports that never
  /// offer the interactive debugger; a misspelt subcommand answered with the one meant; error
  /// messages, which may echo a profile's or a case's text, stripped of control characters and
  /// in the command's language; and the status of the failure's class (`FailureKind`).
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    KioskSignals.ignoreKeyboardSignalsIfKiosk()
    KioskBacktrace.restartWithoutInteractiveCrashesIfNeeded()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      // A plain `evaluate` runs before ArgumentParser is started (see `FastEvaluate`); any
      // failure there goes the ordinary way below, with its message and status.
      if let fast = FastEvaluate.parse(arguments), fast.profile != "-",
        let output = FastEvaluate.run(fast)
      {
        try StandardOutput.write(output)
        return
      }
      if let misspelt = CommandSuggestion.failure(for: arguments) { throw misspelt }
      var command = try parseAsRoot(nil)
      try command.run()
      try StandardOutput.finish()
    } catch let failure as CommandFailure {
      report(failure, arguments: arguments)
    } catch {
      // A `CommandFailure` thrown by a `validate()` reaches here inside ArgumentParser's own
      // (internal) error type.
      if let failure = CommandFailure.within(error) { report(failure, arguments: arguments) }
      let exitCode = exitCode(for: error)
      var message = fullMessage(for: error)
      var status = exitCode.rawValue
      // ArgumentParser gives 1 to every error it does not know; 1 is kept for "the checks
      // found failures" (`ExitCode(FailureKind.checksFailed.status)`), so an unforeseen error
      // is an internal one.
      if exitCode == .failure, !(error is ExitCode) {
        status = FailureKind.internalError.status
        let reason = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        message = "Error: internal error (please report it): \(reason)"
      }
      if exitCode == .success {
        // --help, --version, a completion script: output, checked like any other.
        StandardOutput.append(message + "\n")
        do {
          try StandardOutput.finish()
        } catch {
          report(error, arguments: arguments)
        }
        Foundation.exit(status)
      }
      // `test` and `batch` end with ExitCode(1) after printing: that output is checked too.
      do {
        try StandardOutput.finish()
      } catch {
        report(error, arguments: arguments)
      }
      exit(writingError: message, status: status)
    }
  }

  /// Prints the failure's message in the command's language and exits with its status.
  private static func report(_ failure: CommandFailure, arguments: [String]) -> Never {
    let language = FailureLanguage.of(arguments: arguments, configured: failure.configuredLanguage)
    let prefix = CommandFailure.errorPrefix(in: language)
    exit(writingError: prefix + failure.message(in: language), status: failure.status)
  }

  /// Writes `message` to standard error (made safe for a terminal) and exits with `status`.
  private static func exit(writingError message: String, status: Int32) -> Never {
    // What was printed before the failure (the ids `cases save` saved first) still goes out.
    StandardOutput.flush()
    let safe = message.terminalSafe(keepingNewlines: true)
    if !safe.isEmpty {
      let bytes = Array((safe + "\n").utf8)
      _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    Foundation.exit(status)
  }
}

/// The language of an error message: `--lang` among the arguments, else the configuration's
/// `language:` (when the failure came after reading it), else the environment's when it names
/// Chinese or English (`zh_CN.UTF-8`, `en_GB`); in the C/POSIX locale, or none, English — the
/// messages' own language, as gettext leaves them there (a script's `LANG=C` gets the words its
/// author searched for).
enum FailureLanguage {
  static func of(
    arguments: [String], configured: Language?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Language {
    explicit(in: arguments) ?? configured ?? fromEnvironment(environment)
  }

  /// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides, as for text; a locale
  /// that is neither Chinese nor English means English.
  static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(code: value) ?? .english
    }
    return .english
  }

  /// `--lang zh`, `--lang=en`; the last one given, as ArgumentParser takes it.
  static func explicit(in arguments: [String]) -> Language? {
    var found: Language?
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument == "--lang", index + 1 < arguments.count {
        found = Language(code: arguments[index + 1]) ?? found
      } else if argument.hasPrefix("--lang=") {
        found = Language(code: String(argument.dropFirst("--lang=".count))) ?? found
      }
    }
    return found
  }
}
