import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The wizard in English: whole screens at 80×24, amounts as `CNY …` read off the panel, sums
/// typed in yuan, and no Chinese in the interface's own words.
/// (Screens with the shipped catalog show its English texts where it has them, its Chinese
/// ones where it has not yet.)
@Suite struct EnglishScreenTests {
  static let size = Size(width: 80, height: 24)

  /// The Hulunbuir worked case in English, up to the platforms question: the same answers as
  /// `answerHulunbuirEnterprise`, the sums typed in yuan (28,000,000 is the Chinese 2800万).
  private func hulunbuir(mode: WizardMode = .helpDesk) -> WizardDriver {
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, mode: mode, language: .english)
    if mode.isKiosk { wizard.press(.enter) }
    wizard.answerInYuan()
    return wizard
  }

  @Test func question() {
    let wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, language: .english)
    Snapshot.expect(wizard.styledLines(), named: "english-first-screen-80x24")
  }

  /// The R&D question with its sums in yuan and the result beside it in `CNY`.
  @Test func panelWithAmounts() {
    var wizard = hulunbuir()
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "rd")
    #expect(wizard.rdFields == [2_800_000_000, 2_000_000_000], "28,000,000 yuan is 2800万")
    let screen = wizard.screenText()
    #expect(screen.contains("CNY 500,000"), "\(screen)")
    #expect(!screen.contains("万") && !screen.contains("亿"), "\(screen)")
    // The field shows what the user typed, in yuan, and echoes it in the engine's wording.
    #expect(
      wizard.row(containing: "[28,000,000")?.contains("= CNY 28,000,000") == true, "\(screen)")
    Snapshot.expect(wizard.styledLines(), named: "english-hulunbuir-rd-80x24")
  }

  @Test func helpOverlay() {
    var wizard = hulunbuir()
    wizard.press(.character("?"))
    Snapshot.expect(wizard.styledLines(), named: "english-help-80x24")
  }

  /// The kiosk's result screen, with its touch bar and the take-home button.
  @Test func kioskResult() {
    var wizard = hulunbuir(mode: .kiosk(KioskSettings()))
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil)
    Snapshot.expect(wizard.styledLines(), named: "english-kiosk-result-80x24")
  }

  /// A kiosk names the catalog's relative years: the phrase stays, the year follows it.
  @Test func kioskNamesTheYears() {
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, mode: .kiosk(KioskSettings()),
      language: .english)
    wizard.press(.enter)
    wizard.type("7")
    wizard.type("1")
    wizard.type("2")
    wizard.press(.enter)
    let screen = wizard.screenText()
    #expect(screen.contains("R&D expenditure last year (2025)"), "\(screen)")
    #expect(screen.contains("the year before (2024)"), "\(screen)")
    #expect(!screen.contains("(2024) (2024)"), "\(screen)")
  }

  /// The comparison of cities at 80 columns: every total whole (an English range is wide), the
  /// note wrapped rather than cut.
  @Test func comparisonShowsEveryAmountWhole() throws {
    let source = try #require(DefaultCatalog.sampleSources.first { $0.name.contains("hulunbuir") })
    let profile = try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(source.text)
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, profile: profile, language: .english)
    wizard.press(.character("c"))
    #expect(wizard.state.modal == .compare)
    let screen = wizard.screenText()
    let explainer = Explainer(catalog: wizard.catalog, language: .english)
    let rows = CityComparison(catalog: wizard.catalog).rows(profile, today: testDay)
    #expect(rows.count > 2)
    for row in rows {
      let totals = row.result.totals
      let total = explainer.sum(MoneyRange(min: totals.min, max: totals.max))
      #expect(screen.contains(total), "\(total) not whole in:\n\(screen)")
    }
    #expect(screen.contains("the region's policies. Any key closes"), "\(screen)")
  }

  /// The kiosk's take-home code at 80×24: the lines beside the code fit their column whole.
  @Test func takeHomeBesideTheCodeFits() {
    var wizard = hulunbuir(mode: .kiosk(KioskSettings()))
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    wizard.press(.character("m"))
    #expect(wizard.state.modal == .takeHome)
    let screen = wizard.screenText()
    #expect(screen.contains(WizardStrings.english.takeHomeClose), "\(screen)")
    #expect(screen.contains("Total: CNY 900,000"), "\(screen)")
  }

  /// The kiosk's welcome screen in English, with 中文 as a touch target at the top right.
  @Test func kioskWelcome() {
    let wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, mode: .kiosk(KioskSettings()),
      language: .english)
    Snapshot.expect(wizard.styledLines(), named: "english-kiosk-welcome-80x24")
  }

  @Test func detailOverlay() {
    var wizard = hulunbuir()
    wizard.press(.tab)
    wizard.press(.enter)
    Snapshot.expect(wizard.styledLines(), named: "english-detail-80x24")
  }

  /// A benefit's detail: the article's original text is the law's Chinese, and says so.
  @Test func detailLabelsTheOriginalChineseText() {
    var wizard = hulunbuir()
    wizard.press(.tab)
    wizard.press(.enter)
    guard case .detail? = wizard.state.modal else {
      Issue.record("no detail open")
      return
    }
    // Scroll to the end of the detail, where the article's text is.
    for _ in 0..<20 { wizard.press(.down) }
    let lines = wizard.lines()
    guard
      let heading = lines.firstIndex(where: {
        $0.contains("Original text (Chinese, the legal text)")
      })
    else {
      Issue.record("no heading over the original text:\n\(lines.joined(separator: "\n"))")
      return
    }
    // Under it (the heading may wrap), the law in Chinese: the first line indented as text.
    let text = lines[(heading + 1)...].first { $0.contains("│   ") } ?? ""
    #expect(text.containsHanIdeograph, "\(lines[heading...])")
  }

  /// Typed sums are yuan in English: `500000` and `500,000` are CNY 500,000, as the hint says.
  @Test(arguments: ["500000", "500,000"]) func sumsAreTypedInYuan(typed: String) {
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, language: .english)
    wizard.type("7")
    wizard.type("1")
    wizard.type("2")
    wizard.press(.enter)
    wizard.type(typed)
    wizard.press(.enter)
    #expect(wizard.rdFields.first == 50_000_000, "\(wizard.screenText())")
  }

  @Test func theMoneyHintSaysWhatIsAccepted() {
    // Every example of the hint parses, in the unit the hint names.
    #expect(WizardStrings.english.moneyHint.contains("500,000"))
    #expect(WizardStrings.english.moneyInputUnit == .yuan)
    for example in ["500000", "500,000", "1234.50"] {
      #expect(WizardStrings.english.moneyHint.contains(example))
      guard case .success(let money) = AmountParsing.money(example, defaultUnit: .yuan) else {
        Issue.record("\(example) does not parse")
        continue
      }
      #expect(money.fen > 0)
    }
  }

  /// The kiosk's welcome screen has the other language as a touch target; a visitor's switch
  /// lasts until the reset, which returns to the configured language.
  @Test func kioskSwitchesLanguageUntilTheReset() {
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height,
      mode: .kiosk(KioskSettings(idleSeconds: 60, countdownSeconds: 10)))
    #expect(wizard.screenText().contains("English"))
    guard let button = wizard.point(of: .switchLanguage(.english)) else {
      Issue.record("no language switch on the welcome screen")
      return
    }
    wizard.send(.clicked(x: button.x, y: button.y))
    #expect(wizard.state.language == .english)
    #expect(wizard.state.showingWelcome, "the switch keeps the welcome screen")
    #expect(wizard.screenText().contains(WizardStrings.english.welcomeTitle))
    #expect(wizard.point(of: .switchLanguage(.chinese)) != nil)
    // Nothing answered: the idle reset still returns to Chinese for the next visitor.
    wizard.wait(milliseconds: 70_000)
    #expect(wizard.state.language == .chinese)
    #expect(wizard.screenText().contains(WizardStrings.chinese.welcomeTitle))
  }

  /// The interface's own words hold no Han character in English. What may hold one is the
  /// catalog's text not yet translated (the accessors fall back to Chinese) and an article's
  /// original text: so these screens are drawn over the catalog with every translatable text
  /// given an English stand-in, where any Han character left is the interface's.
  @Test func noChineseInTheInterfaceWords() {
    let catalog = Self.translatedStandIn(DefaultCatalog.catalog)
    func check(_ wizard: WizardDriver, _ screen: String, upTo end: String? = nil) {
      var lines = wizard.lines()
      if let end, let last = lines.firstIndex(where: { $0.contains(end) }) {
        lines = Array(lines[...last])
      }
      let chinese = lines.filter { $0.unicodeScalars.contains(where: \.isHanIdeograph) }
      #expect(chinese.isEmpty, "\(screen): Chinese words:\n\(chinese.joined(separator: "\n"))")
    }
    var wizard = WizardDriver(
      width: Self.size.width, height: Self.size.height, catalog: catalog, language: .english)
    check(wizard, "first screen")
    wizard.answerInYuan()
    check(wizard, "platforms")
    wizard.press(.escape, times: 2)
    check(wizard, "R&D question")
    wizard.press(.character("?"))
    check(wizard, "help")
    wizard.press(.escape)
    wizard.press(.function(2))
    check(wizard, "all questions")
    wizard.press(.escape)
    wizard.press(.character("c"))
    check(wizard, "comparison")
    wizard.press(.escape)
    wizard.press(.tab)
    wizard.press(.enter)
    // The detail down to the heading of the article's original text, which is the law's Chinese.
    check(wizard, "detail", upTo: "Original text")
    wizard.press(.escape)
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    check(wizard, "summary")

    var kiosk = WizardDriver(
      width: Self.size.width, height: Self.size.height, mode: .kiosk(KioskSettings()),
      catalog: catalog, language: .english)
    // The welcome screen offers 中文: the one Chinese word, the other language's own name.
    #expect(kiosk.screenText().contains("中文"))
    kiosk.press(.enter)
    check(kiosk, "kiosk question")
    kiosk.answerInYuan()
    kiosk.press(.function(2))
    kiosk.press(.end)
    kiosk.press(.enter)
    check(kiosk, "kiosk result")
    kiosk.press(.character("m"))
    check(kiosk, "take-home code")
  }

  /// The catalog with an English stand-in for every text a translation can give, so that a
  /// screen drawn over it shows Chinese only where the interface itself writes it.
  static func translatedStandIn(_ catalog: Catalog) -> Catalog {
    var catalog = catalog
    func labels(_ values: EnumValues) -> EnumValues {
      var values = values
      values.englishLabels = Dictionary(
        uniqueKeysWithValues: values.names.enumerated().map { ($1, "Value \($0 + 1)") })
      return values
    }
    func standIn(_ type: FactType) -> FactType {
      switch type {
      case .enumeration(let values): return .enumeration(labels(values))
      case .record(let fields): return .record(fields.map(standIn))
      case .list(let fields): return .list(fields.map(standIn))
      default: return type
      }
    }
    func standIn(_ field: FieldDefinition) -> FieldDefinition {
      var field = field
      field.type = standIn(field.type)
      field.english = Translation(label: "Field \(field.name)")
      return field
    }
    for index in catalog.facts.indices {
      var fact = catalog.facts[index]
      fact.type = standIn(fact.type)
      fact.english = Translation(
        label: "Fact \(fact.name)", question: "Question \(fact.name)?",
        help: fact.help.map { _ in "Help." }, unit: fact.unit.map { _ in "units" })
      catalog.facts[index] = fact
    }
    for (d, document) in catalog.documents.enumerated() {
      catalog.documents[d].english = Translation(
        title: "Document \(document.id)", shortName: "Doc \(d + 1)", issuer: "Issuer")
      for (a, article) in document.articles.enumerated() {
        catalog.documents[d].articles[a].english = Translation(
          title: "Article title", section: article.section.map { _ in "Section" },
          departments: article.departments.map { _ in "Department" })
        for (b, benefit) in article.benefits.enumerated() {
          catalog.documents[d].articles[a].benefits[b].english = Translation(
            title: "Benefit \(benefit.id)", note: benefit.note.map { _ in "Note." },
            sameThingNote: benefit.sameThingNote.map { _ in "The same thing." })
        }
      }
    }
    return catalog
  }

}

extension WizardDriver {
  /// The Hulunbuir worked case's answers in English, sums typed in yuan (28,000,000 is the
  /// Chinese 2800万): ends on the platforms question.
  mutating func answerInYuan(sourceLocation: SourceLocation = #_sourceLocation) {
    type("7", sourceLocation: sourceLocation)
    type("1", sourceLocation: sourceLocation)
    type("2", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("28,000,000", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("20000000", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("2", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
  }
}
