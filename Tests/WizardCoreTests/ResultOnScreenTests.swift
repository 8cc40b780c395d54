import DefaultCatalog
import PolicyEngine
import Reports
import ScreenKit
import TestSupport
import Testing
import WizardCore

/// Issue 15, the screens' half: every figure a screen shows is the engine's, whole, in the one
/// wording of an amount, with its certainty's own style. (`expectWholeAmounts` runs on every
/// frame `WizardDriver` draws; these tests put it where amounts were cut before.)
@Suite struct ResultOnScreenTests {
  static let small = Size(width: 80, height: 24)
  static let medium = Size(width: 100, height: 30)

  /// The issue's Ordos enterprise (`IssueProfiles.ordosJSON`); with `countyFunding`, public
  /// funding of its 新型研发机构 by its banner too (Ordos （二十六）, 最多5年).
  static let ordosJSON = IssueProfiles.ordosJSON

  static func ordos(countyFunding: Bool = false) throws -> Profile {
    var json = ordosJSON
    if countyFunding {
      json = json.replacingOccurrences(
        of: "\"applicant\": \"enterprise\",",
        with: "\"applicant\": \"enterprise\", \"countyRDFunding\": 6000000,")
    }
    return try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(json, file: "ordos.json")
  }

  static func samples() throws -> [(name: String, profile: Profile)] {
    try DefaultCatalog.sampleSources.filter { $0.name.hasSuffix(".json") }.map { source in
      (
        source.name,
        try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(source.text, file: source.name)
      )
    }
  }

  /// Every totals line of `evaluate --format text` (`Explainer.totalsText`) is on the screen
  /// whole: its value on one row, its label before it on that row or the one above.
  static func expectTotalsWhole(
    _ wizard: WizardDriver, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = wizard.lines(sourceLocation: sourceLocation)
    let explainer = Explainer(catalog: wizard.catalog, language: wizard.state.language)
    for (label, value) in explainer.totalsLines(wizard.state.result) {
      let line = explainer.text.labelled(label, value)
      let alone = explainer.text.labelled(label, "").trimmingCharacters(in: .whitespaces)
      // On one row, or the label alone on a row and the value whole on the next.
      let whole =
        lines.contains { $0.contains(line) }
        || lines.indices.dropLast().contains {
          lines[$0].hasSuffix(alone) && lines[$0 + 1].contains(value)
        }
      #expect(
        whole, "\(what): “\(line)” not whole on screen:\n\(lines.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }
  }

  // MARK: Defect 1: never cut a number

  /// The issue's measurement: at 80×24 in English the first line read
  /// `Total: CNY 41,900,000 – 56,950,00` and `selective / on conditions: CNY 30`.
  @Test func englishPanelAt80x24ShowsEveryTotalWhole() throws {
    let wizard = WizardDriver(
      width: Self.small.width, height: Self.small.height, profile: try Self.ordos(),
      language: .english)
    Self.expectTotalsWhole(wizard, "Ordos, English, 80×24")
    let screen = wizard.screenText()
    #expect(!screen.contains("56,950,00\n") && !screen.contains("CNY 30\n"), "\(screen)")
  }

  /// The done-when check: every totals line whole in the panel, for every sample and the Ordos
  /// profile, in Chinese and English, at 80×24 and 100×30 — on a question and on the result.
  @Test(arguments: [Language.chinese, .english], [small, medium])
  func everyTotalsLineIsWholeInThePanel(language: Language, size: Size) throws {
    let profiles = try Self.samples() + [("ordos (issue 15)", try Self.ordos(countyFunding: true))]
    for (name, profile) in profiles {
      var wizard = WizardDriver(
        width: size.width, height: size.height, profile: profile, language: language)
      Self.expectTotalsWhole(wizard, "\(name), \(language), \(size.width)×\(size.height)")
      // The result over the whole width (F2 → End → Enter).
      wizard.press(.function(2))
      wizard.press(.end)
      wizard.press(.enter)
      #expect(wizard.state.currentFact == nil)
      Self.expectTotalsWhole(wizard, "\(name) result, \(language), \(size.width)×\(size.height)")
    }
  }

  /// The demo's comparison at 80×24 cut the Ordos total to `60万元至565…`: now each city's
  /// total is on the screen whole.
  @Test(arguments: [Language.chinese, .english])
  func demoComparisonShowsEachCityTotalWhole(language: Language) throws {
    let ordos = try #require(try Self.samples().first { $0.name.contains("ordos") })
    var wizard = WizardDriver(
      width: Self.small.width, height: Self.small.height,
      mode: .demo(
        DemoSettings(
          samples: [DemoSample(name: "ordos", profile: ordos.profile)], keyMilliseconds: 10,
          holdMilliseconds: 60_000)),
      language: language)
    var steps = 0
    while wizard.state.currentFact != nil, steps < 2_000 {
      wizard.send(.timePassed(milliseconds: 10))
      steps += 1
    }
    try #require(wizard.state.currentFact == nil, "the demo reached its result")
    let screen = wizard.screenText()
    let explainer = Explainer(catalog: wizard.catalog, language: language)
    // The answers the demo gave (only those asked), as the comparison evaluates them.
    for row in CityComparison(catalog: wizard.catalog).rows(wizard.state.profile, today: testDay) {
      let total = explainer.sum(MoneyRange(min: row.result.totals.min, max: row.result.totals.max))
      #expect(screen.contains(total), "\(total) not whole:\n\(screen)")
    }
  }

  /// The export notice named the HTML file and “.txt”, cut at 80 columns: both paths whole.
  @Test(arguments: [Language.chinese, .english])
  func exportNoticeShowsBothPathsWhole(language: Language) {
    var wizard = WizardDriver(
      width: Self.small.width, height: Self.small.height, language: language)
    let directory = "/home/consultant/.local/share/policy-wizard/reports"
    let html = "\(directory)/2026-06-01-鄂尔多斯某新材料股份有限公司.html"
    let text = "\(directory)/2026-06-01-鄂尔多斯某新材料股份有限公司.txt"
    wizard.send(.noticePosted(WizardStrings.of(language).reportExported(html, text)))
    // The notice's rows above the footer, each after its one-column margin, read as one text.
    let rows = wizard.lines().suffix(4).map { $0.dropFirst() }.joined()
    #expect(rows.contains(html), "\(wizard.screenText())")
    #expect(rows.contains(text), "\(wizard.screenText())")
  }

  /// The frame check catches a cut amount: a panel drawn by hand with the issue's cut line.
  @Test func theFrameCheckCatchesACutAmount() throws {
    let wizard = WizardDriver(
      width: Self.small.width, height: Self.small.height, profile: try Self.ordos(),
      language: .english)
    var frame = wizard.state.render()
    let panel = try #require(frame.resultAreas.first)
    frame.screen.put(
      "Total: CNY 41,900,000 – 56,950,00".padded(toWidth: panel.width), x: panel.x,
      y: panel.y + 1)
    withKnownIssue("the cut range is no figure of the result") {
      expectWholeAmounts(frame, state: wizard.state)
    }
    frame.screen.put(
      "selective / on conditions: CNY 30".padded(toWidth: panel.width), x: panel.x,
      y: panel.y + 1)
    withKnownIssue("CNY 30 is no figure of the result") {
      expectWholeAmounts(frame, state: wizard.state)
    }
  }

  @Test func theFrameCheckCatchesACutChineseAmount() throws {
    let wizard = WizardDriver(
      width: Self.small.width, height: Self.small.height, profile: try Self.ordos())
    var frame = wizard.state.render()
    let panel = try #require(frame.resultAreas.first)
    frame.screen.put("合计：60万元至565…".padded(toWidth: panel.width), x: panel.x, y: panel.y + 1)
    withKnownIssue("a number followed by an ellipsis was cut") {
      expectWholeAmounts(frame, state: wizard.state)
    }
  }

  // MARK: Defects 6 and 11: one wording of an amount

  /// Ordos （二十六）pays for at most 5 years: the panel said `每年500万×5年` in Chinese.
  @Test(arguments: [Language.chinese, .english])
  func atMostFiveYearsReadsAsAtMost(language: Language) throws {
    let wizard = WizardDriver(
      width: 120, height: 40, profile: try Self.ordos(countyFunding: true), language: language)
    let screen = wizard.screenText()
    let text = EngineText.of(language)
    #expect(screen.contains(text.forAtMostYears(5)), "\(screen)")
    #expect(!screen.contains("×5年") && !screen.contains("× 5"), "\(screen)")
    let entry = try #require(
      wizard.state.result.matches.first { $0.amount?.yearsAtMost == true }?.amount)
    let explainer = Explainer(catalog: wizard.catalog, language: language)
    #expect(screen.contains(explainer.amount(entry)), "\(explainer.amount(entry))\n\(screen)")
  }

  /// The panel words every benefit's sum as the engine does (`Explainer.amount`).
  @Test(arguments: [Language.chinese, .english])
  func thePanelUsesTheEnginesWording(language: Language) throws {
    let wizard = WizardDriver(
      width: 140, height: 60, profile: try Self.ordos(countyFunding: true), language: language)
    let screen = wizard.lines().joined(separator: "\n")
    let explainer = Explainer(catalog: wizard.catalog, language: language)
    for outcome in wizard.state.result.matches {
      guard let amount = outcome.amount else { continue }
      #expect(screen.contains(explainer.amount(amount)), "\(explainer.amount(amount))\n\(screen)")
    }
  }

  /// One rule decides the unit, by size alone: the issue's `24,691,357.8元` inside a report in
  /// 万元 and `最高45582.65万元` beside `1.3929亿元`.
  @Test func oneRuleDecidesTheUnit() {
    #expect(MoneyFormat.chinese(Money(fen: 2_469_135_780)) == "2469.13578万元")
    #expect(MoneyFormat.chinese(Money(yuan: 455_826_500)) == "4.558265亿元")
    #expect(MoneyFormat.chinese(Money(yuan: 139_290_000)) == "1.3929亿元")
    #expect(MoneyFormat.chinese(Money(fen: 1_000_000_001)) == "1000.000001万元")
    #expect(MoneyFormat.chinese(Money(fen: 999_999)) == "9,999.99元")
    // Read back, each is the same sum: exact to the fen.
    for fen: Int64 in [2_469_135_780, 45_582_650_000, 1_000_000_001, 999_999, 123_456_789_01] {
      let text = MoneyFormat.chinese(Money(fen: fen))
      #expect(AmountToken.all(in: text, language: .chinese).map(\.fen) == [fen], "\(text)")
      let english = MoneyFormat.english(Money(fen: fen))
      #expect(AmountToken.all(in: english, language: .english).map(\.fen) == [fen], "\(english)")
    }
  }

  // MARK: Defect 12: each certainty its own style

  @Test func eachCertaintyHasItsOwnStyleInColourAndWithout() {
    for theme in [Theme.color, .monochrome] {
      let styles = Certainty.allCases.map(theme.certainty)
      #expect(Set(styles).count == Certainty.allCases.count, "\(styles)")
      #expect(!styles.contains(theme.text), "a category in plain text reads as no category")
    }
    // In colour each its own colour; without colour the attributes alone tell them apart.
    let colours = Certainty.allCases.map { Theme.color.certainty($0).foreground }
    #expect(Set(colours).count == Certainty.allCases.count, "\(colours)")
    let attributes = Certainty.allCases.map(Theme.monochrome.certainty).map {
      [$0.bold, $0.dim, $0.reverse, $0.underline]
    }
    #expect(Set(attributes).count == Certainty.allCases.count, "\(attributes)")
  }

  /// The panel with every certainty category, snapshotted cell by cell (text, colour and
  /// attributes): an Ordos enterprise (确定, 最高, 择优／一定条件), a Hohhot university whose new
  /// workstation was set up by an academician of the two academies (征求意见稿, 取其高, 可能),
  /// and an Ordos park with an accepted national agricultural park (不低于).
  @Test func thePanelOfEachCategoryIsSnapshottedWithStyle() throws {
    let decoder = ProfileDecoder(catalog: DefaultCatalog.catalog)
    let university = try #require(
      DefaultCatalog.sampleSources.first { $0.name.contains("university") }
    )
    .text.replacingOccurrences(
      of: "\"applicant\": \"university\",",
      with: "\"applicant\": \"university\", \"academicianOfTwoAcademies\": true,")
    let park = """
      { "city": "ordos", "applicant": "park",
        "platforms": [ { "type": "agriTechPark", "level": "national", "new": false } ],
        "parkStatus": { "agriParkAccepted": true } }
      """
    let panels: [(String, Profile)] = [
      ("ordos-enterprise", try Self.ordos()),
      ("hohhot-university-academician", try decoder.decode(university, file: "university.json")),
      ("ordos-park", try decoder.decode(park, file: "park.json")),
    ]
    var categories: Set<Certainty> = []
    for (name, profile) in panels {
      let wizard = WizardDriver(width: 100, height: 30, profile: profile)
      categories.formUnion(wizard.state.result.totals.byCertainty.map(\.0))
      Snapshot.expect(wizard.styledLines(), named: "panel-categories-\(name)-100x30")
    }
    // 取其高 as a total needs two benefits in force for the same thing, neither surely higher;
    // since a pair that only a draft decides is counted as 征求意见稿 (issue 15, defect 5), no
    // sample profile has one: its style is checked by `eachCertaintyHasItsOwnStyle…` above.
    #expect(
      categories == Set(Certainty.allCases).subtracting([.chooseHigher]), "\(categories)")
  }

  /// The totals' values are drawn in their category's style.
  @Test func totalsAreDrawnInTheirCertaintysStyle() throws {
    let profile = try #require(try Self.samples().first { $0.name.contains("university") })
    let wizard = WizardDriver(width: 120, height: 40, profile: profile.profile)
    let frame = wizard.frame()
    let explainer = wizard.state.explainer
    let lines = frame.screen.lines()
    var seen = 0
    for certainty in Certainty.allCases {
      guard let range = wizard.state.result.totals.byCertainty[certainty] else { continue }
      let label = explainer.text.labelled(explainer.text.certaintyLabel(certainty), "")
      let value = explainer.sum(range)
      let row = try #require(lines.firstIndex { $0.contains(label + value) }, "\(label)\(value)")
      let panel = try #require(frame.resultAreas.first)
      let column = panel.x + label.displayWidth
      #expect(frame.screen[column, row].style == wizard.state.theme.certainty(certainty))
      seen += 1
    }
    #expect(seen >= 2, "the sample has several categories")
  }

  // MARK: Defect 7: unanswered is said

  /// A blank wizard's list of questions shows 所在盟市 and 申报主体类型 unanswered, not the
  /// first option.
  @Test func aBlankWizardListsNoAnswerNobodyGave() {
    var wizard = WizardDriver(width: 100, height: 30)
    wizard.press(.function(2))
    let lines = wizard.lines()
    for label in ["所在盟市", "申报主体类型"] {
      let row = lines.first { $0.contains(label) }
      #expect(row?.contains("呼和浩特市") == false, "\(row ?? "none")")
      #expect(row?.contains("企业") == false || label == "申报主体类型" && row?.contains("—") == true)
      #expect(row?.contains("—") == true, "\(row ?? "none")")
    }
  }

  /// The result opened early (F2 → End → Enter on step 7) says how many questions are still
  /// open, and F2 from there goes to the first of them.
  @Test func theResultOpenedEarlySaysHowManyAreUnanswered() {
    var wizard = WizardDriver(width: 100, height: 30)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil)
    let open = wizard.state.unansweredSteps
    #expect(!open.isEmpty)
    let screen = wizard.screenText()
    #expect(
      screen.contains(WizardStrings.chinese.unansweredCount(open.count, "F2")), "\(screen)")
    wizard.press(.function(2))
    #expect(wizard.state.modal == .steps(selection: wizard.state.steps.firstIndex(of: open[0])!))
    wizard.press(.enter)
    #expect(wizard.state.currentFact == open[0])
  }

  /// Every question answered: no such line.
  @Test func noUnansweredLineWhenAllAreAnswered() throws {
    let wizard = WizardDriver(width: 100, height: 30)
    #expect(wizard.state.unansweredSteps.contains(wizard.fact("city")))
    #expect(wizard.state.unansweredSteps.contains(wizard.fact("applicant")))
  }

  // MARK: Defect 8: what is saved is what was shown

  /// `1,5亿` in a money field: the inline error, no answer kept from the prefix `1`, and Ctrl-S
  /// asks to fix it instead of saving `1万元`.
  @Test func aFieldInErrorIsNeverSavedAsItsPrefix() {
    var wizard = WizardDriver(width: 100, height: 30)
    wizard.answerHulunbuirEnterprise()
    wizard.press(.escape, times: 2)
    #expect(wizard.currentFactName == "rd")
    // Clear the first field and type the error.
    for _ in 0..<10 { wizard.press(.backspace) }
    wizard.type("1,5亿")
    #expect(wizard.state.inputError != nil)
    #expect(wizard.rdFields[0] == nil, "no answer from the prefix: \(wizard.rdFields)")
    let withoutIt = Evaluator(catalog: wizard.catalog).evaluate(
      wizard.state.profile, today: testDay)
    #expect(wizard.state.result == withoutIt)
    let effects = wizard.press(.control("s"))
    #expect(effects.isEmpty)
    #expect(wizard.state.modal == nil, "no save form over a field in error")
    let label = wizard.catalog.facts[wizard.fact("rd")].type.fields[0].label(in: .chinese)
    #expect(wizard.state.notice == WizardStrings.chinese.fixBeforeSaving(label))
    #expect(wizard.screenText().contains(label), "\(wizard.screenText())")
    // Fixed, it saves.
    for _ in 0..<10 { wizard.press(.backspace) }
    wizard.type("1.5亿")
    #expect(wizard.rdFields[0] == Money.wan(15_000).fen)
    wizard.press(.control("s"))
    #expect(wizard.state.modal != nil)
  }
}
