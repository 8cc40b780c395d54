import ArgumentParser
import DefaultCatalog
import Foundation
import PolicyEngine

/// `--data DIR`: use another catalog than the one built into the binary.
struct CatalogOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Use the catalog in DIR instead of the built-in one.", valueName: "DIR"))
  var data: String?

  func load() throws -> Catalog { try Self.load(data: data) }

  static func load(data: String?) throws -> Catalog {
    guard let data else { return DefaultCatalog.catalog }
    return try CatalogCheck.load(directory: data)
  }
}

/// Loads a catalog directory and audits it, so that `validate` and `--data` refuse the same
/// catalogs with the same messages.
enum CatalogCheck {
  static func load(directory: String) throws(CommandFailure) -> Catalog {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      // Nothing to check: missing input (66), not a catalog with problems (65).
      let exists = FileManager.default.fileExists(atPath: directory)
      throw CommandFailure.cannotReadCatalog(directory, exists: exists)
    }
    let url = URL(fileURLWithPath: directory)
    let problems: [InputProblem]
    do {
      let catalog = try CatalogLoader.load(directory: url)
      problems = CatalogAudit(catalog: catalog).problems()
      if problems.isEmpty { return catalog }
    } catch {
      problems = error.problems + auditOfLoadableFiles(in: url, besides: error.problems)
    }
    throw failure(problems, in: directory)
  }

  static func failure(_ problems: [InputProblem], in place: String) -> CommandFailure {
    let sorted = problems.enumerated().sorted { lhs, rhs in
      (lhs.element.file, lhs.element.line, lhs.element.column, lhs.offset) < (
        rhs.element.file, rhs.element.line, rhs.element.column, rhs.offset
      )
    }
    let lines = sorted.map(\.element.description).joined(separator: "\n")
    return CommandFailure.catalogProblems(problems.count, in: place, lines: lines)
  }

  /// The loader stops before the audit when any file has a problem; auditing each document that
  /// loads on its own (with the shared facts) still lists every figure nobody uses.
  private static func auditOfLoadableFiles(in directory: URL, besides known: [InputProblem])
    -> [InputProblem]
  {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let sources = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().compactMap
    {
      name -> CatalogSource? in
      let path = directory.appendingPathComponent(name).path
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      return CatalogSource(name: path, text: String(decoding: data, as: UTF8.self))
    }
    let shared = sources.filter { $0.name.hasSuffix(CatalogLoader.factsFileName) }
    var problems: [InputProblem] = []
    for document in sources where !document.name.hasSuffix(CatalogLoader.factsFileName) {
      guard let catalog = try? CatalogLoader.load(shared + [document]) else { continue }
      for problem in CatalogAudit(catalog: catalog).problems() where !known.contains(problem) {
        problems.append(problem)
      }
    }
    return problems
  }
}
