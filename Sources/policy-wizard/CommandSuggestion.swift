import ArgumentParser
import PolicyEngine

/// `policy-wizard evalute p.json`: the root command's default subcommand (the wizard) takes no
/// words, and neither do the defaults of `cases` and `policies` (`list`), so a word where a
/// subcommand is expected is a misspelt subcommand. ArgumentParser would hand it to the default
/// and answer "2 unexpected arguments" with the wizard's usage; this says which subcommand was
/// meant (`Suggestion`, by edit distance) and lists them all. (Misspelt options get
/// ArgumentParser's own "Did you mean '--format'?".)
enum CommandSuggestion {
  static func failure(for arguments: [String]) -> CommandFailure? {
    var command: any ParsableCommand.Type = PolicyWizard.self
    var path = ["policy-wizard"]
    for argument in arguments {
      // Options (and their values) come after the subcommands; `help` is ArgumentParser's.
      if argument.hasPrefix("-") || argument == "help" { return nil }
      let subcommands = command.configuration.subcommands
      guard !subcommands.isEmpty else { return nil }
      let names = subcommands.map { $0._commandName }
      guard let next = subcommands.first(where: { $0._commandName == argument }) else {
        let place = path.joined(separator: " ")
        // (`PolicyWizard.main` strips what a terminal would obey from every message.)
        let word = argument
        let list = names.joined(separator: ", ")
        guard let meant = Suggestion.closest(to: argument, among: names) else {
          return CommandFailure.unknownCommand(word, in: place, commands: list)
        }
        return CommandFailure.misspeltCommand(word, in: place, meant: meant, commands: list)
      }
      command = next
      path.append(argument)
    }
    return nil
  }
}
