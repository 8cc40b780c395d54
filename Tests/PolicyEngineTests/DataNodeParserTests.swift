import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// The one reader of profiles, catalogs and the configuration (issue 10, items 7, 11, 19, 20).
@Suite struct DataNodeParserTests {
  func problem(_ text: String, file: String = "test.yaml") -> InputProblem? {
    do {
      _ = try DataNodeParser.parse(text, file: file)
      return nil
    } catch {
      return error
    }
  }

  /// A "billion laughs" smaller than the issue's 445 bytes: nine levels of nine aliases, 9^9
  /// strings when expanded. Refused at the first anchor, before anything is expanded.
  static let laughs = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """

  @Test func billionLaughsIsRefusedAtTheFirstAnchor() throws {
    #expect(Self.laughs.utf8.count <= 445)
    let refused = try #require(problem(Self.laughs))
    #expect(refused.rule == "AliasesAreNotUsed")
    #expect(refused.message.contains("aliases are not allowed"))
    #expect(refused.message.hasPrefix("a:"), "names the field: \(refused.message)")
    #expect((refused.line, refused.column) == (1, 4))
  }

  @Test func anAliasIsRefusedInAProfileNamingTheField() throws {
    let profile = "city: &c hohhot\nenterpriseName: *c\n"
    do {
      _ = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(profile)
      Issue.record("an anchor was accepted")
    } catch {
      #expect(error.message.contains("city"))
      #expect(error.message.contains("aliases are not allowed"))
    }
    let alias = try #require(problem("x: 1\ny: *undefined\n"))
    #expect(alias.rule == "AliasesAreNotUsed")
    #expect(alias.line == 2)
  }

  @Test func aDuplicateKeyIsPlacedAtItsOwnLine() throws {
    let refused = try #require(problem("city: hohhot\nhighTech: new\ncity: ordos\n"))
    #expect(refused.rule == "KeysAreUniqueInMapping")
    #expect((refused.line, refused.column) == (3, 1))
    #expect(refused.message.contains("first at line 1"))
    #expect(!refused.message.contains("hohhot"), "no dump of the file: \(refused.message)")
    let json = try #require(problem(#"{"city": "hohhot",\#n "city": "ordos"}"#))
    #expect((json.line, json.column, json.rule) == (2, 2, "KeysAreUniqueInMapping"))
  }

  @Test func controlCharactersAndBadUTF8ArePlacedAtTheirLine() throws {
    let control = try #require(problem("a: 1\nb: 2\nc: x\u{07}y\n"))
    #expect(control.rule == "TextHasNoControlCharacters")
    #expect((control.line, control.column) == (3, 5))
    #expect(control.message.contains("U+0007"))

    var bytes = Array("a: 1\nb: 中\n".utf8)
    bytes.insert(0xFF, at: bytes.count - 1)
    do {
      _ = try DataNodeParser.parse(data: Data(bytes), file: "bad.yaml")
      Issue.record("invalid UTF-8 was accepted")
    } catch {
      #expect(error.rule == "TextIsValidUTF8")
      #expect((error.file, error.line, error.column) == ("bad.yaml", 2, 5))
    }
  }

  @Test func deepNestingNamesThePlaceAndTheBound() throws {
    let deep = "x: " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
    let yaml = try #require(problem(deep))
    #expect(yaml.rule == "NestingIsShallow")
    #expect(yaml.message.contains("at most \(64)"))
    #expect(yaml.message.hasPrefix("x"), "names the field: \(yaml.message)")
    #expect(!yaml.message.contains("yaml_set_max_nest_level"))
    let json = try #require(
      problem(
        #"{"rd": "# + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
          + "}"))
    #expect(json.rule == "NestingIsShallow")
    #expect(json.message.hasPrefix("rd[0]"))
  }

  @Test func longAndComplexKeysAreRefusedWithAPlainMessage() throws {
    let long = String(repeating: "k", count: 1500)
    let yaml = try #require(problem("\(long): 1\n"))
    #expect(yaml.rule == "KeysAreShort")
    #expect(yaml.message.contains("1024"))
    let json = try #require(problem(#"{"\#(long)": 1}"#))
    #expect(json.rule == "KeysAreShort")
    #expect(json.message.contains("1024"))
    let complex = try #require(problem("rd:\n  ? [a, b]\n  : 1\n"))
    #expect(complex.rule == "KeysAreText")
    #expect(complex.message.hasPrefix("rd:"))
    #expect(complex.line == 2)
  }

  @Test func everyValidJSONDocumentIsRead() throws {
    // What Python's json.dumps writes for an emoji, raw C1 characters, every escape.
    let node = try DataNodeParser.parse(
      #"{"name": "\ud83d\ude00 \u00e9\u4e2d", "c1": "a\#u{85}b\#u{9F}", "e": "\"\\\/\b\f\n\r\t", "n": -1.5e3, "l": [true, false, null], "o": {}}"#,
      file: "p.json")
    #expect(node["name"]?.scalarText == "😀 é中")
    #expect(node["c1"]?.scalarText == "a\u{85}b\u{9F}")
    #expect(node["e"]?.scalarText == "\"\\/\u{08}\u{0C}\n\r\t")
    #expect(node["n"]?.scalarText == "-1.5e3")
    #expect(node["l"].map { if case .sequence(let items, _) = $0 { items.count } else { 0 } } == 3)
    #expect(
      node["l"].flatMap { if case .sequence(let items, _) = $0 { items[2].isNull } else { nil } }
        == true)
    let profile = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
      #"{"city": "hohhot", "applicant": "enterprise", "enterpriseName": "\ud83d\ude00 乳业"}"#)
    #expect(profile.enterpriseName == "😀 乳业")
  }

  @Test(arguments: [
    #"{"a": "\ud83d"}"#, #"{"a": "\ude00"}"#, #"{"a": "\ud83d\u0041"}"#, #"{"a": "\x"}"#,
    "{\"a\": \"tab\there\"}", #"{"a": 01}"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"["a"] x"#,
  ])
  func invalidJSONIsStillRefused(text: String) throws {
    let refused = try #require(problem(text, file: "p.json"), "\(text)")
    #expect(refused.line == 1)
  }

  @Test func yamlInAJSONFileIsRefusedWithAHint() throws {
    let refused = try #require(problem("city: hohhot\n", file: "p.json"))
    #expect(refused.rule == "TextIsJSON")
    #expect(refused.message.contains("name the file .yaml"))
    #expect(
      try DataNodeParser.parse("city: hohhot\n", file: "p.yaml")["city"]?.scalarText == "hohhot")
  }

  @Test func flowStyleYAMLThatIsNotJSONIsStillAProfile() throws {
    let node = try DataNodeParser.parse("{city: hohhot, rd: {lastYear: 5}}", file: "p.yaml")
    #expect(node["city"]?.scalarText == "hohhot")
    #expect(node["rd"]?["lastYear"]?.scalarText == "5")
  }

  @Test func positionsAreLineAndColumn() throws {
    let node = try DataNodeParser.parse("a:\n  b: [1, 2]\n", file: "t.yaml")
    #expect(node["a"]?["b"]?.position == Position(line: 2, column: 6))
    let json = try DataNodeParser.parse("{\n  \"a\": {\"b\": 5}\n}", file: "t.json")
    #expect(json["a"]?["b"]?.position == Position(line: 2, column: 14))
  }
}
