import Foundation
import PolicyEngine
import Testing

/// Issue 18, item 10: catalogs that lose their law are refused. Each test takes the shipped
/// catalog, changes one thing the way an editor, a bad merge or a hostile file would, and
/// loads it as `validate` does: every mutant must be refused, at its file and line.
@Suite struct CatalogMutantTests {
  /// The shipped catalog's files, by name.
  static let shipped: [String: String] = {
    var files: [String: String] = [:]
    for url in RepositoryFiles.files(in: "Data/catalog") {
      files[url.lastPathComponent] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
    return files
  }()

  /// The problems of the shipped catalog with `file` replaced by `text`; empty when it loads.
  static func problems(changing file: String, to text: String) -> [InputProblem] {
    let sources = shipped.map { name, original in
      CatalogSource(name: name, text: name == file ? text : original)
    }
    do {
      let catalog = try CatalogLoader.load(sources)
      return catalog.warnings.filter { $0.severity == .error }
        + CatalogAudit(catalog: catalog).problems()
    } catch {
      return error.problems
    }
  }

  /// `text` with its first line containing `anchor` (after `after`, when given) changed.
  static func replacingLine(
    in text: String, containing anchor: String, after: String? = nil,
    _ change: (String) -> String
  ) throws -> (text: String, line: Int) {
    var lines = text.components(separatedBy: "\n")
    let start = try after.map { marker in
      try #require(lines.firstIndex { $0.contains(marker) }, "no line with '\(marker)'")
    }
    let index = try #require(
      lines[(start ?? 0)...].firstIndex { $0.contains(anchor) }, "no line with '\(anchor)'")
    lines[index] = change(lines[index])
    return (lines.joined(separator: "\n"), index + 1)
  }

  @Test func theShippedCatalogPasses() {
    let found = Self.problems(changing: "", to: "")
    #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
  }

  // MARK: The article's text

  @Test(arguments: [
    #"text: """#, "text: 0", "text: '0'", "text: Lorem ipsum dolor sit amet, unrelated words.",
    "text: 支持科技创新。",
  ])
  func anArticleTextThatIsNotTheLawIsRefused(replacement: String) throws {
    let original = try #require(Self.shipped["ordos-2024.yaml"])
    // Article 1 pays 不低于5亿元 a year: its text is a block scalar starting on the next line.
    var lines = original.components(separatedBy: "\n")
    let article = try #require(lines.firstIndex { $0.hasPrefix("  - article: 1") })
    let text = try #require(lines[article...].firstIndex { $0.hasPrefix("    text:") })
    var end = text + 1
    while end < lines.count, lines[end].hasPrefix("      ") { end += 1 }
    lines.replaceSubrange(text..<end, with: ["    " + replacement])
    let found = Self.problems(changing: "ordos-2024.yaml", to: lines.joined(separator: "\n"))
    let refused = found.filter { $0.rule == "ArticleTextIsTheLaw" }
    #expect(refused.map(\.line) == [article + 1], "\(found)")
    #expect(refused.allSatisfy { $0.file == "ordos-2024.yaml" && $0.message.contains("article 1") })
  }

  @Test func aSumTheTextDoesNotSayIsRefusedAtItsBenefit() throws {
    let original = try #require(Self.shipped["ordos-2024.yaml"])
    // The text keeps its words; only the benefit's sum is changed.
    let changed = try Self.replacingLine(
      in: original, containing: "amount: { fixed: 300万 }", after: "  - article: 17"
    ) { $0.replacingOccurrences(of: "300万", with: "3000万") }
    let found = Self.problems(changing: "ordos-2024.yaml", to: changed.text)
    let refused = found.filter { $0.rule == "ArticleTextIsTheLaw" }
    #expect(refused.count == 1, "\(found)")
    #expect(refused.first?.message.contains("pays 3000万元") == true, "\(found)")
    // The benefit's `- id:` line, a few lines above the amount.
    #expect(refused.first.map { (changed.line - 12)...changed.line ~= $0.line } == true)
  }

  // MARK: The article count

  @Test func regionCutAfterLine413IsRefusedNamingTheLostArticles() throws {
    let original = try #require(Self.shipped["region-2026.yaml"])
    let cut = original.components(separatedBy: "\n").prefix(413).joined(separator: "\n") + "\n"
    let found = Self.problems(changing: "region-2026.yaml", to: cut)
    let refused = found.filter { $0.rule == "ArticlesAreAllPresent" }
    #expect(refused.count == 1, "\(found)")
    let countLine = try #require(
      original.components(separatedBy: "\n").firstIndex { $0.hasPrefix("articleCount:") })
    #expect(refused.first?.line == countLine + 1)
    #expect(refused.first?.message.contains("missing: 13, 14, 15, 16, 17") == true, "\(found)")
  }

  @Test func aDocumentWithoutItsArticleCountIsRefused() throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "articleCount:") { _ in "" }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    #expect(
      found.contains { $0.rule == "ArticlesAreAllPresent" && $0.message.contains("articleCount") },
      "\(found)")
  }

  @Test func anArticleBeyondTheCountIsRefusedAtItsLine() throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "  - article: 15") {
      $0.replacingOccurrences(of: "15", with: "16")
    }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    let refused = found.filter { $0.rule == "ArticlesAreAllPresent" }
    #expect(refused.map(\.line).contains(changed.line), "\(found)")
    #expect(refused.contains { $0.message.contains("missing: 15") }, "\(found)")
  }

  // MARK: Control characters however written

  /// Every kind of invisible or terminal-commanding character, as YAML escapes: the parser
  /// decodes them, so only a check of the values after parsing sees them.
  static let escapedControls = [
    #"\0"#, #"\a"#, #"\b"#, #"\v"#, #"\f"#, #"\r"#, #"\e"#, #"\x1b"#, #"\u001b"#, #"\U0000001b"#,
    #"\x7f"#, #"\x9b"#, #"\u009b"#, #"\N"#, #"\x90"#, #"\x9d"#, #"\L"#, #"\P"#, #"\u202e"#,
    #"\u202a"#, #"\u202d"#, #"\u2066"#, #"\u2069"#, #"\u200f"#, #"\u061c"#, #"\u200b"#,
    #"\e]0;x\a"#, #"\e]52;c;SGVsbG8=\a"#,
  ]

  @Test(arguments: escapedControls)
  func anEscapedControlCharacterIsRefusedAtItsLine(escape: String) throws {
    let original = try #require(Self.shipped["region-2026.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "title:") { line in
      let value = line.dropFirst("title: ".count)
      return "title: \"\(value.prefix(3))\(escape)\(value.dropFirst(3))\""
    }
    let found = Self.problems(changing: "region-2026.yaml", to: changed.text)
    let refused = found.filter { $0.rule == "TextHasNoControlCharacters" }
    #expect(refused.map(\.line) == [changed.line], "\(escape): \(found)")
  }

  /// Typed raw: refused as a character, or — U+2028 and U+0085, which YAML reads as line
  /// breaks — as the broken line they make; either way at its line.
  @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{85}"])
  func aRawInvisibleCharacterIsRefused(character: String) throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "shortName:") {
      $0.replacingOccurrences(of: "2023", with: "20\(character)23")
    }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    let breaksTheLine = ["\u{2028}", "\u{85}"].contains(character)
    #expect(
      found.contains {
        $0.file == "hohhot-2023.yaml"
          && (breaksTheLine
            ? [changed.line, changed.line + 1].contains($0.line)
            : $0.line == changed.line && $0.rule == "TextHasNoControlCharacters")
      },
      "U+\(String(character.unicodeScalars.first!.value, radix: 16)): \(found)")
  }

  @Test func anEscapedControlInAKeyIsRefused() throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "shortName:") {
      $0.replacingOccurrences(of: "shortName:", with: #""short\u202eName":"#)
    }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    #expect(
      found.contains { $0.rule == "TextHasNoControlCharacters" && $0.line == changed.line },
      "\(found)")
  }

  @Test func aTabAndALineFeedWrittenAsEscapesAreAllowed() throws {
    let original = try #require(Self.shipped["region-2026.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "title:") { line in
      "title: \"\(line.dropFirst("title: ".count))\\t\\n\""
    }
    let found = Self.problems(changing: "region-2026.yaml", to: changed.text)
    #expect(found.isEmpty, "\(found)")
  }

  // MARK: Unknown keys, tags, kinds

  @Test func anUnknownTopLevelKeyOfFactsYAMLIsRefused() throws {
    let original = try #require(Self.shipped["facts.yaml"])
    let changed = original + "\nfacst:\n  - { name: extra, type: bool }\n"
    let found = Self.problems(changing: "facts.yaml", to: changed)
    let lines = changed.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.hasPrefix("facst:") }) + 1
    #expect(
      found.contains {
        $0.rule == "KeysAreKnown" && $0.line == line + 1 && $0.file == "facts.yaml"
      },
      "\(found)")
  }

  /// An unknown key put into every kind of mapping the catalog has — each distinct key at each
  /// depth, in block, list-item and flow form — is refused at its line. Each mutant is loaded
  /// with facts.yaml alone (documents do not need each other to have their keys checked).
  @Test func anUnknownKeyIsRefusedInEveryMapping() throws {
    let facts = try #require(Self.shipped[CatalogLoader.factsFileName])
    var tried = 0
    var accepted: [String] = []
    var seen: Set<String> = []
    for (name, original) in Self.shipped.sorted(by: { $0.key < $1.key }) {
      let lines = original.components(separatedBy: "\n")
      let nodeLines = try Self.linesWhereNodesStart(original, file: name)
      let kind = name == CatalogLoader.factsFileName ? "facts" : "document"
      for (index, line) in lines.enumerated() {
        // A key starts a node on its line (`key: value`) or ends it (`key:` then a block);
        // a line of a long text that happens to hold `word:` does neither.
        let trimmed = line.split(separator: "#").first.map(String.init) ?? ""
        guard
          nodeLines.contains(index + 1)
            || trimmed.trimmingCharacters(in: .whitespaces).hasSuffix(":"),
          let mutant = Self.withUnknownKey(line), seen.insert("\(kind) \(mutant.shape)").inserted
        else { continue }
        var changed = lines
        changed[index] = mutant.line
        var sources = [CatalogSource(name: name, text: changed.joined(separator: "\n"))]
        if kind == "document" {
          sources.append(CatalogSource(name: CatalogLoader.factsFileName, text: facts))
        }
        let found: [InputProblem]
        do {
          _ = try CatalogLoader.load(sources)
          found = []
        } catch {
          found = error.problems
        }
        tried += 1
        // The key is placed on the line itself, or on the one inserted before it.
        let refused = found.contains {
          $0.file == name && ($0.line == index + 1 || $0.line == index + 2)
            && $0.message.contains(Self.unknownKey)
        }
        if !refused { accepted.append("\(name):\(index + 1): \(mutant.line)") }
      }
    }
    #expect(tried > 50, "only \(tried) mutants: the catalog's shapes were not found")
    #expect(accepted.isEmpty, "accepted:\n\(accepted.joined(separator: "\n"))")
  }

  /// The lines on which a node of `text` starts.
  static func linesWhereNodesStart(_ text: String, file: String) throws -> Set<Int> {
    var lines: Set<Int> = []
    func walk(_ node: DataNode) {
      lines.insert(node.line)
      switch node {
      case .mapping(let pairs, _): for pair in pairs { walk(pair.value) }
      case .sequence(let items, _): for item in items { walk(item) }
      case .scalar, .null: break
      }
    }
    walk(try DataNodeParser.parse(text, file: file))
    return lines
  }

  static let unknownKey = "zzUnknownKey"

  /// `line` with an unknown key added to the mapping it writes, and the shape of that mapping
  /// (indent, form, key) so that each shape is tried once; nil when the line starts no key.
  static func withUnknownKey(_ line: String) -> (line: String, shape: String)? {
    let indent = line.prefix { $0 == " " }
    var rest = line.dropFirst(indent.count)
    if rest.hasPrefix("#") || rest.isEmpty { return nil }
    let dash = rest.hasPrefix("- ")
    if dash { rest = rest.dropFirst(2) }
    if rest.hasPrefix("{ ") {
      // A flow mapping, as a list item: `- { id: a, … }`.
      let key = rest.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "." }
      return (
        "\(indent)\(dash ? "- " : ""){ \(unknownKey): 1, \(rest.dropFirst(2))",
        "\(indent.count) flow \(key)"
      )
    }
    let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "." }
    guard !key.isEmpty, rest.dropFirst(key.count).hasPrefix(":") else { return nil }
    let value = rest.dropFirst(key.count + 1).drop { $0 == " " }
    if value.hasPrefix("{ ") {
      // `key: { a: 1 }`: the flow mapping of the value.
      return (
        "\(indent)\(dash ? "- " : "")\(key): { \(unknownKey): 1, \(value.dropFirst(2))",
        "\(indent.count) value \(key)"
      )
    }
    if dash {
      // `- key: value` starts a mapping in a list: the unknown key goes first.
      let inner = String(repeating: " ", count: indent.count + 2)
      return ("\(indent)- \(unknownKey): 1\n\(inner)\(rest)", "\(indent.count) item \(key)")
    }
    return ("\(indent)\(unknownKey): 1\n\(line)", "\(indent.count) block \(key)")
  }

  @Test(arguments: ["!!str ", "!custom ", "!!binary "])
  func aYAMLTagIsRefusedAtItsLine(tag: String) throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "shortName:") {
      $0.replacingOccurrences(of: "shortName: ", with: "shortName: \(tag)")
    }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    #expect(
      found.contains { $0.rule == "TagsAreNotUsed" && $0.line == changed.line }, "\(found)")
  }

  @Test func aBenefitWithoutItsKindIsRefusedNotMadeUnstated() throws {
    let original = try #require(Self.shipped["hohhot-2023.yaml"])
    let changed = try Self.replacingLine(in: original, containing: "kind: competitive") { _ in "" }
    let found = Self.problems(changing: "hohhot-2023.yaml", to: changed.text)
    #expect(
      found.contains { $0.rule == "RequiredValuesArePresent" && $0.message.contains("kind") },
      "\(found)")
  }
}
