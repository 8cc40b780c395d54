import PolicyEngine
import Testing

/// 就高、从优、不重复 across a city's documents, and tiers of one clause that never add up.
@Suite struct StackingTests {
  /// The clause's tiers; with `subject`, the region tier is linked to another document's
  /// region laboratory (a subject links benefits of different documents of one city).
  static func tiers(subject: Bool = false) -> String {
    let link = subject ? "\n        subject: platform-keyLab" : ""
    return """
        - article: 3
          title: 平台
          text: 对新认定的国家级、自治区级重点实验室，分别给予100万元、50万元经费支持。
          benefits:
            - id: national
              kind: money
              title: 国家级平台
              group: level
              when: [ { platform: { type: keyLab, level: national, new: true } } ]
              amount: { fixed: 100万 }
            - id: region
              kind: money
              title: 自治区级平台\(link)
              group: level
              when: [ { platform: { type: keyLab, level: region, new: true } } ]
              amount: { fixed: 50万 }
        - article: 20
          title: 其他事项
          text: 同时符合市本级其它政策条件的，按照就高、从优、不重复原则执行。
          benefits:
            - { id: rule, title: 就高不重复, kind: reform }
      """
  }

  static let other = """
      - article: 5
        title: 另一文件的平台支持
        text: 对新获批的自治区重点实验室，一次性给予200万元。
        benefits:
          - id: region-lab
            kind: money
            title: 自治区重点实验室
            subject: platform-keyLab
            when: [ { platform: { type: keyLab, level: region, new: true } } ]
            amount: { fixed: 200万 }
    """

  /// Two different platforms at two tiers of one clause are two things: two payments.
  @Test func twoPlatformsAtTwoTiersAreTwoPayments() throws {
    let catalog = try Fixtures.catalog(Fixtures.document(articles: Self.tiers()))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true},{"type":"keyLab","level":"region","new":true}]}"#
    )
    #expect(result.match(catalog, "national")?.stackedOut == nil)
    #expect(result.match(catalog, "region")?.stackedOut == nil)
    // 100万 + 50万.
    #expect(result.totals.min == .wan(150) && result.totals.max == .wan(150))
    #expect(result.totals.certain == .wan(150))
    // The reform clause is listed in the catalog but never "matched".
    #expect(result.match(catalog, "rule") == nil)
  }

  /// One national platform and three region ones: 100万 + 3 × 50万, the national one kept.
  @Test func oneNationalAndThreeRegionPlatforms() throws {
    let catalog = try Fixtures.catalog(Fixtures.document(articles: Self.tiers()))
    let region = #"{"type":"keyLab","level":"region","new":true}"#
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true},\#(region),\#(region),\#(region)]}"#
    )
    #expect(result.match(catalog, "national")?.amount?.min == .wan(100))
    #expect(result.match(catalog, "region")?.amount?.min == .wan(150))
    #expect(result.totals.min == .wan(250) && result.totals.max == .wan(250))
  }

  static let overlappingTiers = """
      - article: 4
        title: 平台
        text: 对新认定的重点实验室给予50万元支持，其中国家级重点实验室给予100万元支持。
        benefits:
          - id: any-level
            kind: money
            title: 重点实验室
            group: lab
            when: [ { platform: { type: keyLab, new: true } } ]
            amount: { fixed: 50万 }
          - id: national
            kind: money
            title: 国家级重点实验室
            group: lab
            when: [ { platform: { type: keyLab, level: national, new: true } } ]
            amount: { fixed: 100万 }
    """

  /// One entry that two tiers accept is paid once, at the higher tier; another entry that only
  /// the lower tier accepts is still paid.
  @Test func oneEntryIsNeverPaidTwice() throws {
    let catalog = try Fixtures.catalog(Fixtures.document(articles: Self.overlappingTiers))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true},{"type":"keyLab","level":"region","new":true}]}"#
    )
    let national = try #require(result.match(catalog, "national"))
    let anyLevel = try #require(result.match(catalog, "any-level"))
    #expect(national.items == [0])
    #expect(anyLevel.items == [1])
    #expect(anyLevel.stackedOut == nil)
    #expect(
      anyLevel.itemsPaidElsewhere == [
        ItemStacking(item: 0, reason: .sameClauseTier(winner: national.location))
      ])
    #expect(anyLevel.amount?.min == .wan(50))
    #expect(result.totals.min == .wan(150) && result.totals.max == .wan(150))
    // With only the national one, the lower tier pays nothing and says why.
    let single = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"national","new":true}]}"#
    )
    #expect(
      single.match(catalog, "any-level")?.stackedOut
        == .sameClauseTier(winner: try #require(single.match(catalog, "national")).location))
    #expect(single.totals.min == .wan(100) && single.totals.max == .wan(100))
  }

  @Test func highestWinsAcrossDocumentsOfTheCityWithTheRule() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", combination: "20", articles: Self.tiers(subject: true)),
      Fixtures.document(id: "b", articles: Self.other))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"region","new":true}]}"#
    )
    let winner = try #require(result.match(catalog, "region-lab"))
    #expect(winner.stackedOut == nil)
    let loser = try #require(result.match(catalog, "region"))
    guard case .combinationRule(let by, _, let article) = loser.stackedOut else {
      Issue.record("expected the 就高 rule, got \(String(describing: loser.stackedOut))")
      return
    }
    #expect(by == winner.location)
    #expect(article == 20)
    #expect(result.totals.min == .wan(200) && result.totals.max == .wan(200))
    let reason = Explainer(catalog: catalog).stacking(try #require(loser.stackedOut))
    #expect(reason.contains("就高、从优、不重复"))
    #expect(reason.contains("测试a（二十）"))
  }

  /// 就高 between a certain 50万 and a 择优 200万 for the same laboratory: the 择优 side may never
  /// be paid, so it does not knock the certain one out. Both stay as alternatives and the
  /// laboratory surely brings 50万, at most 200万 (taking the 择优 side as sure left 0 settled).
  @Test func aSelectiveSumNeverKnocksOutACertainOne() throws {
    let selective = Self.other.replacingOccurrences(
      of: "amount: { fixed: 200万 }", with: "amount: { fixed: 200万 }\n        certainty: selective"
    )
    #expect(selective != Self.other)
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", combination: "20", articles: Self.tiers(subject: true)),
      Fixtures.document(id: "b", articles: selective))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"region","new":true}]}"#
    )
    let certain = try #require(result.match(catalog, "region"))
    let chosen = try #require(result.match(catalog, "region-lab"))
    #expect(certain.stackedOut == nil)
    #expect(chosen.stackedOut == nil)
    #expect(result.totals.min == .wan(50) && result.totals.max == .wan(200))
    #expect(result.totals.byCertainty[.chooseHigher] == MoneyRange(min: .wan(50), max: .wan(200)))
  }

  /// Where no document of the city states the rule (Hohhot), the same thing is still not
  /// promised twice: the higher counts, and the reason says to confirm with the department.
  @Test func withoutAStatedRuleTheHigherStillWinsAndAsksToConfirm() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", articles: Self.tiers(subject: true)),
      Fixtures.document(id: "b", articles: Self.other))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"keyLab","level":"region","new":true}]}"#
    )
    let winner = try #require(result.match(catalog, "region-lab"))
    let loser = try #require(result.match(catalog, "region"))
    #expect(winner.stackedOut == nil)
    #expect(loser.stackedOut == .customaryRule(winner: winner.location))
    #expect(result.totals.min == .wan(200) && result.totals.max == .wan(200))
    let reason = Explainer(catalog: catalog).stacking(try #require(loser.stackedOut))
    #expect(reason.contains("未明示"))
  }

  static func zone(_ amount: String) -> String {
    """
      - article: 13
        title: 高新区
        text: 对新认定的高新区给予支持。
        benefits:
          - id: zone
            kind: money
            title: 高新区
            subject: zone
            when: [ { platform: { type: incubator, new: true } } ]
            amount: \(amount)
    """
  }

  /// "Higher" compares ranges: 不低于500万 a year for 3 years is surely at least 最高500万 a year;
  /// a draft still never removes money in force, so the pair is shown, and totalled as the
  /// draft it rests on.
  @Test func higherIsDecidedByRangesAndADraftNeverRemovesMoneyInForce() throws {
    let upTo = Self.zone("{ upTo: 500万, per: year, years: 3 }")
    let atLeast = Self.zone("{ atLeast: 500万, per: year, years: 3 }")
    let platform =
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"incubator","level":"region","new":true}]}"#
    // Both in force: the 不低于 one is surely higher and the other is not counted.
    let inForce = try Fixtures.catalog(
      Fixtures.document(id: "a", articles: upTo), Fixtures.document(id: "b", articles: atLeast))
    let decided = try Fixtures.evaluate(inForce, platform)
    #expect(decided.matches.count == 2)
    #expect(decided.matches[0].stackedOut == .customaryRule(winner: decided.matches[1].location))
    #expect(decided.totals.min == .wan(1500) && decided.totals.max == nil)
    #expect(decided.alternatives.isEmpty)
    // The higher one is a draft: both stay, and the totals take [1500万, open) — under 征求意见稿,
    // since only the draft offers that floor; the draft keeps its own word (issue 15).
    let withDraft = try Fixtures.catalog(
      Fixtures.document(id: "a", articles: upTo),
      Fixtures.document(id: "b", status: "draft", articles: atLeast))
    let pair = try Fixtures.evaluate(withDraft, platform)
    #expect(pair.matches.allSatisfy { $0.stackedOut == nil })
    #expect(pair.matches.map(\.certainty) == [.chooseHigher, .draft])
    #expect(pair.alternatives.count == 1)
    #expect(pair.alternatives.first?.draftDecides == true)
    #expect(pair.totals.min == .wan(1500) && pair.totals.max == nil)
    #expect(pair.totals.byCertainty[.chooseHigher] == nil)
    #expect(pair.totals.byCertainty[.draft] == MoneyRange(min: .wan(1500), max: nil))
    let notes = Explainer(catalog: withDraft).stackingNotes(
      pair.matches[0], in: pair, profile: try Fixtures.profile(withDraft, platform))
    #expect(notes.contains { $0.contains("取其高，以主管部门核定为准") })
  }

  /// 最高300万 against 不低于200万: neither is surely higher; both shown, 200万 to open.
  @Test func undecidedOrderKeepsBothAsAlternatives() throws {
    let catalog = try Fixtures.catalog(
      Fixtures.document(id: "a", articles: Self.zone("{ upTo: 300万 }")),
      Fixtures.document(id: "b", articles: Self.zone("{ atLeast: 200万 }")))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"incubator","level":"region","new":true}]}"#
    )
    #expect(result.matches.allSatisfy { $0.stackedOut == nil })
    #expect(result.alternatives.first?.min == .wan(200))
    #expect(result.alternatives.first?.max == nil)
    #expect(result.totals.min == .wan(200) && result.totals.max == nil)
  }

  /// Inside one document, two articles pay for the same thing only where the catalog says so.
  @Test func sameThingAsIsAnExplicitCitedDecision() throws {
    let articles = """
        - article: 3
          title: 中试基地
          text: 对新认定的自治区级中试基地给予30万元支持。
          benefits:
            - id: pilot
              kind: money
              title: 中试基地（三）
              when: [ { platform: { type: incubator, level: region, new: true } } ]
              amount: { fixed: 30万 }
        - article: 10
          title: 中试基地
          text: 对新认定的自治区级中试基地给予50万元支持。
          benefits:
            - id: pilot-region
              kind: money
              title: 中试基地（十）
              sameThingAs: [3/pilot]
              sameThingNote: 两条均支持新认定的自治区级中试基地
              when: [ { platform: { type: incubator, level: region, new: true } } ]
              amount: { fixed: 50万 }
      """
    let catalog = try Fixtures.catalog(Fixtures.document(articles: articles))
    let result = try Fixtures.evaluate(
      catalog,
      #"{"city":"hulunbuir","applicant":"enterprise","platforms":[{"type":"incubator","level":"region","new":true}]}"#
    )
    let kept = try #require(result.match(catalog, "pilot-region"))
    let dropped = try #require(result.match(catalog, "pilot"))
    #expect(kept.stackedOut == nil)
    #expect(
      dropped.stackedOut
        == .catalogDecision(winner: kept.location, loser: dropped.location, ruleArticle: nil))
    #expect(result.totals.min == .wan(50))
    let reason = Explainer(catalog: catalog).stacking(try #require(dropped.stackedOut))
    #expect(reason.contains("两条均支持新认定的自治区级中试基地"))
  }

  /// A subject links benefits of different documents of one city; one that nothing else of its
  /// city shares (other cities do not count) is refused as a likely misspelling, and so is one
  /// shared only inside one document (that is what `group` and `sameThingAs` say).
  @Test func aSubjectMustLinkDocumentsOfOneCity() throws {
    do {
      _ = try Fixtures.catalog(
        Fixtures.document(
          id: "a", city: "hulunbuir", combination: "20", articles: Self.tiers(subject: true)),
        Fixtures.document(id: "b", city: "ordos", articles: Self.other))
      Issue.record("a subject used once in each city was accepted")
    } catch let error as CatalogProblems {
      let messages = error.problems.map(\.message)
      #expect(messages.count == 2, "\(messages)")
      #expect(
        messages.allSatisfy { $0.contains("is not shared with another document of the city") })
    }
    let oneDocument = Self.tiers().replacingOccurrences(
      of: "group: level", with: "subject: same-in-one-document")
    #expect(throws: CatalogProblems.self) {
      try Fixtures.catalog(Fixtures.document(articles: oneDocument))
    }
  }
}
