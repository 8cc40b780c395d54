import Foundation

/// One file of catalog text, named for messages.
public struct CatalogSource: Sendable {
  public var name: String
  public var text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

/// Every problem found in a catalog, each with file and line.
public struct CatalogProblems: Error, Sendable, CustomStringConvertible {
  public var problems: [InputProblem]
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads catalog files into a checked `Catalog`, reporting every problem rather than the first.
public enum CatalogLoader {
  /// The file that declares the shared facts.
  public static let factsFileName = "facts.yaml"
  /// The one key of `facts.yaml` (a document may declare facts under it too).
  static let factsKey = "facts"

  public static func load(_ sources: [CatalogSource]) throws(CatalogProblems) -> Catalog {
    var problems: [InputProblem] = []
    var parsed: [(source: CatalogSource, root: DataNode)] = []
    for source in sources.sorted(by: { $0.name < $1.name }) {
      do {
        let root = try DataNodeParser.parse(source.text, file: source.name, problems: &problems)
        parsed.append((source, root))
        problems += CatalogRules.check(root, file: source.name)
      } catch {
        problems.append(error)
      }
    }

    // Facts first: documents' conditions refer to them by name.
    var facts: [FactDefinition] = []
    for (source, root) in parsed {
      let isFactsFile = source.name.hasSuffix(factsFileName)
      var reader = NodeReader(file: source.name)
      if isFactsFile {
        reader.checkKeys(root, allowed: [factsKey], "facts.yaml")
      }
      guard let list = root[factsKey] else {
        problems += reader.problems
        continue
      }
      let owner = isFactsFile ? nil : root["id"]?.scalarText
      for definition in reader.factDefinitions(list, firstID: facts.count, owner: owner) {
        if let earlier = facts.first(where: { $0.name == definition.name }) {
          reader.problem(
            list,
            FactsAreDeclaredOnce.message(
              fact: definition.name, alsoBy: earlier.declaredBy ?? factsFileName),
            rule: FactsAreDeclaredOnce.name)
        } else {
          facts.append(definition)
        }
      }
      problems += reader.problems
    }
    let factsFile = sources.map(\.name).first { $0.hasSuffix(factsFileName) } ?? factsFileName
    for required in ["city", "applicant", "rd", "platforms"]
    where !facts.contains(where: { $0.name == required }) {
      problems.append(
        RequiredFactsAreDeclared.problem(
          RequiredFactsAreDeclared.message(fact: required), file: factsFile, at: .start))
    }

    var documents: [PolicyDocument] = []
    let table = FactTable(facts: facts)
    for (source, root) in parsed where !source.name.hasSuffix(factsFileName) {
      var reader = NodeReader(file: source.name, facts: table)
      if let document = reader.document(root) {
        if documents.contains(where: { $0.id == document.id }) {
          reader.problem(
            root["id"] ?? root, DocumentIDsAreUnique.message(id: document.id),
            rule: DocumentIDsAreUnique.name)
        } else {
          documents.append(document)
        }
      }
      problems += reader.problems
    }
    // The links that make benefits compete for the same thing (docs/combination.md).
    SubjectsLinkDocumentsOfOneCity.check(documents, into: &problems)
    SameThingAsNamesABenefit.check(documents, into: &problems)
    let errors = problems.filter { $0.severity == .error }
    guard errors.isEmpty else { throw CatalogProblems(problems: errors) }
    var catalog = Catalog(facts: facts, documents: documents, version: fingerprint(sources))
    catalog.warnings = problems.filter { $0.severity != .error }
    return catalog
  }

  /// Loads every `.yaml`/`.yml` file of a directory.
  public static func load(directory: URL) throws(CatalogProblems) -> Catalog {
    let files: [URL]
    do {
      files = try FileManager.default.contentsOfDirectory(
        at: directory, includingPropertiesForKeys: nil)
    } catch {
      throw CatalogProblems(problems: [
        InputProblem(file: directory.path, line: 0, message: "cannot read the catalog directory")
      ])
    }
    var sources: [CatalogSource] = []
    var unreadable: [InputProblem] = []
    for file in files.sorted(by: { $0.path < $1.path })
    where ["yaml", "yml"].contains(file.pathExtension) {
      guard let data = FileManager.default.contents(atPath: file.path) else {
        unreadable.append(
          FilesAreReadable.problem(FilesAreReadable.message, file: file.path, at: .start))
        continue
      }
      do {
        sources.append(
          CatalogSource(name: file.path, text: try DataNodeParser.text(of: data, file: file.path)))
      } catch {
        unreadable.append(error)
      }
    }
    guard unreadable.isEmpty else {
      // The other files are still checked, unless the facts themselves could not be read.
      let factsUnreadable = unreadable.contains { $0.file.hasSuffix(factsFileName) }
      var others: [InputProblem] = []
      if !factsUnreadable, !sources.isEmpty {
        do { _ = try load(sources) } catch { others = error.problems }
      }
      throw CatalogProblems(problems: unreadable + others)
    }
    if sources.isEmpty {
      throw CatalogProblems(problems: [
        InputProblem(
          file: directory.path, line: 0, message: "no .yaml files in the catalog directory")
      ])
    }
    return try load(sources)
  }

  /// FNV-1a over the sources' text: stable across runs and machines.
  static func fingerprint(_ sources: [CatalogSource]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for source in sources.sorted(by: { $0.text < $1.text }) {
      for byte in source.text.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16)
  }
}

/// The facts by name, for compiling conditions.
struct FactTable {
  var facts: [FactDefinition]
  var byName: [String: FactDefinition]

  init(facts: [FactDefinition]) {
    self.facts = facts
    self.byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
  }
}
