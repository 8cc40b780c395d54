import DefaultCatalog
import PolicyEngine

/// What `policy-wizard --version` prints: the program's version, then the built-in catalog's
/// version (the fingerprint saved with cases and reports) and date (its newest document's).
enum VersionText {
  static let program = "0.9.0"

  static var full: String {
    let catalog = DefaultCatalog.catalog
    let date = catalog.date.map { " (\($0))" } ?? ""
    return "policy-wizard \(program)\ncatalog \(catalog.version)\(date)"
  }

  /// The text ArgumentParser prints for `--version`. The catalog is loaded only when the
  /// arguments ask for the version, so that no other command pays for it.
  static var forConfiguration: String {
    CommandLine.arguments.dropFirst().contains("--version") ? full : "policy-wizard \(program)"
  }
}
