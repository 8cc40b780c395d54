import PolicyEngine
import Testing

/// Which documents apply: the city's and the region's, drafts on or off, dates in force.
@Suite struct DocumentScopeTests {
  static let article = """
      - article: 1
        title: 高企
        text: 给予10万元。
        benefits:
          - { id: ht, kind: money, title: 高企, when: [ { highTech: [new] } ], amount: { fixed: 10万 } }
    """

  static let catalog = try! Fixtures.catalog(
    Fixtures.document(
      id: "ordos", city: "ordos", from: "2024-10-20", until: "2029-10-19", articles: article),
    Fixtures.document(id: "draft", city: "hulunbuir", status: "draft", articles: article),
    Fixtures.document(
      id: "region", city: "region", from: "2026-01-15", until: "2028-12-31", articles: article))

  func documents(_ json: String) throws -> [String] {
    let result = try Fixtures.evaluate(Self.catalog, json)
    return result.matches.map { Self.catalog.documents[$0.location.document].id }
  }

  @Test func datesInForceAreInclusive() throws {
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2024-10-19"}"#) == [])
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2024-10-20"}"#) == [
          "ordos"
        ])
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2029-10-19"}"#) == [
          "ordos"
        ])
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2029-10-20"}"#) == [])
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2026-01-15"}"#) == [
          "ordos", "region",
        ])
    #expect(
      try documents(
        #"{"city":"ordos","applicant":"enterprise","highTech":"new","asOf":"2029-01-01"}"#) == [
          "ordos"
        ])
  }

  @Test func draftsOnAndOff() throws {
    #expect(
      try documents(
        #"{"city":"hulunbuir","applicant":"enterprise","highTech":"new","asOf":"2026-06-01"}"#) == [
          "draft", "region",
        ])
    #expect(
      try documents(
        #"{"city":"hulunbuir","applicant":"enterprise","highTech":"new","asOf":"2026-06-01","includeDrafts":false}"#
      )
        == ["region"])
  }

  @Test func otherCitiesGetOnlyTheRegion() throws {
    #expect(
      try documents(
        #"{"city":"baotou","applicant":"enterprise","highTech":"new","asOf":"2026-06-01"}"#) == [
          "region"
        ])
  }

  @Test func unknownAnswersGoToPossible() throws {
    let result = try Fixtures.evaluate(
      Self.catalog,
      #"{"city":"ordos","applicant":"enterprise","unknown":["highTech"],"asOf":"2026-06-01"}"#)
    #expect(result.matches.isEmpty)
    #expect(result.possible.count == 2)
    let highTech = try #require(Self.catalog.fact(named: "highTech"))
    #expect(result.possible.allSatisfy { $0.dependsOn == [highTech.id] })
    #expect(result.totals.min == .zero && result.totals.max == .zero)
  }

  @Test func unknownCityKeepsEveryCityPossible() throws {
    let result = try Fixtures.evaluate(
      Self.catalog,
      #"{"unknown":["city"],"applicant":"enterprise","highTech":"new","asOf":"2026-06-01"}"#)
    #expect(result.matches.map { Self.catalog.documents[$0.location.document].id } == ["region"])
    #expect(
      Set(result.possible.map { Self.catalog.documents[$0.location.document].id }) == [
        "ordos", "draft",
      ])
  }
}
