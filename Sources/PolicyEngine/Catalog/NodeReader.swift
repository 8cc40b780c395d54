/// Walks catalog YAML, building the model and collecting every problem with its line.
struct NodeReader {
  let file: String
  var facts = FactTable(facts: [])
  var problems: [InputProblem] = []

  init(file: String, facts: FactTable = FactTable(facts: [])) {
    self.file = file
    self.facts = facts
  }

  mutating func problem(_ node: DataNode, _ message: String, rule: String = "CatalogFormat") {
    problems.append(InputProblem(file: file, at: node.position, message: message, rule: rule))
  }

  mutating func problem(line: Int, _ message: String) {
    problems.append(InputProblem(file: file, line: line, message: message))
  }

  // MARK: Basic values

  mutating func mapping(_ node: DataNode, _ what: String) -> [(key: String, value: DataNode)]? {
    if case .mapping(let pairs, _) = node { return pairs }
    problem(
      node, ValuesHaveTheirType.mapping(what, found: node.shapeName), rule: ValuesHaveTheirType.name
    )
    return nil
  }

  mutating func list(_ node: DataNode, _ what: String) -> [DataNode]? {
    if case .sequence(let items, _) = node { return items }
    if node.isNull { return [] }
    problem(
      node, ValuesHaveTheirType.list(what, found: node.shapeName), rule: ValuesHaveTheirType.name)
    return nil
  }

  mutating func string(_ node: DataNode?, _ what: String, in parent: DataNode) -> String? {
    guard let node, !node.isNull else {
      problem(
        node ?? parent, RequiredValuesArePresent.message(what),
        rule: RequiredValuesArePresent.name)
      return nil
    }
    guard let text = node.scalarText else {
      problem(
        node, ValuesHaveTheirType.text(what, found: node.shapeName), rule: ValuesHaveTheirType.name)
      return nil
    }
    return text
  }

  mutating func optionalString(_ node: DataNode?, _ what: String) -> String? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText else {
      problem(
        node, ValuesHaveTheirType.text(what, found: node.shapeName), rule: ValuesHaveTheirType.name)
      return nil
    }
    return text
  }

  mutating func strings(_ node: DataNode?, _ what: String) -> [String] {
    guard let node, !node.isNull else { return [] }
    if let single = node.scalarText { return [single] }
    guard let items = list(node, what) else { return [] }
    return items.compactMap { optionalString($0, what) }
  }

  mutating func bool(_ node: DataNode, _ what: String) -> Bool? {
    switch node.scalarText {
    case "true": return true
    case "false": return false
    default:
      problem(node, ValuesHaveTheirType.bool(what), rule: ValuesHaveTheirType.name)
      return nil
    }
  }

  mutating func integer(_ node: DataNode?, _ what: String) -> Int? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let value = Int(text), value >= 0 else {
      problem(node, ValuesHaveTheirType.wholeNumber(what), rule: ValuesHaveTheirType.name)
      return nil
    }
    return value
  }

  mutating func money(_ node: DataNode?, _ what: String) -> Money? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText else {
      problem(node, ValuesHaveTheirType.money(what), rule: ValuesHaveTheirType.name)
      return nil
    }
    switch AmountParsing.money(text) {
    case .success(let money) where money <= NumbersAreInRange.largestMoney:
      return money
    case .success, .failure(.tooLarge):
      problem(node, NumbersAreInRange.moneyMessage(what, text: text), rule: NumbersAreInRange.name)
    case .failure(let failure):
      problem(
        node, ValuesHaveTheirType.money(what, failure: failure), rule: ValuesHaveTheirType.name)
    }
    return nil
  }

  mutating func rate(_ node: DataNode?, _ what: String) -> Rate? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText else {
      problem(node, ValuesHaveTheirType.rate(what), rule: ValuesHaveTheirType.name)
      return nil
    }
    switch AmountParsing.rate(text) {
    case .success(let rate) where NumbersAreInRange.rates.contains(rate):
      return rate
    case .success, .failure(.tooLarge):
      problem(node, NumbersAreInRange.rateMessage(what, text: text), rule: NumbersAreInRange.name)
    case .failure:
      problem(node, ValuesHaveTheirType.rate(what), rule: ValuesHaveTheirType.name)
    }
    return nil
  }

  /// A count threshold: a whole number no larger than a profile may count.
  mutating func count(_ node: DataNode, _ what: String) -> Int64? {
    guard let text = node.scalarText else {
      problem(node, ValuesHaveTheirType.wholeNumber(what), rule: ValuesHaveTheirType.name)
      return nil
    }
    switch AmountParsing.count(text) {
    case .success(let count) where count <= NumbersAreInRange.largestCount:
      return count
    case .success, .failure(.tooLarge):
      problem(node, NumbersAreInRange.countMessage(what, text: text), rule: NumbersAreInRange.name)
    case .failure:
      problem(node, ValuesHaveTheirType.wholeNumber(what), rule: ValuesHaveTheirType.name)
    }
    return nil
  }

  /// How many years a per-year sum is paid: 1 to 50.
  mutating func years(_ node: DataNode?) -> Int? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let value = Int(text), value >= 0 else {
      if let text = node.scalarText, text.allSatisfy(\.isNumber) {
        problem(node, NumbersAreInRange.yearsMessage(text: text), rule: NumbersAreInRange.name)
      } else {
        problem(node, ValuesHaveTheirType.wholeNumber("years"), rule: ValuesHaveTheirType.name)
      }
      return nil
    }
    guard NumbersAreInRange.years.contains(value) else {
      problem(node, NumbersAreInRange.yearsMessage(text: text), rule: NumbersAreInRange.name)
      return nil
    }
    return value
  }

  mutating func day(_ node: DataNode?, _ what: String) -> CalendarDay? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let day = CalendarDay(text) else {
      problem(node, ValuesHaveTheirType.date(what), rule: ValuesHaveTheirType.name)
      return nil
    }
    return day
  }

  mutating func checkKeys(_ node: DataNode, allowed: Set<String>, _ what: String) {
    guard case .mapping(let pairs, _) = node else { return }
    for pair in pairs where !allowed.contains(pair.key) {
      problem(
        pair.value, KeysAreKnown.message(key: pair.key, in: what, allowed: allowed),
        rule: KeysAreKnown.name)
    }
  }
}
