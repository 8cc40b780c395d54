import PolicyEngine
import Testing

/// 就高、从优、不重复 across a city's documents, and tiers of one clause that never add up.
@Suite struct StackingTests {
  static let tiers = """
      - article: 3
        title: 平台
        text: 对新认定的国家级、自治区级重点实验室，分别给予100万元、50万元经费支持。
        benefits:
          - id: national
            title: 国家级平台
            subject: platform-keyLab
            group: level
            when: [ { platform: { type: keyLab, level: national, new: true } } ]
            amount: { fixed: 100万 }
          - id: region
            title: 自治区级平台
            subject: platform-keyLab
            group: level
            when: [ { platform: { type: keyLab, level: region, new: true } } ]
            amount: { fixed: 50万 }
      - article: 20
        title: 其他事项
        text: 同时符合市本级其它政策条件的，按照就高、从优、不重复原则执行。
        benefits:
          - { id: rule, title: 就高不重复, kind: reform }
    """

  static let other = """
      - article: 5
        title: 另一文件的平台支持
        text: 对新获批的自治区重点实验室，一次性给予200万元。
        benefits:
          - id: region-lab
            title: 自治区重点实验室
            subject: platform-keyLab
            when: [ { platform: { type: keyLab, level: region, new: true } } ]
            amount: { fixed: 200万 }
    """

  @Test func tiersOfOneClauseNeverAddUp() throws {
    let catalog = try Fixtures.catalog(Fixtures.document(articles: Self.tiers))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","platforms":[{"type":"keyLab","level":"national","new":true},{"type":"keyLab","level":"region","new":true}]}"#
    )
    #expect(result.match(catalog, "national")?.stackedOut == nil)
    let region = try #require(result.match(catalog, "region"))
    #expect(
      region.stackedOut
        == .sameClauseTier(winner: try #require(result.match(catalog, "national")).location))
    #expect(result.totals == Totals(min: .wan(100), max: .wan(100)))
    // The reform clause is listed in the catalog but never "matched".
    #expect(result.match(catalog, "rule") == nil)
  }

  @Test func highestWinsAcrossDocumentsOfTheCityWithTheRule() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", combination: "20", articles: Self.tiers),
      Fixtures.document(id: "b", articles: Self.other))
    let result = try Fixtures.evaluate(
      catalog, #"{"city":"hulunbuir","platforms":[{"type":"keyLab","level":"region","new":true}]}"#)
    let winner = try #require(result.match(catalog, "region-lab"))
    #expect(winner.stackedOut == nil)
    let loser = try #require(result.match(catalog, "region"))
    guard case .combinationRule(let by, _, let article) = loser.stackedOut else {
      Issue.record("expected the 就高 rule, got \(String(describing: loser.stackedOut))")
      return
    }
    #expect(by == winner.location)
    #expect(article == 20)
    #expect(result.totals == Totals(min: .wan(200), max: .wan(200)))
    let reason = Explainer(catalog: catalog).stacking(try #require(loser.stackedOut))
    #expect(reason.contains("就高、从优、不重复"))
    #expect(reason.contains("测试a（二十）"))
  }

  /// Where no document of the city states the rule (Hohhot), the same thing is still not
  /// promised twice: the higher counts, and the reason says to confirm with the department.
  @Test func withoutAStatedRuleTheHigherStillWinsAndAsksToConfirm() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", articles: Self.tiers),
      Fixtures.document(id: "b", articles: Self.other))
    let result = try Fixtures.evaluate(
      catalog, #"{"city":"hulunbuir","platforms":[{"type":"keyLab","level":"region","new":true}]}"#)
    let winner = try #require(result.match(catalog, "region-lab"))
    let loser = try #require(result.match(catalog, "region"))
    #expect(winner.stackedOut == nil)
    #expect(loser.stackedOut == .customaryRule(winner: winner.location))
    #expect(result.totals == Totals(min: .wan(200), max: .wan(200)))
    let reason = Explainer(catalog: catalog).stacking(try #require(loser.stackedOut))
    #expect(reason.contains("未明示"))
  }

  /// Different cities never stack each other out: the rule is per city.
  @Test func subjectsOfDifferentCitiesStayApart() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", city: "hulunbuir", combination: "20", articles: Self.tiers),
      Fixtures.document(id: "b", city: "ordos", articles: Self.other))
    let result = try Fixtures.evaluate(
      catalog, #"{"city":"hulunbuir","platforms":[{"type":"keyLab","level":"region","new":true}]}"#)
    #expect(result.matches.allSatisfy { $0.stackedOut == nil })
    #expect(result.totals == Totals(min: .wan(50), max: .wan(50)))
  }
}
