import DefaultCatalog
import PropertyBased
import TestSupport
import Testing

@testable import PolicyEngine

/// The compiled condition program (what evaluation runs) and the `Condition` tree (the
/// definition, used by explanations and question relevance) give the same truth for every
/// benefit of the shipped catalog, over random profiles, and count the same matching items.
@Suite struct ConditionProgramPropertyTests {
  static let catalog = DefaultCatalog.catalog
  static let evaluator = Evaluator(catalog: catalog)

  /// Every threshold the catalog compares with, and one either side.
  static let interesting = RandomProfiles.interesting(in: catalog)

  static func interesting(in catalog: Catalog) -> [Int64] {
    RandomProfiles.interesting(in: catalog)
  }

  /// A profile drawn from `seed` (`RandomProfiles.profile`).
  static func profile(seed: UInt64, catalog: Catalog = catalog, interesting: [Int64] = interesting)
    -> Profile
  {
    RandomProfiles.profile(seed: seed, catalog: catalog, interesting: interesting)
  }

  @Test func programAndTreeAgreeOnEveryBenefit() async {
    await Self.expectAgreement(Self.evaluator, count: 300)
  }

  /// The shipped catalog has no `not` and few nested `any`: a fixture that nests all three,
  /// so that a wrong negation or a wrong unknown in the compiled program is found too.
  static let nested = try! Fixtures.catalog(
    Fixtures.document(
      articles: """
          - article: 1
            title: 嵌套条件
            text: 支持。
            benefits:
              - id: not-new
                title: 甲
                kind: nonMonetary
                when: [ { not: { highTech: [new] } }, { any: [ { aboveScale: true }, { atLeast: { techSMEYears: 3 } } ] } ]
              - id: not-any
                title: 乙
                kind: nonMonetary
                when: [ { not: { any: [ { highTech: [none] }, { atLeast: { rd.increment: 500万 } } ] } } ]
              - id: any-not-platform
                title: 丙
                kind: nonMonetary
                when: [ { any: [ { not: { platform: { type: keyLab, new: true } } }, { below: { techSMEYears: 2 } } ] } ]
        """))

  @Test func programAndTreeAgreeOnNestedNotAndAny() async {
    await Self.expectAgreement(Evaluator(catalog: Self.nested), count: 300)
  }

  static func expectAgreement(_ evaluator: Evaluator, count: Int) async {
    let plan = evaluator.plan
    let defaults = evaluator.defaults
    let catalog = evaluator.catalog
    let values = interesting(in: catalog)
    await propertyCheck(count: count, input: Gen.uint64()) { seed in
      let profile = Self.profile(seed: seed, catalog: catalog, interesting: values)
      let run = ConditionRun(
        program: plan.conditions, profile: profile, defaults: defaults,
        firstFields: FirstFieldIndex(profile))
      for benefit in plan.benefits.flatMap({ $0 }) {
        let tree = benefit.condition.truth(profile, defaults: defaults)
        let program = run.truth(at: benefit.conditionRoot)
        #expect(
          tree == program,
          "\(catalog[benefit.location].id): tree \(tree), program \(program), seed \(seed)")
        if let node = benefit.perItemNode, case .has(let list, let filter)? = topLevelHas(benefit) {
          let expected = profile.items(list).indices.filter {
            filter.accepts(profile.items(list)[$0])
          }
          #expect(run.matchingPositions(at: node) == expected, "seed \(seed)")
        }
      }
    }
  }

  private static func topLevelHas(_ benefit: PlannedBenefit) -> Condition? {
    guard let list = benefit.itemList else { return nil }
    let parts: [Condition]
    if case .all(let all) = benefit.condition { parts = all } else { parts = [benefit.condition] }
    return parts.first {
      if case .has(list, _) = $0 { return true }
      return false
    }
  }
}
