import ArgumentParser
import Foundation
import PolicyEngine

struct WizardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wizard", abstract: "Open the full-screen wizard (the default).")

  @Option(help: ArgumentHelp("Open with this profile's answers filled in.", valueName: "FILE")) var profile: String?
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let initial = try profile.map { try ProfileInput.read($0, catalog: catalog) }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CommandFailure(
        "the wizard needs a terminal (standard input and output are not a TTY); for scripts use `policy-wizard evaluate PROFILE`"
      )
    }
    var session = try WizardSession(catalog: catalog, profile: initial)
    session.run()
  }
}
