import DefaultCatalog
import Foundation
import Testing

@testable import PolicyEngine

/// Issue 15, defect 7: a missing `applicant` is never read as 企业. A profile without it is
/// refused, naming the field and the catalog's applicant types; listed `unknown` (or not yet
/// answered in the wizard) every sum the applicant type decides is possible, never 确定.
@Suite struct MissingApplicantTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)
  /// A new 全国重点实验室 in Ordos: 鄂尔多斯（二）"对新获批的全国重点实验室……一次性给予1000万元
  /// 科研经费支持", for an enterprise, university, institute, service agency or park — not for an
  /// individual.
  static let ordosKeyLab =
    #""city":"ordos","platforms":[{"type":"keyLab","level":"national","new":true}],"asOf":"2026-06-01""#
  static let keyLabReference = "ordos-2024/2/key-lab-national"

  static var applicantTypes: [String] {
    guard case .enumeration(let values)? = catalog.fact(named: "applicant")?.type else {
      return []
    }
    return values.names
  }

  func reference(_ location: BenefitLocation) -> String {
    WorkedCases(catalog: Self.catalog).reference(location)
  }

  func refusal(_ json: String) -> ProfileProblem? {
    do {
      _ = try ProfileDecoder(catalog: Self.catalog).decode(json)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    "{\(MissingApplicantTests.ordosKeyLab)}",
    "{\(MissingApplicantTests.ordosKeyLab),\"applicant\":null}",
    "city: ordos\nhighTech: new\n",
  ])
  func aProfileWithoutApplicantIsRefusedNamingTheAllowedTypes(_ text: String) throws {
    let problem = try #require(refusal(text), "a profile without applicant was read")
    #expect(problem.field == "applicant")
    #expect(problem.line == 1)
    #expect(
      problem.message
        == "is required (or listed in unknown); allowed: "
        + "enterprise, university, institute, serviceAgency, park, individual")
    // The catalog's own enumeration, whole.
    #expect(problem.message.hasSuffix(Self.applicantTypes.joined(separator: ", ")))
    #expect(Self.applicantTypes.count == 6)
  }

  /// A bad field is still named before the missing applicant: the first problem in the file.
  @Test func aBadFieldBeforeTheMissingApplicantIsNamedFirst() throws {
    #expect(try #require(refusal(#"{"city":"paris"}"#)).field == "city")
    #expect(try #require(refusal(#"{"city":"ordos","turnover":5}"#)).field == "turnover")
  }

  @Test func answersInProgressMayLeaveTheApplicantUnanswered() throws {
    let profile = try ProfileDecoder(catalog: Self.catalog, requiresApplicant: false).decode(
      "{\(Self.ordosKeyLab)}")
    let applicant = try #require(Self.catalog.fact(named: "applicant")).id
    #expect(profile[applicant] == nil)
    #expect(!profile.isUnknown[applicant])
  }

  /// Named, the 1000万 is 确定; listed unknown, it is possible with `applicant` as its open
  /// question and adds nothing to 确定.
  @Test func anUnknownApplicantMakesOrdosKeyLabPossibleNotCertain() throws {
    let decoder = ProfileDecoder(catalog: Self.catalog)
    let applicant = try #require(Self.catalog.fact(named: "applicant")).id
    let named = Self.evaluator.evaluate(
      try decoder.decode("{\(Self.ordosKeyLab),\"applicant\":\"enterprise\"}"), today: Self.day)
    let match = try #require(
      named.matches.first { reference($0.location) == Self.keyLabReference })
    #expect(match.amount?.min == .wan(1000))
    #expect(match.amount?.max == .wan(1000))
    #expect(match.certainty == .certain)
    #expect(named.totals.certain >= .wan(1000))

    let open = Self.evaluator.evaluate(
      try decoder.decode("{\(Self.ordosKeyLab),\"unknown\":[\"applicant\"]}"), today: Self.day)
    #expect(!open.matches.contains { reference($0.location) == Self.keyLabReference })
    let possible = try #require(
      open.possible.first { reference($0.location) == Self.keyLabReference })
    #expect(possible.dependsOn.contains(applicant))
    // Nothing the applicant type decides is certain.
    for outcome in open.matches + open.general {
      #expect(
        !Self.catalog[outcome.location].condition.facts.contains(applicant),
        "\(reference(outcome.location)) was matched for an applicant nobody named")
    }
    #expect(open.totals.certain < named.totals.certain)
  }

  /// The wizard's answers before the applicant question (or a case saved then): the same result
  /// as `unknown: [applicant]`, never the enterprise's.
  @Test func anUnansweredApplicantIsEvaluatedAsUnknown() throws {
    let applicant = try #require(Self.catalog.fact(named: "applicant")).id
    let unanswered = try ProfileDecoder(catalog: Self.catalog, requiresApplicant: false).decode(
      "{\(Self.ordosKeyLab)}")
    var unknown = unanswered
    unknown.setUnknown(applicant, true)
    let left = Self.evaluator.evaluate(unanswered, today: Self.day)
    let listed = Self.evaluator.evaluate(unknown, today: Self.day)
    #expect(left == listed)
    #expect(left.possible.contains { reference($0.location) == Self.keyLabReference })
  }

  /// The profile schema marks `applicant` required unless listed unknown, and says so.
  @Test func theProfileSchemaRequiresTheApplicant() throws {
    let schema = ProfileSchema(catalog: Self.catalog).jsonSchemaObject()
    let rules = try #require(schema["allOf"] as? [[String: Any]])
    let text = String(
      decoding: try JSONSerialization.data(withJSONObject: rules, options: [.sortedKeys]),
      as: UTF8.self)
    #expect(text.contains(#""required":["applicant"]"#), "\(text)")
    #expect(text.contains(#""contains":{"const":"applicant"}"#), "\(text)")
    #expect((schema["description"] as? String)?.contains("city and applicant are required") == true)
    let properties = try #require(schema["properties"] as? [String: Any])
    let applicant = try #require(properties["applicant"] as? [String: Any])
    #expect((applicant["description"] as? String)?.contains("list applicant in unknown") == true)
    #expect(
      ProfileSchema(catalog: Self.catalog).text().contains("`city` and `applicant` are required"))
  }
}
