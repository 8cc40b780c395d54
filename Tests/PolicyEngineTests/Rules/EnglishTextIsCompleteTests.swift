import DefaultCatalog
import PolicyEngine
import Testing

/// `EnglishTextIsComplete`: every Chinese text a user reads has an English version without
/// Chinese in it; a warning that never stops the catalog from loading.
@Suite struct EnglishTextIsCompleteTests {
  /// The findings of the rule in the snippet's own file (the fixtures' facts are Chinese only).
  static func findings(_ snippet: MarkedText) -> [InputProblem] {
    problems(ofDocument: snippet, english: true).filter {
      $0.rule == "EnglishTextIsComplete" && $0.file == "doc.yaml"
    }
  }

  static func translatedDocument(benefits: String) -> String {
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
          departments: [Municipal Science and Technology Bureau, Municipal Finance Bureau]
        benefits:
    \(benefits)
    """
  }

  @Test func aCompleteDocumentHasNoFinding() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - id: a
                  title: 甲
                  kind: nonMonetary
                  note: 说明。
                  en: { title: Priority in land use, note: Ask the bureau first. }
          """))
    #expect(Self.findings(snippet).isEmpty, "\(Self.findings(snippet))")
  }

  @Test func aMissingKeyIsExactlyThatFindingAtTheBlock() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - id: a
                  title: 甲
                  kind: nonMonetary
                  note: 说明。
                  en: 1️⃣{ title: Priority in land use }
          """))
    let found = Self.findings(snippet)
    #expect(found.map(\.position) == [snippet.markers["1️⃣"]!], "\(found)")
    #expect(found.map(\.message) == ["benefit 'a' has no English note (en: note)"])
    #expect(found.allSatisfy { $0.severity == .warning })
  }

  @Test func aNodeWithoutEnglishIsPlacedAtTheNode() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - 1️⃣id: a
                  title: 甲
                  kind: nonMonetary
          """))
    let found = Self.findings(snippet)
    #expect(found.map(\.position) == [snippet.markers["1️⃣"]!])
    #expect(found.map(\.message) == ["benefit 'a' has no English title (en: title)"])
  }

  @Test func anEnglishTextBesideNoChineseIsReported() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - id: a
                  title: 甲
                  kind: nonMonetary
                  en: { title: Priority in land use, note: 1️⃣Ask the bureau first. }
          """))
    let found = Self.findings(snippet)
    #expect(found.map(\.position) == [snippet.markers["1️⃣"]!], "\(found)")
    #expect(
      found.map(\.message) == [
        "benefit 'a' has an English note (en: note) but no Chinese note: add the Chinese or remove the English"
      ])
  }

  @Test func chineseInEnglishTextIsPlacedAtTheText() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - id: a
                  kind: money
                  title: 甲
                  amount: { fixed: 10万 }
                  en: { title: 1️⃣Award of 10万 }
          """))
    expectProblems(
      Self.findings(snippet), rule: "EnglishTextIsComplete", at: [snippet.markers["1️⃣"]!],
      containing: "contains '万'")
  }

  @Test func anAmountInWordsIsPlacedAtTheText() {
    let snippet = MarkedText(
      Self.translatedDocument(
        benefits: """
                - id: a
                  kind: money
                  title: 甲
                  amount: { fixed: 300万 }
                  en: { title: 1️⃣Award of 3 Million }
                - id: b
                  kind: money
                  title: 乙（300万元）
                  amount: { fixed: 300万 }
                  en: { title: "Award of CNY 3,000,000, paid to millionaires' firms" }
          """))
    expectProblems(
      Self.findings(snippet), rule: "EnglishTextIsComplete", at: [snippet.markers["1️⃣"]!],
      containing: "writes an amount with 'Million'")
  }

  @Test func everyEnumValueNeedsAnEnglishLabel() {
    let snippet = MarkedText(
      """
      \(Fixtures.translatedDocumentHead)
      facts:
        - name: stage
          type: enum
          values: [seed, growth]
          valueLabels: { seed: 初创期, growth: 成长期 }
          label: 阶段
          question: 处于哪个阶段？
          en:
            label: Stage
            question: Which stage is the enterprise at?
            valueLabels: 1️⃣{ seed: Seed stage }
        - name: parts
          type: list
          label: 部件
          question: 部件？
          en: { label: Parts, question: Which parts? }
          fields:
            - 2️⃣{ name: kind, type: enum, values: [a], label: 类 }
      articles:
        - article: 1
          title: 第一条
          text: 支持。
          en: { title: Article one }
          benefits:
            - { id: a, title: 甲, kind: nonMonetary, en: { title: Support } }
      """)
    let found = Self.findings(snippet)
    #expect(
      found.map(\.message) == [
        "fact 'stage' has no English label for value 'growth' (en: valueLabels: growth)",
        "field 'kind' of 'parts' has no English label (en: label)",
        "field 'kind' of 'parts' has no English label for value 'a' (en: valueLabels: a)",
      ])
    #expect(
      found.map(\.position) == [
        snippet.markers["1️⃣"]!, snippet.markers["2️⃣"]!, snippet.markers["2️⃣"]!,
      ])
  }

  @Test func aChineseOnlyEditStillLoads() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(
        articleCount: "1",
        articles: """
            - article: 1
              title: 示例
              text: \(articleTextLead)支持。
              benefits:
                - { id: a, title: 示例, kind: nonMonetary }
          """))
    #expect(catalog.warnings.contains { $0.rule == "EnglishTextIsComplete" })
    #expect(CatalogAudit(catalog: catalog).problems().isEmpty)
  }

  @Test func shippedCatalogIsTranslated() {
    let untranslated = DefaultCatalog.yamlCatalog.warnings.filter {
      $0.rule == "EnglishTextIsComplete"
    }
    #expect(
      untranslated.isEmpty,
      "\(untranslated.count) finding(s):\n\(untranslated.map(\.description).joined(separator: "\n"))"
    )
  }
}
