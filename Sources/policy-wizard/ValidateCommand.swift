import ArgumentParser
import DefaultCatalog
import Foundation
import PolicyEngine

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a catalog directory; report every problem with file and line.",
    discussion: """
      Example:
        policy-wizard validate Data/catalog
      """)

  static let repositoryCatalog = "Data/catalog"

  @Argument(
    help: ArgumentHelp(
      "The catalog directory (default: Data/catalog when it exists here, else the built-in catalog).",
      valueName: "DIR"))
  var directory: String?

  func run() throws {
    let place: String
    let catalog: Catalog
    if let directory = directory ?? existingRepositoryCatalog {
      place = directory
      catalog = try CatalogCheck.load(directory: directory)
    } else {
      // Run outside the repository: the catalog this binary carries is the one to check.
      place = "built-in catalog"
      catalog = DefaultCatalog.catalog
      let problems = CatalogAudit(catalog: catalog).problems()
      guard problems.isEmpty else { throw CatalogCheck.failure(problems, in: place) }
    }
    let articles = catalog.documents.reduce(0) { $0 + $1.articles.count }
    print(
      "\(place): \(catalog.documents.count) documents, \(articles) articles, "
        + "\(catalog.benefits.count) benefits, \(catalog.facts.count) facts — no problems.")
    // Warnings do not fail the check; they are part of its report.
    for warning in catalog.warnings { print(warning.description) }
  }

  private var existingRepositoryCatalog: String? {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(
      atPath: Self.repositoryCatalog, isDirectory: &isDirectory)
    return exists && isDirectory.boolValue ? Self.repositoryCatalog : nil
  }
}
