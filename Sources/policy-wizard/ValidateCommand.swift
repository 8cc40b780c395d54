import ArgumentParser
import Foundation
import PolicyEngine

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check a catalog directory; report every problem with file and line.")

  @Argument(help: "The catalog directory (default: Data/catalog).") var directory: String = "Data/catalog"

  func run() throws {
    do {
      let catalog = try CatalogLoader.load(directory: URL(fileURLWithPath: directory))
      let problems = CatalogAudit(catalog: catalog).problems()
      guard problems.isEmpty else {
        for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
        throw CommandFailure("\(problems.count) problem(s) in \(directory)")
      }
      let articles = catalog.documents.reduce(0) { $0 + $1.articles.count }
      let benefits = catalog.benefits.count
      print("\(directory): \(catalog.documents.count) documents, \(articles) articles, \(benefits) benefits, \(catalog.facts.count) facts — no problems.")
    } catch let error as CatalogProblems {
      for problem in error.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
      throw CommandFailure("\(error.problems.count) problem(s) in \(directory)")
    }
  }
}
