import DefaultCatalog
import PolicyEngine
import Testing

/// Lists of any length: the first-field index used to stop at 64 items. A national enterprise
/// technology centre among fillers, at every position around the 64-item words, is found and
/// paid once per centre (鄂尔多斯（十七）, 300万 each).
@Suite struct LongListTests {
  static let catalog = DefaultCatalog.catalog

  static func profile(count: Int, centres: Set<Int>) throws -> Profile {
    let platforms = (0..<count).map { position in
      centres.contains(position)
        ? #"{"type": "enterpriseTechCenter", "level": "national", "new": true}"#
        : #"{"type": "makerspace", "level": "city", "new": false}"#
    }
    let text = """
      {"city": "ordos", "applicant": "enterprise", "asOf": "2026-06-01", "platforms": [\(platforms.joined(separator: ", "))]}
      """
    return try ProfileDecoder(catalog: catalog).decode(text)
  }

  static let cases: [(count: Int, centres: Set<Int>)] = [
    (8, [7]), (9, [0]), (9, [8]), (64, [63]), (65, [64]), (65, [0, 64]), (66, [63, 65]),
    (128, [127]), (129, [128]), (200, [1, 64, 130, 199]), (1000, [999]), (70, []),
  ]

  @Test(arguments: cases)
  func centresAreFoundAtAnyPosition(_ count: Int, _ centres: Set<Int>) throws {
    let profile = try Self.profile(count: count, centres: centres)
    let result = Evaluator(catalog: Self.catalog).evaluate(
      profile, today: CalendarDay(year: 2026, month: 6, day: 1))
    let match = result.matches.first {
      Self.catalog[$0.location].id == "enterprise-tech-center-national"
    }
    if centres.isEmpty {
      #expect(match == nil)
      return
    }
    let paid = try #require(match)
    #expect(paid.items == centres.sorted())
    #expect(paid.amount?.min == Money.wan(300) * Int64(centres.count))
    #expect(paid.amount?.max == Money.wan(300) * Int64(centres.count))
  }
}
