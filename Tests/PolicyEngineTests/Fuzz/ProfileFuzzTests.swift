import DefaultCatalog
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// The fuzz target of issue 10 ("Done when"): random and mutated profiles from a fixed seed,
/// and every input that once broke the program (`FuzzCorpus/`). Each is decoded and, when
/// accepted, evaluated: nothing may crash, every refusal names its field or its place.
@Suite struct ProfileFuzzTests {
  static let seed: UInt64 =
    UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0x5EED_2026_0010
  /// `FUZZ_ROUNDS=20000 swift test --filter FuzzTests` searches longer by hand.
  static let rounds = Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 400
  static let catalog = DefaultCatalog.catalog
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  /// The sample profiles and the worked cases' profiles, as JSON and YAML texts.
  static var seeds: [(name: String, text: String)] {
    var seeds = DefaultCatalog.sampleSources.map { (name: $0.name, text: $0.text) }
    for url in RepositoryFiles.files(in: "Data/cases") {
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      // Each case's profile block, as YAML: the lines after `profile:` that are indented more.
      let lines = text.components(separatedBy: "\n")
      for (index, line) in lines.enumerated()
      where line.trimmingCharacters(in: .whitespaces) == "profile:" {
        let indent = line.prefix { $0 == " " }.count
        let body = lines[(index + 1)...].prefix {
          $0.prefix { $0 == " " }.count > indent || $0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        seeds.append(
          (name: "\(url.lastPathComponent)#\(index).yaml", text: body.joined(separator: "\n")))
      }
    }
    return seeds
  }

  /// The corpus: inputs that once crashed, hung or got a message naming nothing.
  static var corpus: [(name: String, text: String)] {
    FuzzCorpus.files(prefix: "profile-")
      .compactMap { url in
        (try? Data(contentsOf: url)).map {
          (name: url.lastPathComponent, text: String(decoding: $0, as: UTF8.self))
        }
      }
  }

  /// The names a refusal may use to say where: every profile field, and the reader's words
  /// for the whole document.
  static let fieldNames: [String] =
    catalog.facts.map(\.name) + ProfileDecoder.controlFields + ["the document"]

  /// The reader's messages say where as `path: …` (`rd.lastYear: …`, `awards[3]: …`) or
  /// `not valid JSON in path: …`, the path as written, mutated names included.
  static func namesAPath(_ message: String) -> Bool {
    // Compared as scalars: a mutated name may start with a combining mark.
    guard let colon = message.range(of: ": ", options: .literal) else { return false }
    let head = String(message[..<colon.lowerBound])
    if head.hasPrefix("not valid") { return head.range(of: " in ", options: .literal) != nil }
    return !head.isEmpty
  }

  static func check(_ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    do {
      let profile = try ProfileDecoder(catalog: catalog).decode(text, file: file)
      let result = Evaluator(catalog: catalog).evaluate(profile, today: day)
      // Bounded work: an accepted profile is within the limits, so is its result.
      #expect(result.matches.count <= catalog.benefits.count, sourceLocation: sourceLocation)
      for list in profile.values.compactMap({ $0 }) {
        if case .list(let items) = list {
          #expect(items.count <= ProfileDecoder.Limits.listItems, sourceLocation: sourceLocation)
        }
      }
    } catch {
      let named =
        !error.field.isEmpty || fieldNames.contains { error.message.contains($0) }
        || error.message.contains("control character") || namesAPath(error.message)
      #expect(
        named, "the refusal names no field: \(error)\n--- input (\(file)):\n\(text)",
        sourceLocation: sourceLocation)
      #expect(error.line >= 1, "\(error)", sourceLocation: sourceLocation)
    }
  }

  @Test func theCorpusOfOnceFailingProfiles() throws {
    let corpus = Self.corpus
    try #require(corpus.count >= 10, "FuzzCorpus holds the inputs that once failed")
    for (name, text) in corpus { Self.check(text, file: name) }
  }

  @Test func randomAndMutatedProfilesFromAFixedSeed() {
    var random = SplitMix64(seed: Self.seed)
    let seeds = Self.seeds
    #expect(seeds.count >= 10)
    for round in 0..<Self.rounds {
      let base = seeds[Int.random(in: 0..<seeds.count, using: &random)]
      var text = base.text
      for _ in 0...Int.random(in: 0...3, using: &random) {
        text = Mutator.mutate(text, using: &random)
      }
      // Half are read as .json files (JSON only), half by content.
      let file = round.isMultiple(of: 2) ? "fuzz-\(round).json" : "fuzz-\(round)"
      Self.check(text, file: file)
    }
  }

  @Test func randomProfilesBuiltFromFields() {
    var random = SplitMix64(seed: Self.seed ^ 0xF1E1D)
    let values = [
      "0", "1", "-1", "true", "null", "\"new\"", "\"1,5亿\"", "99999999999999999999", "1e3",
      "\"0.8亿\"", "[]", "{}", "[{}]", "[[\"x\"]]", "\"\\ud83d\\ude00\"", "1000000000000",
    ]
    for _ in 0..<200 {
      var pairs = [
        "\"city\": \"\(["hohhot", "ordos", "hulunbuir", "baotou"].randomElement(using: &random)!)\""
      ]
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        let field = Self.fieldNames.randomElement(using: &random)!
        pairs.append("\"\(field)\": \(values.randomElement(using: &random)!)")
      }
      Self.check("{" + pairs.joined(separator: ", ") + "}", file: "built.json")
    }
  }
}
