import DefaultCatalog
import Foundation
import Testing

@testable import PolicyEngine

/// Issue 15, defect 7: an unanswered yes/no question is never a silent "no". Left out still pays
/// nothing (the profile contract: omitted is not claimed; totals, matches and possible do not
/// change), but a benefit that only such questions stand between is a near miss of the
/// unanswered kind, naming them, with what it would pay answered yes.
@Suite struct UnansweredNearMissTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  func reference(_ location: BenefitLocation) -> String {
    WorkedCases(catalog: Self.catalog).reference(location)
  }

  func profile(_ json: String) throws -> Profile {
    try ProfileDecoder(catalog: Self.catalog).decode(json)
  }

  func fact(_ name: String) throws -> FactID {
    try #require(Self.catalog.fact(named: name)).id
  }

  /// The issue's case: a university's new city 院士专家工作站, `academicianOfTwoAcademies` not
  /// given. Hohhot 2024 第17条: 对两院院士在呼建立的工作站，连续3年每年给予不低于500万元.
  static let workstation =
    #"{"city":"hohhot","applicant":"university","platforms":[{"type":"academicianWorkstation","level":"city","new":true}],"includeDrafts":true"#

  @Test func theTwoAcademiesWorkstationLeftUnansweredIsANearMissNamingTheQuestion() throws {
    let question = try fact("academicianOfTwoAcademies")
    let omitted = try profile(Self.workstation + "}")
    let result = Self.evaluator.evaluate(omitted, today: Self.day)
    let miss = try #require(
      result.nearMisses.first {
        reference($0.location) == "hohhot-2024-draft/17/academician-workstation"
      },
      "\(result.nearMisses.map { reference($0.location) })")
    #expect(miss.gap == nil)
    #expect(miss.unanswered == [FactPath(fact: question)])
    // 不低于500万 a year, 3 years: what it would pay answered yes.
    let amount = try #require(miss.amountAtThreshold)
    #expect(amount.min == .wan(500) && amount.max == nil)
    #expect(amount.per == .year && amount.years == 3)
    let explainer = Explainer(catalog: Self.catalog)
    #expect(
      explainer.missing(miss)
        == "未回答：贵单位本年度新建的院士专家工作站，是否由中国科学院或中国工程院院士在呼建立？")
    let english = Explainer(catalog: Self.catalog, language: .english).missing(miss)
    #expect(english.hasPrefix("Not answered: "), "\(english)")
    #expect(!english.contains { $0.unicodeScalars.first!.value >= 0x4E00 }, "\(english)")

    // Omitted still pays nothing: matches, possible and totals are those of an explicit no.
    var no = omitted
    no[question] = .bool(false)
    let answeredNo = Self.evaluator.evaluate(no, today: Self.day)
    #expect(result.matches == answeredNo.matches)
    #expect(result.possible == answeredNo.possible)
    #expect(result.totals == answeredNo.totals)
    // Answered no: no near miss names it.
    #expect(!answeredNo.nearMisses.contains { $0.location == miss.location })
    // Answered yes: matched, for the amount the near miss said.
    var yes = omitted
    yes[question] = .bool(true)
    let answeredYes = Self.evaluator.evaluate(yes, today: Self.day)
    #expect(
      answeredYes.matches.first { $0.location == miss.location }?.amount
        == miss.amountAtThreshold)
  }

  @Test func aQuestionListedUnknownKeepsTheBenefitPossible() throws {
    let result = Self.evaluator.evaluate(
      try profile(Self.workstation + #","unknown":["academicianOfTwoAcademies"]}"#),
      today: Self.day)
    let question = try fact("academicianOfTwoAcademies")
    #expect(
      result.possible.contains {
        reference($0.location) == "hohhot-2024-draft/17/academician-workstation"
          && $0.dependsOn == [question]
      })
    #expect(
      !result.nearMisses.contains {
        reference($0.location) == "hohhot-2024-draft/17/academician-workstation"
      })
  }

  @Test func theJSONNamesTheQuestionBesideMissingInFormat4() throws {
    let omitted = try profile(Self.workstation + "}")
    let result = Self.evaluator.evaluate(omitted, today: Self.day)
    let report = EvaluationReport(
      result: result, profile: omitted, explainer: Explainer(catalog: Self.catalog))
    #expect(report.resultFormat == 4)
    let entry = try #require(report.nearMisses.first { $0.benefit == "academician-workstation" })
    #expect(entry.unanswered == ["academicianOfTwoAcademies"])
    #expect(entry.missing.hasPrefix("未回答："))
    #expect(entry.amount?.min == Yuan(.wan(500)))
    // A threshold near miss carries no `unanswered`.
    #expect(report.nearMisses.allSatisfy { $0.unanswered == nil || $0.missing.hasPrefix("未回答：") })
    let json = ResultJSONWriter(explainer: Explainer(catalog: Self.catalog)).json(
      result, profile: omitted, openQuestions: nil)
    #expect(json == report.foundationJSON())
    #expect(json.contains(#""unanswered" : ["#), "\(json)")
    // The schema knows the field.
    let schema = EvaluationReport.jsonSchema()
    #expect(schema.contains(#""unanswered""#))
    #expect(schema.contains("/result/4.schema.json"))
  }

  /// The hole the earlier attempt found: Ordos （一） 一事一议 for a major infrastructure facility,
  /// `majorInfrastructure` left out (the other alternative, a lab platform, absent).
  @Test func aCaseByCaseBenefitUnderAnyIsANearMissWithoutAnAmount() throws {
    let result = Self.evaluator.evaluate(
      try profile(#"{"city":"ordos","applicant":"enterprise"}"#), today: Self.day)
    let miss = try #require(
      result.nearMisses.first { reference($0.location) == "ordos-2024/1/state-lab-case-by-case" })
    #expect(miss.unanswered == [FactPath(fact: try fact("majorInfrastructure"))])
    #expect(miss.amountAtThreshold == nil)
  }

  /// A field of a record is unanswered when the field is left out, the record given or not;
  /// answered no inside the record, it is not.
  @Test func aRecordFieldLeftOutIsUnanswered() throws {
    let parkStatus = try #require(Self.catalog.fact(named: "parkStatus"))
    let field = try #require(parkStatus.field(named: "sustainableAgendaZone"))
    let path = FactPath(fact: parkStatus.id, field: field)
    let park = try profile(#"{"city":"ordos","applicant":"park"}"#)
    let without = Self.evaluator.evaluate(park, today: Self.day)
    let miss = try #require(without.nearMisses.first { $0.unanswered.contains(path) })
    let report = EvaluationReport(
      result: without, profile: park, explainer: Explainer(catalog: Self.catalog))
    #expect(
      report.nearMisses.contains { $0.unanswered == ["parkStatus.sustainableAgendaZone"] })
    #expect(Explainer(catalog: Self.catalog).missing(miss).contains("建设期内"))
    let other = Self.evaluator.evaluate(
      try profile(#"{"city":"ordos","applicant":"park","parkStatus":{"rdTargetMet":true}}"#),
      today: Self.day)
    #expect(other.nearMisses.contains { $0.unanswered.contains(path) })
    let no = Self.evaluator.evaluate(
      try profile(
        #"{"city":"ordos","applicant":"park","parkStatus":{"sustainableAgendaZone":false}}"#),
      today: Self.day)
    #expect(!no.nearMisses.contains { $0.unanswered.contains(path) })
  }

  /// A question the applicant is never asked (`appliesTo`) is no unanswered question of its:
  /// an enterprise is not told it left out whether it is an excellent S&T commissioner.
  @Test func aQuestionNotAskedOfTheApplicantIsNotUnanswered() throws {
    let commissioner = FactPath(fact: try fact("excellentCommissioner"))
    let enterprise = Self.evaluator.evaluate(
      try profile(#"{"city":"ordos","applicant":"enterprise"}"#), today: Self.day)
    #expect(!enterprise.nearMisses.contains { $0.unanswered.contains(commissioner) })
    let individual = Self.evaluator.evaluate(
      try profile(#"{"city":"ordos","applicant":"individual"}"#), today: Self.day)
    #expect(individual.nearMisses.contains { $0.unanswered.contains(commissioner) })
  }

  /// Threshold gaps first (closest first), then the unanswered ones in catalog order.
  @Test func thresholdGapsComeBeforeUnansweredQuestions() throws {
    let result = Self.evaluator.evaluate(
      try profile(
        #"{"city":"hohhot","applicant":"institute","rd":{"lastYear":19999999,"yearBefore":10000000},"asOf":"2025-06-01"}"#
      ),
      today: Self.day)
    let kinds = result.nearMisses.map { $0.gap != nil }
    #expect(kinds.contains(true) && kinds.contains(false), "\(kinds)")
    #expect(kinds == kinds.sorted { $0 && !$1 }, "\(kinds)")
  }

  // MARK: Every yes/no question of the catalog

  /// For each benefit that asks a yes/no question to be yes, and each such question: a profile
  /// that otherwise qualifies (built from the condition), the question left out. The benefit is
  /// a near miss naming it — never silently absent; listed unknown, it is possible with it;
  /// answered no, neither.
  @Test func everyYesNoQuestionLeftOutIsNamedByANearMiss() {
    let catalog = Self.catalog
    var checked = 0
    var failures: [String] = []
    var unbuilt: [String] = []
    for location in catalog.benefits {
      let benefit = catalog[location]
      guard benefit.kind != .reform else { continue }
      for flag in benefit.condition.yesFlags {
        let name = "\(reference(location)) without \(catalog.questionKey(flag))"
        guard let yes = ConditionSatisfier(catalog: catalog).profile(for: location, flag: flag)
        else {
          unbuilt.append(name)
          continue
        }
        let answeredYes = Self.evaluator.evaluate(yes, today: Self.day)
        guard
          (answeredYes.matches + answeredYes.general).contains(where: { $0.location == location })
        else {
          unbuilt.append(name + " (not matched answered yes)")
          continue
        }
        checked += 1
        var omitted = yes
        if let field = flag.field, case .record(var fields)? = yes[flag.fact] {
          fields[field] = nil
          omitted[flag.fact] = .record(fields)
        } else {
          omitted[flag.fact] = nil
        }
        let left = Self.evaluator.evaluate(omitted, today: Self.day)
        if !left.nearMisses.contains(where: {
          $0.location == location && $0.unanswered.contains(flag)
        }) {
          failures.append(name + ": no near miss names it")
        }
        if left.matches.contains(where: { $0.location == location }) {
          failures.append(name + ": matched though left out")
        }
        var unknown = omitted
        unknown.setUnknown(flag.fact, true)
        let open = Self.evaluator.evaluate(unknown, today: Self.day)
        if !open.possible.contains(where: {
          $0.location == location && $0.dependsOn.contains(flag.fact)
        }) {
          failures.append(name + ": not possible when unknown")
        }
        var no = yes
        no.setFlag(false, at: flag, fieldCount: catalog.facts[flag.fact].type.fields.count)
        let answeredNo = Self.evaluator.evaluate(no, today: Self.day)
        if answeredNo.nearMisses.contains(where: {
          $0.location == location && $0.unanswered.contains(flag)
        }) {
          failures.append(name + ": a near miss though answered no")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(unbuilt.isEmpty, "\(unbuilt)")
    #expect(checked > 40, "\(checked)")
  }
}

/// Builds a profile that satisfies a benefit's condition with one yes/no question answered yes:
/// its document's city and a day it is in force, each condition met by its smallest answer.
struct ConditionSatisfier {
  let catalog: Catalog

  func profile(for location: BenefitLocation, flag: FactPath) -> Profile? {
    var profile = Profile(factCount: catalog.facts.count)
    profile.includeDrafts = true
    let document = catalog.documents[location.document]
    profile.asOf = document.effectiveFrom ?? CalendarDay(year: 2026, month: 6, day: 1)
    if let city = document.city, let cityFact = catalog.fact(named: "city"),
      case .enumeration(let cities) = cityFact.type, let index = cities.index(of: city)
    {
      profile[cityFact.id] = .choice(index)
    }
    // An applicant the question is asked of (`appliesTo`), unless the condition names one.
    if let applicant = catalog.fact(named: "applicant"),
      case .enumeration(let values) = applicant.type,
      let first = catalog.facts[flag.fact].appliesTo.first, let index = values.index(of: first)
    {
      profile[applicant.id] = .choice(index)
    }
    let condition = catalog[location].condition
    satisfy(condition, toward: flag, in: &profile)
    let defaults = catalog.facts.map(\.defaultEnumIndex)
    return condition.truth(profile, defaults: defaults) == .yes ? profile : nil
  }

  private func fieldCount(_ fact: FactID) -> Int { catalog.facts[fact].type.fields.count }

  private func satisfying(_ comparison: Comparison, _ threshold: Int64) -> Int64 {
    switch comparison {
    case .atLeast, .atMost: return threshold
    case .above: return threshold + 1
    case .below: return threshold - 1
    }
  }

  private func set(_ value: FactValue, at path: FactPath, in profile: inout Profile) {
    guard let field = path.field else {
      profile[path.fact] = value
      return
    }
    var fields = [FactValue?](repeating: nil, count: fieldCount(path.fact))
    if case .record(let existing)? = profile[path.fact] {
      for (index, old) in existing.enumerated() where index < fields.count { fields[index] = old }
    }
    fields[field] = value
    profile[path.fact] = .record(fields)
  }

  private func satisfy(_ condition: Condition, toward flag: FactPath, in profile: inout Profile) {
    switch condition {
    case .all(let parts):
      for part in parts { satisfy(part, toward: flag, in: &profile) }
    case .any(let parts):
      let chosen = parts.first { $0.yesFlags.contains(flag) } ?? parts.first
      if let chosen { satisfy(chosen, toward: flag, in: &profile) }
    case .not:
      break
    case .oneOf(let path, let mask):
      set(.choice(mask.trailingZeroBitCount), at: path, in: &profile)
    case .isTrue(let path, let expected):
      set(.bool(expected), at: path, in: &profile)
    case .compare(let path, let comparison, let threshold):
      let number = satisfying(comparison, threshold)
      if path.derived != nil {
        profile.setNumber(number, at: path, fieldCount: fieldCount(path.fact))
      } else {
        set(.number(number), at: path, in: &profile)
      }
    case .has(let list, let filter):
      var item = [FactValue?](repeating: nil, count: fieldCount(list))
      for (field, test) in filter.tests {
        switch test {
        case .oneOf(let mask): item[field] = .choice(mask.trailingZeroBitCount)
        case .isTrue(let expected): item[field] = .bool(expected)
        case .compare(let comparison, let threshold):
          item[field] = .number(satisfying(comparison, threshold))
        }
      }
      profile[list] = .list(profile.items(list) + [item])
    }
  }
}
