import DefaultCatalog
import Foundation
import Testing

@testable import PolicyEngine

/// Issue 15, defect 9: points traced like money (computation, every item, certainty, near
/// misses for points thresholds).
@Suite struct PointsTraceTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  func reference(_ location: BenefitLocation) -> String {
    WorkedCases(catalog: Self.catalog).reference(location)
  }

  func evaluate(_ json: String) throws -> (EvaluationResult, Profile) {
    let profile = try ProfileDecoder(catalog: Self.catalog).decode(json)
    return (Self.evaluator.evaluate(profile, today: Self.day), profile)
  }

  // MARK: Points like money

  @Test func pointsCarryTheirWorkingEveryItemAndTheirCertainty() throws {
    let (result, profile) = try evaluate(
      #"{"city":"wuhai","applicant":"university","techContracts":[{"amount":5000000,"direction":"sell"},{"amount":3500000,"direction":"sell"},{"amount":1500000,"direction":"sell"}],"asOf":"2026-06-01"}"#
    )
    let points = try #require(
      result.matches.first { reference($0.location) == "region-2026/11/transfer-project-points" })
    #expect(points.points == 1_700_000)
    #expect(points.items == [0, 1])
    #expect(points.certainty == .certain)
    let explainer = Explainer(catalog: Self.catalog)
    let working = explainer.computation(try #require(points.computation))
    #expect(working.contains("500万元 × 20% = 积分 1000000"), "\(working)")
    #expect(working.contains("350万元 × 20% = 积分 700000"), "\(working)")
    #expect(working.contains("积分 1700000"), "\(working)")
    let because = explainer.because(points, profile: profile)
    #expect(because.contains("500万元") && because.contains("350万元"), "\(because)")
    #expect(!because.contains("150万元"), "the contract under 200万 is not a reason: \(because)")

    let report = EvaluationReport(result: result, profile: profile, explainer: explainer)
    let entry = try #require(report.matches.first { $0.benefit == "transfer-project-points" })
    #expect(entry.points == 1_700_000)
    #expect(entry.items == [0, 1])
    #expect(entry.certainty == .certain)
    #expect(entry.computation == working)
  }

  @Test func aContractOneYuanShortOfTheThresholdIsANearMissWithItsPoints() throws {
    let (result, _) = try evaluate(
      #"{"city":"wuhai","applicant":"university","techContracts":[{"amount":1999999,"direction":"sell"}]}"#
    )
    let miss = try #require(
      result.nearMisses.first { reference($0.location) == "region-2026/11/transfer-project-points" }
    )
    #expect(miss.gap?.item == 0)
    #expect(miss.gap?.shortfall == 100)  // 1 yuan, in fen
    #expect(miss.pointsAtThreshold == 400_000)
    let missing = Explainer(catalog: Self.catalog).missing(miss)
    #expect(missing.contains("技术合同第1项"), "\(missing)")
  }

  @Test func revenueOneYuanShortIsANearMissForTheSpinOffPoints() throws {
    let (result, _) = try evaluate(
      #"{"city":"wuhai","applicant":"enterprise","spinOff":true,"techSMEYears":1,"operatingRevenue":199999}"#
    )
    #expect(
      result.nearMisses.contains { reference($0.location) == "region-2026/11/spin-off-points" })
  }
}
