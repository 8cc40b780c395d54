import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// Runs the hand-worked cases of `Data/cases/*.yaml` against the shipped catalog.
@Suite struct WorkedCasesTests {
  struct WorkedCase: CustomTestStringConvertible, Sendable {
    var file: String
    var node: DataNode
    var name: String
    var testDescription: String { "\(file): \(name)" }
  }

  static let cases: [WorkedCase] = RepositoryFiles.files(in: "Data/cases").flatMap {
    url -> [WorkedCase] in
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let root = try? DataNodeParser.parse(text, file: url.lastPathComponent),
      case .sequence(let items, _)? = root["cases"]
    else {
      return [WorkedCase(file: url.lastPathComponent, node: .null(line: 0), name: "unreadable")]
    }
    return items.map {
      WorkedCase(file: url.lastPathComponent, node: $0, name: $0["name"]?.scalarText ?? "?")
    }
  }

  @Test func thereAreCasesForEveryDocument() {
    let files = Set(Self.cases.map(\.file))
    #expect(files.isSuperset(of: ["hohhot.yaml", "ordos.yaml", "hulunbuir.yaml", "region.yaml"]))
    #expect(Self.cases.count >= 40)
  }

  @Test(arguments: cases)
  func workedCase(_ workedCase: WorkedCase) throws {
    let catalog = DefaultCatalog.catalog
    let node = workedCase.node
    let profileNode = try #require(node["profile"], "case has no profile")
    let profile = try ProfileDecoder(catalog: catalog).decode(profileNode)
    let result = Evaluator(catalog: catalog).evaluate(
      profile, today: CalendarDay(year: 2026, month: 6, day: 1))
    let name = { (outcome: BenefitOutcome) in Self.reference(catalog, outcome.location) }

    for expected in Self.items(node["matches"]) {
      let reference = try #require(expected["benefit"]?.scalarText)
      let match = result.matches.first { name($0) == reference }
      guard let match else {
        Issue.record("\(reference) is not matched; matches: \(result.matches.map(name))")
        continue
      }
      if let min = Self.money(expected["min"]) {
        #expect(match.amount?.min == min, "\(reference) min")
      }
      if let maxNode = expected["max"] {
        let max = maxNode.scalarText == "open" ? nil : Self.money(maxNode)
        #expect(match.amount?.max == max, "\(reference) max")
      }
      if let per = expected["per"]?.scalarText {
        #expect(match.amount?.per.rawValue == per, "\(reference) per")
      }
      if let points = expected["points"]?.scalarText {
        #expect(match.points == Int64(points), "\(reference) points")
      }
    }
    for reference in Self.strings(node["stackedOut"]) {
      let match = result.matches.first { name($0) == reference }
      #expect(match?.stackedOut != nil, "\(reference) should be matched and stacked out")
    }
    for reference in Self.strings(node["absent"]) {
      #expect(!result.matches.contains { name($0) == reference }, "\(reference) should not match")
      #expect(
        !result.possible.contains { name($0) == reference }, "\(reference) should not be possible")
    }
    for reference in Self.strings(node["possible"]) {
      #expect(result.possible.contains { name($0) == reference }, "\(reference) should be possible")
    }
    for reference in Self.strings(node["nearMisses"]) {
      #expect(
        result.nearMisses.contains { Self.reference(catalog, $0.location) == reference },
        "\(reference) should be within reach")
    }
    if let totals = node["totals"] {
      if let min = Self.money(totals["min"]) { #expect(result.totals.min == min, "totals.min") }
      if let maxNode = totals["max"] {
        #expect(
          result.totals.max == (maxNode.scalarText == "open" ? nil : Self.money(maxNode)),
          "totals.max")
      }
    }
  }

  static func reference(_ catalog: Catalog, _ location: BenefitLocation) -> String {
    "\(catalog.documents[location.document].id)/\(catalog.article(of: location).number)/\(catalog[location].id)"
  }

  static func items(_ node: DataNode?) -> [DataNode] {
    if case .sequence(let items, _)? = node { return items }
    return []
  }

  static func strings(_ node: DataNode?) -> [String] {
    items(node).compactMap(\.scalarText)
  }

  static func money(_ node: DataNode?) -> Money? {
    guard let text = node?.scalarText, case .success(let money) = AmountParsing.money(text) else {
      return nil
    }
    return money
  }
}
