/// Walks catalog YAML, building the model and collecting every problem with its line.
struct NodeReader {
  let file: String
  var facts = FactTable(facts: [])
  var problems: [InputProblem] = []

  init(file: String, facts: FactTable = FactTable(facts: [])) {
    self.file = file
    self.facts = facts
  }

  mutating func problem(_ node: DataNode, _ message: String) {
    problems.append(InputProblem(file: file, line: node.line, message: message))
  }

  mutating func problem(line: Int, _ message: String) {
    problems.append(InputProblem(file: file, line: line, message: message))
  }

  // MARK: Basic values

  mutating func mapping(_ node: DataNode, _ what: String) -> [(key: String, value: DataNode)]? {
    if case .mapping(let pairs, _) = node { return pairs }
    problem(node, "\(what) must be a mapping, found \(node.shapeName)")
    return nil
  }

  mutating func list(_ node: DataNode, _ what: String) -> [DataNode]? {
    if case .sequence(let items, _) = node { return items }
    if node.isNull { return [] }
    problem(node, "\(what) must be a list, found \(node.shapeName)")
    return nil
  }

  mutating func string(_ node: DataNode?, _ what: String, in parent: DataNode) -> String? {
    guard let node, !node.isNull else {
      problem(parent, "\(what) is missing")
      return nil
    }
    guard let text = node.scalarText else {
      problem(node, "\(what) must be text, found \(node.shapeName)")
      return nil
    }
    return text
  }

  mutating func optionalString(_ node: DataNode?, _ what: String) -> String? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText else {
      problem(node, "\(what) must be text, found \(node.shapeName)")
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
      problem(node, "\(what) must be true or false")
      return nil
    }
  }

  mutating func integer(_ node: DataNode?, _ what: String) -> Int? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let value = Int(text), value >= 0 else {
      problem(node, "\(what) must be a whole number")
      return nil
    }
    return value
  }

  mutating func money(_ node: DataNode?, _ what: String) -> Money? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, case .success(let money) = AmountParsing.money(text) else {
      problem(node, "\(what) must be a sum of money such as 50万, 0.5万, 5亿 or 3000元")
      return nil
    }
    return money
  }

  mutating func rate(_ node: DataNode?, _ what: String) -> Rate? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, case .success(let rate) = AmountParsing.rate(text) else {
      problem(node, "\(what) must be a percentage such as 5% or 0.5%")
      return nil
    }
    return rate
  }

  mutating func day(_ node: DataNode?, _ what: String) -> CalendarDay? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let day = CalendarDay(text) else {
      problem(node, "\(what) must be a date written YYYY-MM-DD")
      return nil
    }
    return day
  }

  mutating func checkKeys(_ node: DataNode, allowed: Set<String>, _ what: String) {
    guard case .mapping(let pairs, _) = node else { return }
    for pair in pairs where !allowed.contains(pair.key) {
      problem(
        pair.value,
        "unknown key '\(pair.key)' in \(what); allowed: \(allowed.sorted().joined(separator: ", "))"
      )
    }
  }
}
