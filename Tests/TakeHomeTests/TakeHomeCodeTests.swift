import DefaultCatalog
import Foundation
import PolicyEngine
import TakeHome
import Testing

/// The take-home code: what its text says and leaves out, that it fits an 80×24 screen with its
/// quiet zone, and that an independent decoder reads the half-block drawing back to the text.
@Suite struct TakeHomeCodeTests {
  static let day = CalendarDay(year: 2026, month: 6, day: 1)
  static let sampleNames = DefaultCatalog.sampleSources.map(\.name)

  /// The largest code an 80×24 kiosk shows: every row but the title bar.
  static let smallest = TakeHomeCode.largestVersion(rows: 23, columns: 80)

  static func code(_ sample: String, maximumVersion: Int = 40) throws -> (
    TakeHomeCode, EvaluationResult, Profile
  ) {
    let catalog = DefaultCatalog.catalog
    let source = try #require(DefaultCatalog.sampleSources.first { $0.name == sample })
    var profile = try ProfileDecoder(catalog: catalog).decode(source.text, file: source.name)
    profile.enterpriseName = "某某乳业科技有限公司"
    let result = Evaluator(catalog: catalog).evaluate(profile, today: day)
    let code = TakeHomeCode(
      catalog: catalog, profile: profile, result: result, maximumVersion: maximumVersion)
    return (code, result, profile)
  }

  /// Measured: at 80×24 the code is at most version 5, 45 modules a side with the quiet zone,
  /// drawn in 23 rows of 45 columns.
  @Test(arguments: sampleNames)
  func fitsEightyByTwentyFourWithItsQuietZone(sample: String) throws {
    #expect(Self.smallest == 5)
    let (takeHome, _, _) = try Self.code(sample, maximumVersion: Self.smallest)
    let lines = takeHome.code.halfBlockLines()
    #expect(takeHome.code.version <= 5)
    #expect(lines.count <= 23, "\(lines.count) rows")
    #expect(lines.allSatisfy { $0.count == takeHome.code.size + 8 })
    #expect(takeHome.code.size + 8 <= 80 - TakeHomeCode.besideColumns)
  }

  @Test(arguments: sampleNames)
  func completeCodeHasEveryCountedBenefit(sample: String) throws {
    let (takeHome, result, _) = try Self.code(sample)
    #expect(takeHome.benefitsLeftOut == 0)
    let explainer = Explainer(catalog: DefaultCatalog.catalog)
    for line in explainer.totalsText(result) { #expect(takeHome.text.contains(line)) }
    print(
      "\(sample): complete code version \(takeHome.code.version)-\(takeHome.code.level.letter), "
        + "\(takeHome.text.utf8.count) bytes\n\(takeHome.text)")
  }

  @Test(arguments: sampleNames, [5, 40])
  func textHasTheResultAndNothingThatIdentifiesTheVisitor(sample: String, version: Int) throws {
    let (takeHome, result, _) = try Self.code(sample, maximumVersion: version)
    let explainer = Explainer(catalog: DefaultCatalog.catalog)
    let text = takeHome.text
    #expect(text.hasPrefix("2026-06-01"), "\(text)")
    #expect(!text.contains("某某"), "no name: \(text)")
    #expect(text.contains(explainer.totalsText(result)[0]), "the total, as worded everywhere")
    let counted = result.matches.filter { $0.stackedOut == nil && $0.amount != nil }
    let shown = counted.prefix(counted.count - takeHome.benefitsLeftOut)
    for outcome in shown {
      #expect(text.contains(explainer.citation(outcome.location)), "\(text)")
      if let certainty = outcome.certainty {
        #expect(text.contains(explainer.certaintyBadge(certainty)), "\(text)")
      }
    }
    if takeHome.benefitsLeftOut > 0 {
      #expect(text.contains("另有\(takeHome.benefitsLeftOut)项，详见完整报告"), "\(text)")
    }
  }

  @Test func hulunbuirSampleNamesItsCityApplicantAndDraftNotice() throws {
    let (takeHome, _, _) = try Self.code("3-hulunbuir-agriculture.json")
    let first = takeHome.text.split(separator: "\n").first.map(String.init)
    #expect(first == "2026-06-01 呼伦贝尔市 企业", "\(takeHome.text)")
    #expect(takeHome.text.contains("［征求意见稿］"), "\(takeHome.text)")
    #expect(takeHome.text.contains("征求意见稿以正式文件为准"), "\(takeHome.text)")
    #expect(takeHome.text.contains("合计：135万元"), "\(takeHome.text)")
    #expect(takeHome.text.contains("50万元 呼伦贝尔（一）"), "\(takeHome.text)")
  }

  @Test(QRImage.zbarimgRequirement, arguments: sampleNames, [5, 40])
  func zbarimgReadsTheHalfBlockDrawingBackToTheText(sample: String, version: Int) throws {
    let (takeHome, _, _) = try Self.code(sample, maximumVersion: version)
    let modules = QRImage.modules(fromHalfBlockLines: takeHome.code.halfBlockLines())
    #expect(try QRImage.decode(QRImage.png(modules)) == takeHome.text)
  }

  @Test func levelIsRaisedOnlyWhereTheVersionHasRoom() throws {
    let short = try #require(QRCode("2026-06-01", minimumLevel: .low, maximumVersion: 5))
    #expect(short.version == 1)
    #expect(short.level == .high, "ten digits leave version 1 room for H")
    let long = String(repeating: "合", count: 35)
    let code = try #require(QRCode(long, minimumLevel: .low, maximumVersion: 5))
    #expect(code.version == 5)
    #expect(code.level == .low)
    #expect(QRCode(String(repeating: "合", count: 36), minimumLevel: .low, maximumVersion: 5) == nil)
  }

  @Test func svgDrawsEveryDarkModuleOnWhite() throws {
    let code = try #require(QRCode("2026-06-01", level: .low))
    let svg = code.svg(pixels: 200, label: "扫码 \"带走\"")
    #expect(svg.hasPrefix("<svg viewBox=\"0 0 29 29\""))
    #expect(svg.contains("aria-label=\"扫码 &quot;带走&quot;\""))
    #expect(svg.contains("fill=\"#fff\""))
    let runs = svg.components(separatedBy: "h").count - 1
    #expect(runs > 0)
  }
}
