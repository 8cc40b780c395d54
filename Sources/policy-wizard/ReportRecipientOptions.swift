import ArgumentParser
import Foundation
import Reports

/// `--consultant NAME` and `--config FILE`: who prepared a report. Without `--consultant` the
/// name is `helpDesk.consultant` of the configuration file (the default file may be missing).
struct ConsultantOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The consultant named on the report (default: helpDesk.consultant of the configuration).",
      valueName: "NAME"))
  var consultant: String?
  @Option(
    help: ArgumentHelp(
      "Configuration file (default: $XDG_CONFIG_HOME/policy-wizard/config.yaml).",
      valueName: "FILE"))
  var config: String?

  /// The consultant's name; the configuration is read only when `--consultant` is not given.
  func name() throws -> String? {
    if let consultant { return consultant }
    return try WizardConfiguration.load(path: config).consultant
  }
}
