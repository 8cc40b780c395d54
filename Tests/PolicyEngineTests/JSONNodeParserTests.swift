import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// `JSONNodeParser` gives the node Yams gives for the same JSON, lines included, and gives up
/// (nil) on anything else, so that YAML and every error message still come from Yams.
@Suite struct JSONNodeParserTests {
  /// The node as Yams reads it: a trailing YAML comment keeps the JSON reader out.
  static func yams(_ text: String) throws -> DataNode {
    try DataNodeParser.parse(text + " # read by Yams", file: "test")
  }

  static func same(_ a: DataNode, _ b: DataNode) -> Bool {
    switch (a, b) {
    case (.scalar(let x, let l1, let q1), .scalar(let y, let l2, let q2)):
      return x == y && l1 == l2 && q1 == q2
    case (.null(let l1), .null(let l2)): return l1 == l2
    case (.sequence(let x, let l1), .sequence(let y, let l2)):
      return l1 == l2 && x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.mapping(let x, let l1), .mapping(let y, let l2)):
      return l1 == l2 && x.count == y.count
        && zip(x, y).allSatisfy { $0.key == $1.key && same($0.value, $1.value) }
    default: return false
    }
  }

  static let texts: [String] = {
    var texts = DefaultCatalog.sampleSources.map(\.text)
    let catalog = DefaultCatalog.catalog
    // Every worked case's profile, written as the JSON `evaluate` reads.
    for url in RepositoryFiles.files(in: "Data/cases") {
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      guard case .success(let cases) = WorkedCases.cases(in: text, file: url.lastPathComponent)
      else { continue }
      for workedCase in cases {
        guard let node = workedCase.node["profile"],
          let profile = try? ProfileDecoder(catalog: catalog).decode(node)
        else { continue }
        texts.append(ProfileEncoder(catalog: catalog).json(profile))
      }
    }
    return texts + [
      #"{"city": "hohhot", "enterpriseName": "a \"b\" \\ \/ \n\t\u4e2d\u00e9 中"}"#,
      "{\r\n  \"a\": [1, -2, 3.5, -0, 1e5, 2E-3, true, false, null],\r\n  \"b\": {}\r\n}",
      "[\n\n  {\"x\": [\n[]\n]}\n]",
      "\"just text\"", "12", "null", "true",
    ]
  }()

  @Test func givesTheNodeYamsGives() throws {
    #expect(Self.texts.count > 40)
    for text in Self.texts {
      let fast = try #require(JSONNodeParser.parse(text), "\(text)")
      #expect(Self.same(fast, try Self.yams(text)), "\(text)")
    }
  }

  @Test func leavesEverythingElseToYams() {
    for text in [
      "city: hohhot", "{city: hohhot}", "{\"a\": 1} # comment", "{\"a\":\t1}", "{\"a\": 01}",
      "{\"a\": 1,}", "{\"a\": \"\\ud83d\\ude00\"}", "{\"a\": \"x\ty\"}", "\u{FEFF}{\"a\": 1}",
      "{\"a\": 1}\r", "{\"a\": \"\u{7F}\"}", "{\"a\": \"\u{85}\"}", "", "{\"a\": 1} {}",
      "{\"a\": .5}", "{\"a\": 1.}", "{\"a\": \"\\x41\"}", "[1, 2", "{\"a\": ~}",
    ] {
      #expect(JSONNodeParser.parse(text) == nil, "\(text)")
    }
  }

  @Test func compactJSONStillReads() throws {
    // No space after a colon: YAML's reading, through Yams.
    let node = try DataNodeParser.parse(#"{"city":"hohhot"}"#, file: "p")
    #expect(node["city"]?.scalarText == "hohhot")
  }
}
