import DefaultCatalog
import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import PolicyEngine

/// Issue 19: the near-miss searches (threshold and unanswered), question relevance and open
/// questions read the compiled conditions (`ConditionRun`) for speed. Each must give exactly
/// what the definitions on the `Condition` tree give — the ones evaluation used before, kept here as the reference —
/// on random profiles (answers omitted, unknown, at and beside every threshold), on the sample
/// profiles and on a fixture that nests `not` and `any`: same near misses in the same order,
/// same open questions, same relevant facts.
@Suite struct CompiledNearMissSearchTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)
  static let day = CalendarDay(year: 2026, month: 6, day: 1)

  static func samples() throws -> [(name: String, profile: Profile)] {
    let decoder = ProfileDecoder(catalog: catalog)
    return try RepositoryFiles.files(in: "Data/samples", extension: "json").map { url in
      (url.lastPathComponent, try decoder.decode(String(contentsOf: url, encoding: .utf8)))
    }
  }

  @Test func theSamplesGiveWhatTheTreeGives() throws {
    let samples = try Self.samples()
    #expect(samples.count == 5)
    var unansweredMisses = 0
    for (name, profile) in samples {
      let differences = Self.differences(Self.evaluator, profile, today: Self.day)
      #expect(differences.isEmpty, "\(name): \(differences)")
      unansweredMisses +=
        Self.evaluator.evaluate(profile, today: Self.day).nearMisses.filter { $0.gap == nil }.count
    }
    // The samples leave yes/no questions out: the search is exercised, not skipped.
    #expect(unansweredMisses >= 5, "\(unansweredMisses)")
  }

  @Test func randomProfilesGiveWhatTheTreeGives() async {
    await Self.expectAgreement(Self.evaluator, count: 200)
  }

  @Test func nestedNotAndAnyGiveWhatTheTreeGives() async {
    await Self.expectAgreement(
      Evaluator(catalog: ConditionProgramPropertyTests.nested), count: 300)
  }

  /// Several yes/no questions, one a field of a record, under `all`, `any` and `not`: an
  /// alternative that would ask one question but fails on a threshold (its question must not be
  /// named), one question asked twice, a per-platform sum behind a question. A region-wide
  /// document, so that every random profile reaches it.
  static let flags = try! CatalogLoader.load([
    CatalogSource(
      name: "facts.yaml",
      text: Fixtures.facts + """

          - name: firstFlag
            type: bool
          - name: secondFlag
            type: bool
          - name: status
            type: record
            fields:
              - { name: listed, type: bool }
              - { name: audited, type: bool }
        """),
    CatalogSource(
      name: "doc.yaml",
      text: Fixtures.document(
        city: "region",
        articles: """
            - article: 1
              title: 是非题
              text: 支持。
              benefits:
                - id: any-fails-on-threshold
                  title: 甲
                  kind: money
                  when: [ { any: [ { all: [ { firstFlag: true }, { atLeast: { techSMEYears: 3 } } ] }, { secondFlag: true } ] } ]
                  amount: { fixed: 10万 }
                - id: asked-twice
                  title: 乙
                  kind: money
                  when: [ { any: [ { all: [ { firstFlag: true }, { secondFlag: true } ] }, { all: [ { secondFlag: true }, { status.listed: true } ] } ] }, { firstFlag: true } ]
                  amount: { fixed: 20万 }
                - id: not-and-record
                  title: 丙
                  kind: nonMonetary
                  when: [ { not: { status.audited: true } }, { status.listed: true }, { aboveScale: true } ]
                - id: per-platform
                  title: 丁
                  kind: money
                  when: [ { platform: { type: keyLab, new: true } }, { secondFlag: true } ]
                  amount: { fixed: 30万 }
          """)),
  ])

  @Test func severalQuestionsUnderAllAnyAndNotGiveWhatTheTreeGives() async {
    await Self.expectAgreement(Evaluator(catalog: Self.flags), count: 400)
  }

  static func expectAgreement(_ evaluator: Evaluator, count: Int) async {
    let catalog = evaluator.catalog
    let values = RandomProfiles.interesting(in: catalog)
    await propertyCheck(count: count, input: Gen.uint64()) { seed in
      var profile = RandomProfiles.profile(seed: seed, catalog: catalog, interesting: values)
      profile.asOf = Self.day
      let differences = Self.differences(evaluator, profile, today: Self.day)
      #expect(differences.isEmpty, "seed \(seed): \(differences)")
    }
  }

  /// Where the compiled searches and the tree's reference disagree for one profile (empty when
  /// they agree): each failing benefit's unanswered near miss, the result's unanswered near
  /// misses in order, the relevant facts and the open questions.
  static func differences(_ evaluator: Evaluator, _ profile: Profile, today: CalendarDay)
    -> [String]
  {
    var differences: [String] = []
    let catalog = evaluator.catalog
    let open = evaluator.withUnnamedApplicantOpen(profile) ?? profile
    let run = ConditionRun(
      program: evaluator.plan.conditions, profile: open, defaults: evaluator.defaults,
      firstFields: FirstFieldIndex(open))
    let cityUnknown = open.isUnknown[evaluator.cityFact]
    let reference = Reference(evaluator: evaluator)
    var thresholdMisses: [NearMiss] = []
    var unansweredMisses: [NearMiss] = []
    for d in evaluator.applicableDocuments(open, asOf: open.asOf ?? today) {
      for benefit in evaluator.plan.benefits[d] {
        let id = catalog[benefit.location].id
        if benefit.mayBeNearMiss {
          let compiled = evaluator.nearMiss(benefit, open, conditions: run)
          let tree = reference.nearMiss(benefit, open)
          if compiled != tree {
            differences.append(
              "\(id): threshold near miss \(String(describing: compiled)), "
                + "tree \(String(describing: tree))")
          }
        }
        var truth = benefit.condition.truth(open, defaults: evaluator.defaults)
        if cityUnknown, benefit.cityBound, truth == .yes { truth = .unknown }
        if truth == .yes, benefit.mayBeNearMiss {
          var outcome = BenefitOutcome(
            location: benefit.location, amount: nil, computation: nil, points: nil,
            stackedOut: nil, dependsOn: [])
          if evaluator.outcome(benefit, open, conditions: run, into: &outcome) == .none,
            let miss = reference.nearMiss(benefit, open)
          {
            thresholdMisses.append(miss)
          }
        }
        guard truth == .no else { continue }
        let tree = reference.unansweredNearMiss(benefit, open)
        var answered = run
        let compiled = evaluator.unansweredNearMiss(
          benefit, open, conditions: run, answered: &answered)
        if answered.profile != open {
          differences.append("\(id): the answers were not put back")
        }
        if compiled != tree {
          differences.append(
            "\(id): compiled \(String(describing: compiled)), tree \(String(describing: tree))")
        }
        if benefit.mayBeNearMiss, let miss = reference.nearMiss(benefit, open) {
          thresholdMisses.append(miss)
        } else if evaluator.asksLeftOutFlag(benefit, open), let tree {
          unansweredMisses.append(tree)
        }
      }
    }
    // As `evaluate` orders them: threshold gaps closest first, then the unanswered ones.
    thresholdMisses.sort { left, right in
      guard let leftGap = left.gap, let rightGap = right.gap else { return false }
      return leftGap.isCloser(than: rightGap)
    }
    let misses = evaluator.evaluate(profile, today: today).nearMisses
    if misses != thresholdMisses + unansweredMisses {
      differences.append(
        "near misses \(misses) against \(thresholdMisses + unansweredMisses)")
    }
    let relevant = evaluator.relevantFacts(profile, today: today)
    let expectedRelevant = Reference(evaluator: evaluator).relevantFacts(profile, today: today)
    if relevant != expectedRelevant {
      differences.append("relevant \(relevant.sorted()) against \(expectedRelevant.sorted())")
    }
    let questions = evaluator.openQuestions(profile, today: today)
    let expectedQuestions = Reference(evaluator: evaluator).openQuestions(profile, today: today)
    if questions != expectedQuestions {
      differences.append("open questions \(questions) against \(expectedQuestions)")
    }
    return differences
  }

  @Test func theReferenceFindsUnansweredQuestionsUnderAnyAndAll() throws {
    // Guards the reference itself: the Ordos 一事一议 under `any` (UnansweredNearMissTests).
    let profile = try ProfileDecoder(catalog: Self.catalog).decode(
      #"{"city":"ordos","applicant":"enterprise"}"#)
    let majorInfrastructure = try #require(Self.catalog.fact(named: "majorInfrastructure")).id
    let reference = Reference(evaluator: Self.evaluator)
    let found = Self.evaluator.plan.benefits.joined().compactMap {
      reference.unansweredNearMiss($0, profile)
    }
    #expect(found.contains { $0.unanswered == [FactPath(fact: majorInfrastructure)] })
  }
}

/// The searches as evaluation ran them on the `Condition` tree before issue 19: the definitions
/// the compiled ones are held to.
struct Reference {
  let evaluator: Evaluator

  func nearMiss(_ benefit: PlannedBenefit, _ profile: Profile) -> NearMiss? {
    let rule = benefit.amount
    guard rule != nil || benefit.points != nil else { return nil }
    let gap: ThresholdGap
    if let leaves = failingLeaves(benefit.condition, profile) {
      if leaves.count == 1, case .has(let list, let filter) = leaves[0] {
        guard let itemGap = evaluator.itemGap(list, filter, profile) else { return nil }
        gap = itemGap
      } else if leaves.isEmpty {
        guard let floorGap = Evaluator.floorGap(rule, profile) else { return nil }
        gap = floorGap
      } else {
        guard leaves.count == 1, case .compare(let path, let comparison, let threshold) = leaves[0],
          comparison.isLowerBound, threshold > 0
        else { return nil }
        gap = ThresholdGap(
          path: path, comparison: comparison, threshold: threshold, current: profile.number(path),
          fromFloor: false)
      }
    } else {
      return nil
    }
    return evaluator.nearMiss(benefit, profile, reaching: gap)
  }

  /// The atomic conditions that are false, when the rest is true: used to find what is within
  /// reach. Nil when the condition cannot be decided.
  func failingLeaves(_ condition: Condition, _ profile: Profile) -> [Condition]? {
    let defaults = evaluator.defaults
    switch condition {
    case .all(let parts):
      var failing: [Condition] = []
      for part in parts {
        switch part.truth(profile, defaults: defaults) {
        case .yes: continue
        case .unknown: return nil
        case .no:
          guard let leaves = failingLeaves(part, profile) else { return nil }
          failing += leaves
        }
      }
      return failing
    case .any, .not:
      return condition.truth(profile, defaults: defaults) == .no ? [condition] : []
    default:
      switch condition.truth(profile, defaults: defaults) {
      case .yes: return []
      case .no: return [condition]
      case .unknown: return nil
      }
    }
  }

  func unansweredNearMiss(_ benefit: PlannedBenefit, _ profile: Profile) -> NearMiss? {
    guard
      let flags = omittedFlagsToHold(benefit.condition, profile),
      !flags.isEmpty
    else { return nil }
    var reached = profile
    for path in flags {
      reached.setFlag(
        true, at: path, fieldCount: evaluator.catalog.facts[path.fact].type.fields.count)
    }
    var outcome = BenefitOutcome(
      location: benefit.location, amount: nil, computation: nil, points: nil, stackedOut: nil,
      dependsOn: [])
    switch benefit.condition.truth(reached, defaults: evaluator.defaults) {
    case .no:
      return nil
    case .unknown:
      outcome = evaluator.undecided(benefit, reached, extra: false)
    case .yes:
      let conditions = ConditionRun(
        program: evaluator.plan.conditions, profile: reached, defaults: evaluator.defaults,
        firstFields: FirstFieldIndex(reached))
      if evaluator.outcome(benefit, reached, conditions: conditions, into: &outcome) == .none {
        return nil
      }
    }
    return NearMiss(
      location: benefit.location, gap: nil, unanswered: flags, amountAtThreshold: outcome.amount,
      pointsAtThreshold: outcome.points)
  }

  /// The yes/no questions the profile left out that, answered yes, would make the condition
  /// hold (or leave it open), in condition order; under `any`, those of every alternative that
  /// would do. Nil when anything else fails it; empty when it does not fail.
  func omittedFlagsToHold(_ condition: Condition, _ profile: Profile) -> [FactPath]? {
    guard condition.truth(profile, defaults: evaluator.defaults) == .no else { return [] }
    switch condition {
    case .isTrue(let path, true) where evaluator.leavesOut(path, profile):
      return [path]
    case .all(let parts):
      var paths: [FactPath] = []
      for part in parts {
        guard let more = omittedFlagsToHold(part, profile) else { return nil }
        for path in more where !paths.contains(path) { paths.append(path) }
      }
      return paths
    case .any(let parts):
      var paths: [FactPath] = []
      for part in parts {
        guard let more = omittedFlagsToHold(part, profile) else { continue }
        for path in more where !paths.contains(path) { paths.append(path) }
      }
      return paths.isEmpty ? nil : paths
    default:
      return nil
    }
  }

  func relevantFacts(_ profile: Profile, today: CalendarDay) -> Set<FactID> {
    let documents = evaluator.applicableDocuments(profile, asOf: profile.asOf ?? today)
    var relevant: Set<FactID> = []
    var open = evaluator.withUnnamedApplicantOpen(profile) ?? profile
    for d in documents {
      for benefit in evaluator.plan.benefits[d] {
        for fact in benefit.facts where !relevant.contains(fact) {
          let wasUnknown = open.isUnknown[fact]
          open.setUnknown(fact, true)
          if benefit.condition.truth(open, defaults: evaluator.defaults) != .no {
            relevant.insert(fact)
          }
          open.setUnknown(fact, wasUnknown)
        }
      }
    }
    return relevant
  }

  func openQuestions(_ profile: Profile, today: CalendarDay) -> [FactID] {
    var open = profile
    let unanswered = evaluator.catalog.facts.indices.filter {
      profile[$0] == nil || profile.isUnknown[$0]
    }
    for fact in unanswered { open.setUnknown(fact, true) }
    let relevant = relevantFacts(open, today: today)
    return unanswered.filter { relevant.contains($0) }
  }
}
