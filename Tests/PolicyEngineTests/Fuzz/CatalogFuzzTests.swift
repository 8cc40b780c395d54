import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Mutated catalog snippets from a fixed seed, and the catalog inputs that once passed
/// validate or crashed it (`FuzzCorpus/catalog-*`): loading never crashes; every problem is
/// placed (file, line, column) and names its rule; a snippet that loads evaluates.
@Suite struct CatalogFuzzTests {
  static let seed: UInt64 =
    UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0xCA7A_1060_0010
  /// `FUZZ_ROUNDS=20000 swift test --filter FuzzTests` searches longer by hand.
  static let rounds = Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 300

  static let snippet = Fixtures.document(
    articles: """
        - article: 1
          title: 研发投入
          text: 增量1000万元以上的，按增量的5%给予补助，每年最高500万元，连续3年。另给予50万元。
          benefits:
            - id: rd
              title: 研发投入增量后补助
              kind: money
              when:
                - applicant: [enterprise]
                - atLeast: { rd.lastYear: 1000万 }
              amount: { percent: 5%, of: rd.lastYear, cap: 500万, per: year, years: 3 }
            - id: lab
              title: 重点实验室
              kind: money
              when:
                - platform: { type: [keyLab], level: [national], new: true }
              amount: { fixed: 50万 }
            - id: contracts
              title: 技术合同
              kind: money
              when:
                - has: { list: contracts, where: { amount: { above: 0 } } }
              amount: { percent: 5%, ofEach: contracts, field: amount, capEach: 50万, per: year }
      """)

  static var corpus: [(name: String, data: Data)] {
    FuzzCorpus.files(prefix: "catalog-")
      .compactMap { url in (try? Data(contentsOf: url)).map { (url.lastPathComponent, $0) } }
  }

  static let profiles = [
    #"{"city": "hulunbuir", "applicant": "enterprise", "rd": {"lastYear": 1000000000000}, "platforms": [{"type": "keyLab", "level": "national", "new": true}], "contracts": [{"amount": 1000000000000}]}"#,
    #"{"city": "hulunbuir", "applicant": "enterprise", "unknown": ["rd", "platforms", "contracts"]}"#,
  ]

  static func check(_ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    let sources = [
      CatalogSource(name: "fuzz/facts.yaml", text: Fixtures.facts),
      CatalogSource(name: file, text: text),
    ]
    do {
      let catalog = try CatalogLoader.load(sources)
      for problem in CatalogAudit(catalog: catalog).problems() + catalog.warnings {
        expectPlaced(problem, sourceLocation: sourceLocation)
      }
      for json in profiles {
        guard let profile = try? ProfileDecoder(catalog: catalog).decode(json) else { continue }
        _ = Evaluator(catalog: catalog).evaluate(profile, today: Fixtures.day)
      }
    } catch {
      #expect(!error.problems.isEmpty, sourceLocation: sourceLocation)
      for problem in error.problems { expectPlaced(problem, sourceLocation: sourceLocation) }
    }
  }

  static func expectPlaced(_ problem: InputProblem, sourceLocation: SourceLocation) {
    #expect(problem.line >= 1 && problem.column >= 1, "\(problem)", sourceLocation: sourceLocation)
    #expect(
      !problem.rule.isEmpty && !problem.file.isEmpty, "\(problem)", sourceLocation: sourceLocation)
  }

  @Test func theSnippetItselfLoads() throws {
    _ = try Fixtures.catalog(Self.snippet)
  }

  @Test func theCorpusOfOnceFailingCatalogs() throws {
    let corpus = Self.corpus
    try #require(corpus.count >= 5)
    for (name, data) in corpus {
      do {
        Self.check(try DataNodeParser.text(of: data, file: name), file: name)
      } catch {
        Self.expectPlaced(error, sourceLocation: #_sourceLocation)
      }
    }
  }

  @Test func mutatedSnippetsFromAFixedSeed() {
    var random = SplitMix64(seed: Self.seed)
    for round in 0..<Self.rounds {
      var text = Self.snippet
      for _ in 0...Int.random(in: 0...2, using: &random) {
        text = Mutator.mutate(text, using: &random)
      }
      Self.check(text, file: "fuzz/doc-\(round).yaml")
    }
  }
}
