import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// The catalog compiled at build time (`Sources/DefaultCatalog/compiled/catalog.bin`) is the
/// YAML catalog, and gives the same `evaluate --format json` bytes for every sample and every
/// worked case. `UPDATE_COMPILED_CATALOG=1 swift test --filter CompiledCatalogTests` (what
/// `scripts/compile-catalog.sh` runs) writes the file anew after an edit of `Data/catalog`.
@Suite struct CompiledCatalogTests {
  static let compiledPath = "Sources/DefaultCatalog/compiled/catalog.bin"
  static let today = CalendarDay(year: 2026, month: 6, day: 1)

  /// Every profile the comparison runs: the samples and each worked case's profile.
  static let profiles: [(name: String, node: DataNode)] = {
    var profiles: [(String, DataNode)] = []
    for url in RepositoryFiles.files(in: "Data/samples", extension: "json") {
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      if let node = try? DataNodeParser.parse(text, file: url.lastPathComponent) {
        profiles.append((url.lastPathComponent, node))
      }
    }
    for url in RepositoryFiles.files(in: "Data/cases") {
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      guard case .success(let cases) = WorkedCases.cases(in: text, file: url.lastPathComponent)
      else { continue }
      for workedCase in cases {
        if let profile = workedCase.node["profile"] {
          profiles.append(("\(workedCase.file): \(workedCase.name)", profile))
        }
      }
    }
    return profiles
  }()

  @Test func compiledFileIsTheYAMLCatalog() throws {
    let yaml = DefaultCatalog.yamlCatalog
    let expected = CompiledCatalog.encode(yaml, sourceHash: DefaultCatalog.sourceHash)
    if ProcessInfo.processInfo.environment["UPDATE_COMPILED_CATALOG"] == "1" {
      try Data(expected).write(to: RepositoryFiles.url(Self.compiledPath))
      return
    }
    #expect(
      DefaultCatalog.compiledBytes == expected,
      "the compiled catalog is stale: run scripts/compile-catalog.sh")
    #expect(DefaultCatalog.isCompiledCurrent)
    let onDisk = try Data(contentsOf: RepositoryFiles.url(Self.compiledPath))
    #expect([UInt8](onDisk) == DefaultCatalog.compiledBytes)
  }

  @Test func decodingGivesBackTheCatalog() throws {
    let yaml = DefaultCatalog.yamlCatalog
    let decoded = try CompiledCatalog.decode(CompiledCatalog.encode(yaml, sourceHash: 7))
    #expect(decoded.facts == yaml.facts)
    #expect(decoded.documents == yaml.documents)
    #expect(decoded.version == yaml.version)
    #expect(decoded.benefits == yaml.benefits)
    #expect(CompiledCatalog.sourceHash(of: CompiledCatalog.encode(yaml, sourceHash: 7)) == 7)
  }

  @Test func malformedBytesAreRefused() {
    let bytes = CompiledCatalog.encode(DefaultCatalog.yamlCatalog, sourceHash: 1)
    #expect(throws: CompiledCatalog.Malformed.self) {
      try CompiledCatalog.decode(Array(bytes.dropLast(100)))
    }
    #expect(throws: CompiledCatalog.Malformed.self) {
      try CompiledCatalog.decode(Array("PWCAT".utf8))
    }
    #expect(CompiledCatalog.sourceHash(of: []) == nil)
  }

  @Test func thereAreProfilesToCompare() {
    #expect(Self.profiles.count >= 45)
  }

  /// `evaluate --format json` as EvaluateCommand writes it, for one catalog.
  static func json(_ node: DataNode, catalog: Catalog, foundation: Bool = false) throws -> String {
    let profile = try ProfileDecoder(catalog: catalog).decode(node)
    let evaluator = Evaluator(catalog: catalog)
    let result = evaluator.evaluate(profile, today: today)
    let openQuestions = evaluator.openQuestions(profile, today: today)
    guard foundation else {
      return ResultJSONWriter(explainer: Explainer(catalog: catalog)).json(
        result, profile: profile, openQuestions: openQuestions)
    }
    return EvaluationReport(
      result: result, profile: profile, explainer: Explainer(catalog: catalog),
      openQuestions: openQuestions
    ).foundationJSON()
  }

  @Test func compiledAndYAMLCatalogsGiveTheSameJSON() throws {
    let compiled = DefaultCatalog.catalog
    let embeddedYAML = DefaultCatalog.yamlCatalog
    let directory = try CatalogLoader.load(directory: RepositoryFiles.url("Data/catalog"))
    for (name, node) in Self.profiles {
      let expected = try Self.json(node, catalog: directory)
      #expect(try Self.json(node, catalog: compiled) == expected, "\(name)")
      #expect(try Self.json(node, catalog: embeddedYAML) == expected, "\(name)")
    }
  }

  @Test func jsonTextIsJSONEncodersText() throws {
    let catalog = DefaultCatalog.catalog
    for (name, node) in Self.profiles {
      #expect(
        try Self.json(node, catalog: catalog)
          == Self.json(node, catalog: catalog, foundation: true),
        "\(name)")
    }
  }

  @Test func yuanIsWrittenAsDecimalIs() {
    for fen: Int64 in [0, 1, 9, 10, 11, 99, 100, 101, 110, 12_345, -5, -100, 1_000_000_000_000_00] {
      var text = JSONText()
      text.yuan(Yuan(Money(fen: fen)))
      #expect(text.text == "\(Money(fen: fen).yuanDecimal)", "\(fen)")
    }
  }
}
