import PolicyEngine
import Testing

/// The loader reads `en:` blocks into `Translation` and `EnumValues.englishLabels`, refuses what
/// does not fit the Chinese beside it, and the compiled form carries it all.
@Suite struct CatalogTranslationTests {
  static let facts = """
    facts:
      - name: stage
        type: enum
        values: [seed, growth]
        valueLabels: { seed: 初创期, growth: 成长期 }
        label: 阶段
        question: 处于哪个阶段？
        help: 按注册年限。
        en:
          label: Stage
          question: Which stage is the enterprise at?
          help: By years since registration.
          valueLabels: { seed: Seed stage, growth: Growth stage }
      - name: staff
        type: count
        label: 职工人数
        unit: 人
        en: { label: Staff, question: How many staff?, unit: people }
      - name: parts
        type: list
        label: 部件
        en: { label: Parts, question: Which parts? }
        fields:
          - name: kind
            type: enum
            values: [a, b]
            label: 类
            en: { label: Kind, valueLabels: { a: Kind A, b: Kind B } }
    """

  static func document(articleEnglish: String = "", benefitEnglish: String = "") -> String {
    """
    \(Fixtures.translatedDocumentHead)
    articles:
      - article: 1
        title: 第一条
        section: 一、总则
        departments: [市科技局, 市财政局]
        text: 支持。
        en:
          title: Article one
          section: 1. General provisions
          \(articleEnglish.isEmpty ? "departments: [Science Bureau, Finance Bureau]" : articleEnglish)
        benefits:
          - id: a
            title: 甲
            kind: nonMonetary
            note: 说明。
            sameThingAs: [1/b]
            sameThingNote: 同一事项。
            en:
              title: Land priority
              note: Ask first.
              sameThingNote: The same support.
              \(benefitEnglish)
          - { id: b, title: 乙, kind: nonMonetary }
    """
  }

  static func load(_ document: String) throws(CatalogProblems) -> Catalog {
    try CatalogLoader.load([
      CatalogSource(name: "facts.yaml", text: Fixtures.facts + "\n" + facts.dropFirst(7)),
      CatalogSource(name: "doc.yaml", text: document),
    ])
  }

  @Test func enBlocksAreRead() throws {
    let catalog = try Self.load(Self.document())
    let document = try #require(catalog.document("test"))
    #expect(
      document.english
        == Translation(
          title: "A test document", shortName: "Test",
          issuer: "Test Municipal People's Government"))
    #expect(document.shortName(in: .english) == "Test")
    let article = try #require(document.article(1))
    #expect(
      article.english
        == Translation(
          title: "Article one", section: "1. General provisions",
          departments: ["Science Bureau", "Finance Bureau"]))
    #expect(article.departments(in: .english) == ["Science Bureau", "Finance Bureau"])
    #expect(article.departments(in: .chinese) == ["市科技局", "市财政局"])
    #expect(
      article.benefits[0].english
        == Translation(
          title: "Land priority", note: "Ask first.", sameThingNote: "The same support."))
    #expect(article.benefits[1].english == nil)
    #expect(article.benefits[1].title(in: .english) == "乙")

    let stage = try #require(catalog.fact(named: "stage"))
    #expect(
      stage.english
        == Translation(
          label: "Stage", question: "Which stage is the enterprise at?",
          help: "By years since registration."))
    guard case .enumeration(let values) = stage.type else {
      Issue.record("stage is not an enum")
      return
    }
    #expect(values.englishLabels == ["seed": "Seed stage", "growth": "Growth stage"])
    #expect(values.label(1, in: .english) == "Growth stage")
    #expect(values.label(1, in: .chinese) == "成长期")
    #expect(catalog.fact(named: "staff")?.unit(in: .english) == "people")
    let kind = try #require(catalog.fact(named: "parts")?.type.fields.first)
    #expect(kind.label(in: .english) == "Kind")
    guard case .enumeration(let kinds) = kind.type else {
      Issue.record("kind is not an enum")
      return
    }
    #expect(kinds.label(0, in: .english) == "Kind A")
  }

  @Test func theCompiledFormCarriesTheTranslations() throws {
    let catalog = try Self.load(Self.document())
    let decoded = try CompiledCatalog.decode(CompiledCatalog.encode(catalog, sourceHash: 1))
    #expect(decoded.facts == catalog.facts)
    #expect(decoded.documents == catalog.documents)
    #expect(decoded.document("test")?.article(1)?.benefits[0].english?.sameThingNote != nil)
  }

  /// Equatable sees the English: a compiled form that dropped it would not compare equal.
  @Test func theEnglishIsPartOfEquality() throws {
    let catalog = try Self.load(Self.document())
    var changed = catalog.documents[0]
    changed.articles[0].benefits[0].english?.note = "Ask later."
    #expect(changed != catalog.documents[0])
  }

  @Test func anUnknownKeyInEnIsRefusedWithItsLine() {
    let snippet = MarkedText(Self.document(benefitEnglish: "titel: 1️⃣Typo"))
    do {
      _ = try Self.load(snippet.text)
      Issue.record("an unknown key in en: was accepted")
    } catch {
      expectProblems(
        error.problems, rule: "KeysAreKnown", at: [snippet.markers["1️⃣"]!],
        containing: "unknown key 'titel' in en: of a benefit")
    }
  }

  @Test func departmentsOfAnotherLengthAreRefused() {
    let snippet = MarkedText(Self.document(articleEnglish: "departments: 1️⃣[Science Bureau]"))
    do {
      _ = try Self.load(snippet.text)
      Issue.record("a departments list of another length was accepted")
    } catch {
      expectProblems(
        error.problems, rule: "CatalogFormat", at: [snippet.markers["1️⃣"]!],
        containing: "lists 1 unit(s), the Chinese departments 2")
    }
  }

  @Test func aValueLabelForNoValueIsRefused() {
    let snippet = MarkedText(
      Fixtures.facts + """

          - name: size
            type: enum
            values: [small, large]
            en: { label: Size, question: Size?, valueLabels: { small: Small, huge: 1️⃣Huge } }
        """)
    do {
      _ = try CatalogLoader.load([CatalogSource(name: "facts.yaml", text: snippet.text)])
      Issue.record("a value label for no value was accepted")
    } catch {
      expectProblems(
        error.problems, rule: "CatalogFormat", at: [snippet.markers["1️⃣"]!],
        containing: "en: valueLabels names 'huge', which is not a value of 'size'")
    }
  }

  @Test func valueLabelsOfAFactThatIsNoEnumAreRefused() {
    let snippet = MarkedText(
      Fixtures.facts + """

          - name: employees
            type: count
            en: { label: Employees, question: How many?, valueLabels: 1️⃣{ few: Few } }
        """)
    do {
      _ = try CatalogLoader.load([CatalogSource(name: "facts.yaml", text: snippet.text)])
      Issue.record("value labels of a count were accepted")
    } catch {
      expectProblems(
        error.problems, rule: "CatalogFormat", at: [snippet.markers["1️⃣"]!],
        containing: "en: valueLabels of 'employees', which is a count, not an enum")
    }
  }

  @Test func aControlCharacterInEnglishTextIsRefused() {
    let text = Self.document(benefitEnglish: "").replacingOccurrences(
      of: "Ask first.", with: "Ask\u{1B}[2J first.")
    do {
      _ = try Self.load(text)
      Issue.record("a control character in an English text was accepted")
    } catch {
      #expect(error.problems.map(\.rule) == ["TextHasNoControlCharacters"])
    }
  }
}
