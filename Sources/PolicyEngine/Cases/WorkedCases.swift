/// Hand-worked cases (`Data/cases/*.yaml`, format in docs/catalog-format.md) run against a
/// catalog, like OpenFisca's YAML tests: what `policy-wizard test DIR` and the test suite both
/// run, so that a policy officer who edits an amount checks it without a Swift toolchain.
public struct WorkedCases: Sendable {
  public struct Case: Sendable {
    public var file: String
    public var name: String
    public var line: Int
    public var node: DataNode
  }

  /// One expectation that does not hold, or one thing in the case file that cannot be read.
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var caseName: String
    public var message: String
    public var description: String { "\(file):\(line): \(caseName): \(message)" }
  }

  static let caseKeys: Set<String> = [
    "name", "profile", "matches", "stackedOut", "notStackedOut", "absent", "possible",
    "nearMisses", "totals", "certainty", "general",
  ]
  static let matchKeys: Set<String> = ["benefit", "min", "max", "per", "points", "items"]
  static let nearMissKeys: Set<String> = ["benefit", "unanswered", "min", "max", "per"]
  static let totalsKeys: Set<String> = ["min", "max", "certain", "possibleMax"]

  public let catalog: Catalog
  /// The day a case without `asOf` is judged on.
  public let today: CalendarDay

  public init(catalog: Catalog, today: CalendarDay = CalendarDay(year: 2026, month: 6, day: 1)) {
    self.catalog = catalog
    self.today = today
  }

  /// The cases of one file, or the failure that keeps it from being read.
  public static func cases(in text: String, file: String) -> Result<[Case], Failure> {
    let root: DataNode
    do {
      root = try DataNodeParser.parse(text, file: file)
    } catch {
      return .failure(Failure(file: file, line: error.line, caseName: "", message: error.message))
    }
    guard case .sequence(let items, _)? = root["cases"] else {
      return .failure(
        Failure(
          file: file, line: root.line, caseName: "", message: "the file needs a list `cases:`"))
    }
    return .success(
      items.map { Case(file: file, name: $0["name"]?.scalarText ?? "?", line: $0.line, node: $0) })
  }

  /// Every expectation of the case that does not hold; empty when the case passes.
  public func run(_ workedCase: Case) -> [Failure] {
    var failures: [Failure] = []
    func fail(_ node: DataNode?, _ message: String) {
      failures.append(
        Failure(
          file: workedCase.file, line: node?.line ?? workedCase.line, caseName: workedCase.name,
          message: message))
    }
    let node = workedCase.node
    guard case .mapping(let pairs, _) = node else {
      fail(node, "a case is a mapping with name, profile and expectations")
      return failures
    }
    for (key, value) in pairs where !Self.caseKeys.contains(key) {
      fail(
        value, "unknown key '\(key)'; allowed: \(Self.caseKeys.sorted().joined(separator: ", "))")
    }
    guard let profileNode = node["profile"] else {
      fail(node, "the case has no profile")
      return failures
    }
    let profile: Profile
    do {
      profile = try ProfileDecoder(catalog: catalog).decode(profileNode)
    } catch {
      fail(profileNode, "profile: \(error)")
      return failures
    }
    let result = Evaluator(catalog: catalog).evaluate(profile, today: today)
    let name = { (location: BenefitLocation) in self.reference(location) }
    let known = Set(catalog.benefits.map(name))
    func checkReference(_ reference: String, at node: DataNode) -> Bool {
      if known.contains(reference) { return true }
      fail(node, "'\(reference)' names no benefit (document/article/benefit-id)")
      return false
    }

    for expected in items(node["matches"]) {
      if case .mapping(let keys, _) = expected {
        for (key, value) in keys where !Self.matchKeys.contains(key) {
          fail(value, "unknown key '\(key)' in a match; allowed: \(Self.matchKeys.sorted())")
        }
      }
      guard let reference = expected["benefit"]?.scalarText else {
        fail(expected, "a match needs `benefit:`")
        continue
      }
      guard checkReference(reference, at: expected) else { continue }
      guard let match = result.matches.first(where: { name($0.location) == reference }) else {
        fail(
          expected,
          "\(reference) is not matched; matches: \(result.matches.map { name($0.location) })")
        continue
      }
      if let minNode = expected["min"], let min = money(minNode, fail) {
        if match.amount?.min != min {
          fail(minNode, "\(reference) min: \(text(match.amount?.min))")
        }
      }
      if let maxNode = expected["max"] {
        let max: Money?? =
          maxNode.scalarText == "open" ? .some(nil) : money(maxNode, fail).map { $0 }
        if let max, match.amount?.max != max {
          fail(maxNode, "\(reference) max: \(text(match.amount?.max ?? nil))")
        }
      }
      if let perNode = expected["per"], let per = perNode.scalarText {
        if match.amount?.per.rawValue != per {
          fail(perNode, "\(reference) per: \(match.amount?.per.rawValue ?? "none")")
        }
      }
      if let pointsNode = expected["points"] {
        if match.points != pointsNode.scalarText.flatMap({ Int64($0) }) {
          fail(pointsNode, "\(reference) points: \(match.points.map(String.init) ?? "none")")
        }
      }
      if let itemsNode = expected["items"] {
        let positions = items(itemsNode).compactMap { $0.scalarText.flatMap(Int.init) }
        if match.items.map({ $0 + 1 }) != positions {
          fail(itemsNode, "\(reference) pays items \(match.items.map { $0 + 1 }) (1-based)")
        }
      }
    }
    for reference in strings(node["stackedOut"])
    where checkReference(reference.text, at: reference.node) {
      let match = result.matches.first { name($0.location) == reference.text }
      if match?.stackedOut == nil {
        fail(reference.node, "\(reference.text) should be matched and not stacked (stackedOut set)")
      }
    }
    for reference in strings(node["notStackedOut"])
    where checkReference(reference.text, at: reference.node) {
      let match = result.matches.first { name($0.location) == reference.text }
      if match == nil || match?.stackedOut != nil {
        fail(reference.node, "\(reference.text) should be matched and paid (not stacked out)")
      }
    }
    for reference in strings(node["absent"])
    where checkReference(reference.text, at: reference.node) {
      if result.matches.contains(where: { name($0.location) == reference.text })
        || result.possible.contains(where: { name($0.location) == reference.text })
      {
        fail(reference.node, "\(reference.text) should be neither matched nor possible")
      }
    }
    for reference in strings(node["possible"])
    where checkReference(reference.text, at: reference.node) {
      if !result.possible.contains(where: { name($0.location) == reference.text }) {
        fail(reference.node, "\(reference.text) should be possible")
      }
    }
    for reference in strings(node["general"])
    where checkReference(reference.text, at: reference.node) {
      if !result.general.contains(where: { name($0.location) == reference.text }) {
        fail(reference.node, "\(reference.text) should be general support (no condition)")
      }
    }
    for expected in items(node["nearMisses"]) {
      // A reference, or `{ benefit, unanswered: [fact, …], min, max, per }`: a near miss of the
      // unanswered kind naming exactly those questions, paying that answered yes.
      if case .mapping(let keys, _) = expected {
        for (key, value) in keys where !Self.nearMissKeys.contains(key) {
          fail(value, "unknown key '\(key)' in a near miss; allowed: \(Self.nearMissKeys.sorted())")
        }
      }
      guard let reference = expected.scalarText ?? expected["benefit"]?.scalarText else {
        fail(expected, "a near miss is a benefit reference or needs `benefit:`")
        continue
      }
      guard checkReference(reference, at: expected) else { continue }
      guard let miss = result.nearMisses.first(where: { name($0.location) == reference }) else {
        fail(expected, "\(reference) should be within reach")
        continue
      }
      if let questionsNode = expected["unanswered"] {
        let questions = items(questionsNode).compactMap(\.scalarText)
        let named = miss.unanswered.map(catalog.questionKey)
        if miss.gap != nil || named != questions {
          fail(questionsNode, "\(reference) unanswered: \(named)")
        }
      }
      if let minNode = expected["min"], let min = money(minNode, fail) {
        if miss.amountAtThreshold?.min != min {
          fail(minNode, "\(reference) min: \(text(miss.amountAtThreshold?.min))")
        }
      }
      if let maxNode = expected["max"] {
        let max: Money?? =
          maxNode.scalarText == "open" ? .some(nil) : money(maxNode, fail).map { $0 }
        if let max, miss.amountAtThreshold?.max != max {
          fail(maxNode, "\(reference) max: \(text(miss.amountAtThreshold?.max ?? nil))")
        }
      }
      if let perNode = expected["per"], let per = perNode.scalarText {
        if miss.amountAtThreshold?.per.rawValue != per {
          fail(perNode, "\(reference) per: \(miss.amountAtThreshold?.per.rawValue ?? "none")")
        }
      }
    }
    if let certainty = node["certainty"] {
      if case .mapping(let entries, _) = certainty {
        for (reference, value) in entries where checkReference(reference, at: value) {
          guard let expected = value.scalarText.flatMap(Certainty.init(rawValue:)) else {
            fail(
              value,
              "certainty of \(reference) must be one of \(Certainty.allCases.map(\.rawValue).joined(separator: ", "))"
            )
            continue
          }
          let outcome = (result.matches + result.possible + result.general).first {
            name($0.location) == reference
          }
          if outcome?.certainty != expected {
            fail(
              value,
              "\(reference) certainty: \(outcome?.certainty?.rawValue ?? (outcome == nil ? "not found" : "none"))"
            )
          }
        }
      } else {
        fail(certainty, "certainty is a mapping from benefit to category")
      }
    }
    if let totals = node["totals"] {
      if case .mapping(let keys, _) = totals {
        for (key, value) in keys where !Self.totalsKeys.contains(key) {
          fail(value, "unknown key '\(key)' in totals; allowed: min, max, certain, possibleMax")
        }
      }
      if let minNode = totals["min"], let min = money(minNode, fail), result.totals.min != min {
        fail(minNode, "totals.min: \(text(result.totals.min))")
      }
      if let maxNode = totals["max"] {
        let max: Money?? =
          maxNode.scalarText == "open" ? .some(nil) : money(maxNode, fail).map { $0 }
        if let max, result.totals.max != max {
          fail(maxNode, "totals.max: \(text(result.totals.max))")
        }
      }
      // The upper bound of the 可能 line (its lower bound is always 0); `open` when a
      // per-item count is unanswered.
      if let possibleNode = totals["possibleMax"] {
        let max: Money?? =
          possibleNode.scalarText == "open" ? .some(nil) : money(possibleNode, fail).map { $0 }
        let line = result.totals.byCertainty[.possible] ?? .zero
        let actual = line.max
        if let max, actual != max {
          fail(possibleNode, "totals.possibleMax: \(text(actual))")
        }
      }
      if let certainNode = totals["certain"], let certain = money(certainNode, fail),
        result.totals.certain != certain
      {
        fail(certainNode, "totals.certain: \(text(result.totals.certain))")
      }
    }
    return failures
  }

  public func reference(_ location: BenefitLocation) -> String {
    "\(catalog.documents[location.document].id)/\(catalog.article(of: location).number)/\(catalog[location].id)"
  }

  private func items(_ node: DataNode?) -> [DataNode] {
    if case .sequence(let items, _)? = node { return items }
    return []
  }

  private func strings(_ node: DataNode?) -> [(text: String, node: DataNode)] {
    items(node).compactMap { item in item.scalarText.map { ($0, item) } }
  }

  private func money(_ node: DataNode, _ fail: (DataNode?, String) -> Void) -> Money? {
    guard let text = node.scalarText, case .success(let money) = AmountParsing.money(text) else {
      fail(
        node, "'\(node.scalarText ?? "")' is not a sum (\(AmountParsing.examples), open for max)")
      return nil
    }
    return money
  }

  private func text(_ money: Money?) -> String {
    // In the worked cases' own wording (`50万`), which is the catalog's.
    money.map { "got \(EngineText.chinese.money($0))" } ?? "got none (open or no amount)"
  }
}
