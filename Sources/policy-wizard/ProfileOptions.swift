import ArgumentParser
import PolicyEngine

/// The profile argument and the options that adjust it, shared by `evaluate`, `report` and
/// `compare`: the file (or `-`), `--as-of` and `--no-drafts`.
struct ProfileOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The profile file, or - for standard input.", valueName: "PROFILE"))
  var profile: String
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Judge the policies on this day.", valueName: "YYYY-MM-DD"))
  var asOf: String?
  @Flag(
    name: .customLong("no-drafts"),
    help: "Leave out draft documents (\(CLIStrings.chinese.drafts)).")
  var noDrafts = false
  @Option(help: ArgumentHelp("The profile's encoding: utf-8 or gb18030.", valueName: "ENCODING"))
  var encoding: InputEncoding = .utf8

  /// Reads the profile and applies the options to it.
  func read(catalog: Catalog) throws -> Profile {
    var profile = try ProfileInput.read(self.profile, catalog: catalog, encoding: encoding)
    if let asOf {
      guard let day = CalendarDay(asOf) else {
        throw CommandFailure(.usage) { $0.notADate("--as-of", asOf) }
      }
      profile.asOf = day
    }
    if noDrafts { profile.includeDrafts = false }
    return profile
  }
}
