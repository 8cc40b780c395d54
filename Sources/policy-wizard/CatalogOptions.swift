import ArgumentParser
import DefaultCatalog
import Foundation
import PolicyEngine

/// `--data DIR`: use another catalog than the one built into the binary.
struct CatalogOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use the catalog in DIR instead of the built-in one.", valueName: "DIR"))
  var data: String?

  func load() throws -> Catalog {
    guard let data else { return DefaultCatalog.catalog }
    do {
      return try CatalogLoader.load(directory: URL(fileURLWithPath: data))
    } catch {
      throw CommandFailure(
        "the catalog in \(data) has \(error.problems.count) problem(s):\n\(error.description)")
    }
  }
}

/// A failure the user can act on: printed as one clear message, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
