import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The city comparison: the same answers in every city with policies of its own and in one
/// with only the region's, opened with “c” or F3 in every mode.
@Suite struct ComparisonTests {
  static let cities = ["呼和浩特市", "鄂尔多斯市", "呼伦贝尔市", "包头市"]

  static func sample(_ file: String) throws -> Profile {
    let source = try #require(DefaultCatalog.sampleSources.first { $0.name == file })
    return try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(source.text, file: file)
  }

  /// The comparison's row for a city, split at its blanks: city, certain, upper, count. Only
  /// rows below the box's header count, so the title bar and the question underneath do not.
  static func columns(_ lines: [String], _ city: String) -> [String]? {
    guard let header = lines.firstIndex(where: { $0.contains("资金项目数") }),
      let line = lines[(header + 1)...].first(where: { $0.contains(city) }),
      let start = line.range(of: city)?.lowerBound
    else { return nil }
    return Array(
      line[start...].split(separator: " ").map(String.init).filter { $0 != "│" }.prefix(4))
  }

  /// The comparison's row for `city` says what `CityComparison` computes: 确定, 合计, count.
  static func expectRow(_ row: CityComparison.Row, city: String, in lines: [String]) throws {
    let columns = try #require(Self.columns(lines, city), "\(city)\n\(lines)")
    let totals = row.result.totals
    let certain = MoneyFormat.chinese(totals.certain)
    let total = EngineText.chinese.sum(MoneyRange(min: totals.min, max: totals.max))
    let paying = row.result.matches.filter { $0.amount != nil && $0.stackedOut == nil }.count
    #expect(columns[1] == certain, "\(city): \(columns)")
    #expect(columns[2] == total, "\(city): \(columns)")
    #expect(columns[3] == "\(paying)", "\(city): \(columns)")
  }

  @Test func cOpensTheComparisonWithTheTotalsOfEachCity() throws {
    let ordos = try Self.sample("2-ordos-new-materials.json")
    var wizard = WizardDriver(profile: ordos)
    #expect(wizard.press(.character("c")).isEmpty)
    #expect(wizard.state.modal == .compare)
    let lines = wizard.lines()
    let screen = lines.joined(separator: "\n")
    #expect(screen.contains("同一单位在各盟市可享受的支持"), "\(screen)")
    #expect(screen.contains("盟市"), "\(screen)")
    #expect(screen.contains("确定"), "\(screen)")
    #expect(screen.contains("合计"), "\(screen)")
    #expect(screen.contains("资金项目数"), "\(screen)")

    // The rows in this order: the three cities with policies, then the region-only one.
    let header = try #require(lines.firstIndex { $0.contains("资金项目数") }, "\(screen)")
    let rowIndices = try Self.cities.map { city in
      try #require(
        lines.indices.first { $0 > header && lines[$0].contains(city) }, "\(city):\n\(screen)")
    }
    #expect(rowIndices.first == header + 1, "\(screen)")
    #expect(rowIndices == rowIndices.sorted(), "\(screen)")
    #expect(Set(rowIndices).count == 4)

    // Each row as CityComparison computes it.
    let rows = CityComparison(catalog: wizard.catalog).rows(ordos, today: testDay)
    #expect(rows.count == 4)
    for (row, city) in zip(rows, Self.cities) {
      try Self.expectRow(row, city: city, in: lines)
    }

    // One figure checked against a direct evaluation: the same answers in Hulunbuir.
    var inHulunbuir = ordos
    let city = wizard.fact("city")
    guard case .enumeration(let names) = wizard.catalog.facts[city].type else {
      Issue.record("city is not a choice")
      return
    }
    inHulunbuir[city] = .choice(try #require(names.names.firstIndex(of: "hulunbuir")))
    let direct = Evaluator(catalog: wizard.catalog).evaluate(inHulunbuir, today: testDay)
    let hulunbuir = try #require(Self.columns(lines, "呼伦贝尔市"))
    #expect(hulunbuir[1] == MoneyFormat.chinese(direct.totals.certain), "\(hulunbuir)")
    #expect(direct.totals.min > .zero)
    // In Ordos, as the wizard's own panel says.
    let own = try #require(Self.columns(lines, "鄂尔多斯市"))
    #expect(own[1] == MoneyFormat.chinese(wizard.state.result.totals.certain))
    #expect(own[1] == "660万元")
    #expect(own[2] == "660万元至1995万元")  // （十五）符合一定条件的30万: 0 in the lower bound
    // Baotou has no city policy: only the region's, which pays no sum here.
    let baotou = try #require(Self.columns(lines, "包头市"))
    #expect(baotou[1] == "0元", "\(baotou)")

    // Any key closes it.
    #expect(wizard.press(.down).isEmpty)
    #expect(wizard.state.modal == nil)
    #expect(!wizard.screenText().contains("同一单位在各盟市可享受的支持"))
  }

  /// The answers so far, not a loaded profile: after the Hulunbuir questions, 90万 there.
  @Test func comparesTheAnswersGivenSoFar() throws {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    wizard.press(.function(3))
    #expect(wizard.state.modal == .compare)
    let lines = wizard.lines()
    let hulunbuir = try #require(Self.columns(lines, "呼伦贝尔市"), "\(lines.joined(separator: "\n"))")
    // A draft's 90万 is not 确定: the certain column says 0元, the total 90万.
    #expect(hulunbuir[1] == "0元", "\(hulunbuir)")
    #expect(hulunbuir[2] == "90万元", "\(hulunbuir)")
    let rows = CityComparison(catalog: wizard.catalog).rows(wizard.state.profile, today: testDay)
    for (row, city) in zip(rows, Self.cities) {
      #expect(
        Self.columns(lines, city)?[1] == MoneyFormat.chinese(row.result.totals.certain), "\(city)")
    }
  }

  /// Fits the smallest terminal, every row in view.
  @Test func fitsEightyByTwentyFour() throws {
    var wizard = WizardDriver(
      width: 80, height: 24, profile: try Self.sample("5-hohhot-university.json"))
    wizard.press(.character("c"))
    let lines = wizard.lines()
    for city in Self.cities {
      #expect(Self.columns(lines, city)?.count == 4, "\(city)\n\(lines.joined(separator: "\n"))")
    }
    // The university in Hohhot: 20万 certain, up to 720万.
    #expect(
      Self.columns(lines, "呼和浩特市")?[2] == "20万元至720万元", "\(lines.joined(separator: "\n"))")
    #expect(lines.joined().contains("任意键关闭"))
  }

  /// On a sum's field “c” is typed; F3 still compares.
  @Test func cOnATextFieldIsTyped() {
    var wizard = WizardDriver()
    wizard.type("712")
    wizard.press(.enter)
    wizard.press(.character("c"))
    #expect(wizard.state.modal == nil)
    wizard.press(.function(3))
    #expect(wizard.state.modal == .compare)
  }

  /// In the kiosk and, once handed over, in the demo.
  @Test func comparisonInTheOtherModes() {
    var kiosk = WizardDriver(mode: .kiosk(KioskSettings()))
    kiosk.press(.enter)
    kiosk.type("7")
    kiosk.press(.character("c"))
    #expect(kiosk.state.modal == .compare)
    #expect(kiosk.screenText().contains("同一单位在各盟市可享受的支持"))

    let demo = DemoSettings(samples: [DemoSample(name: "x", profile: wizardProfile())])
    var presenter = WizardDriver(mode: .demo(demo))
    presenter.press(.enter)
    presenter.press(.character("c"))
    #expect(presenter.state.modal == .compare)
  }

  private func wizardProfile() -> Profile { Profile(factCount: DefaultCatalog.catalog.facts.count) }
}
