extension NodeReader {
  /// Resolves `highTech`, `rd.lastYear` or `rd.increment` to a path and the type of its value.
  mutating func path(_ text: String, at node: DataNode) -> (FactPath, FactType)? {
    let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
    guard let fact = facts.byName[parts[0]] else {
      problem(node, "'\(parts[0])' is not a declared fact")
      return nil
    }
    guard parts.count == 2 else { return (FactPath(fact: fact.id), fact.type) }
    if fact.name == "rd", parts[1] == "increment" {
      return (FactPath(fact: fact.id, derived: .rdIncrement), .money)
    }
    guard case .record(let fields) = fact.type,
      let index = fields.firstIndex(where: { $0.name == parts[1] })
    else {
      problem(node, "'\(text)' is not a field of a record fact")
      return nil
    }
    return (FactPath(fact: fact.id, field: index), fields[index].type)
  }

  /// A numeric threshold in the unit of its fact: fen for money, a plain number for counts.
  mutating func threshold(_ node: DataNode, for type: FactType, _ what: String) -> Int64? {
    switch type {
    case .money: return money(node, what)?.fen
    case .count: return count(node, what)
    default:
      problem(node, "\(what) compares a fact that is not a number")
      return nil
    }
  }

  mutating func enumMask(_ node: DataNode, values: EnumValues, _ what: String) -> UInt64? {
    var mask: UInt64 = 0
    for name in strings(node, what) {
      guard let index = values.index(of: name) else {
        problem(
          node,
          "'\(name)' is not a value of \(what); allowed: \(values.names.joined(separator: ", "))")
        return nil
      }
      mask |= 1 << UInt64(index)
    }
    if mask == 0 { problem(node, "\(what) needs at least one value") }
    return mask
  }

  /// `when:` — a list (all must hold) or a single condition.
  mutating func conditions(_ node: DataNode) -> Condition {
    if case .sequence(let items, _) = node {
      return .all(items.compactMap { condition($0) })
    }
    return condition(node) ?? .all([])
  }

  mutating func condition(_ node: DataNode) -> Condition? {
    guard let pairs = mapping(node, "a condition") else { return nil }
    var parts: [Condition] = []
    for (key, value) in pairs {
      if let part = condition(key: key, value: value) { parts.append(part) }
    }
    return parts.count == 1 ? parts[0] : .all(parts)
  }

  private mutating func condition(key: String, value: DataNode) -> Condition? {
    switch key {
    case "all":
      guard let items = list(value, "all") else { return nil }
      return .all(items.compactMap { condition($0) })
    case "any":
      guard let items = list(value, "any") else { return nil }
      return .any(items.compactMap { condition($0) })
    case "not":
      return condition(value).map { .not($0) }
    case "atLeast", "above", "below", "atMost":
      guard let comparison = Comparison(rawValue: key), let pairs = mapping(value, key) else {
        return nil
      }
      var parts: [Condition] = []
      for (name, limit) in pairs {
        guard let (path, type) = path(name, at: value),
          let threshold = threshold(limit, for: type, "the threshold of \(name)")
        else { continue }
        parts.append(.compare(path, comparison, threshold))
      }
      return parts.count == 1 ? parts[0] : .all(parts)
    case "platform":
      guard let platforms = facts.byName["platforms"] else { return nil }
      guard let filter = itemFilter(value, fields: platforms.type.fields, "platform") else {
        return nil
      }
      return .has(list: platforms.id, filter)
    case "has":
      guard mapping(value, "has") != nil else { return nil }
      checkKeys(value, allowed: ["list", "where"], "has")
      guard let name = string(value["list"], "has.list", in: value) else { return nil }
      guard let fact = facts.byName[name], case .list(let fields) = fact.type else {
        problem(value, "'\(name)' is not a declared list fact")
        return nil
      }
      let filter = value["where"].map { itemFilter($0, fields: fields, name) } ?? ItemFilter()
      return filter.map { .has(list: fact.id, $0) }
    default:
      guard let (path, type) = path(key, at: value) else { return nil }
      switch type {
      case .bool:
        return bool(value, key).map { .isTrue(path, $0) }
      case .enumeration(let values):
        return enumMask(value, values: values, key).map { .oneOf(path, mask: $0) }
      default:
        problem(
          value, "'\(key)' is a \(type.name) fact: compare it with atLeast/above/below/atMost")
        return nil
      }
    }
  }

  /// `{ type: [keyLab], level: national, new: true, amount: { atLeast: 200万 } }` on list items.
  mutating func itemFilter(_ node: DataNode, fields: [FieldDefinition], _ what: String)
    -> ItemFilter?
  {
    guard let pairs = mapping(node, "the filter of \(what)") else { return nil }
    var tests: [(field: Int, test: FieldTest)] = []
    for (name, value) in pairs {
      guard let index = fields.firstIndex(where: { $0.name == name }) else {
        problem(
          value,
          "'\(name)' is not a field of \(what); fields: \(fields.map(\.name).joined(separator: ", "))"
        )
        continue
      }
      switch fields[index].type {
      case .bool:
        if let flag = bool(value, name) { tests.append((index, .isTrue(flag))) }
      case .enumeration(let values):
        if let mask = enumMask(value, values: values, "\(what).\(name)") {
          tests.append((index, .oneOf(mask: mask)))
        }
      case .money, .count:
        guard let comparisons = mapping(value, "the test of \(name)") else { continue }
        for (key, limit) in comparisons {
          guard let comparison = Comparison(rawValue: key) else {
            problem(limit, "'\(key)' is not one of atLeast, above, below, atMost")
            continue
          }
          if let threshold = threshold(limit, for: fields[index].type, "the threshold of \(name)") {
            tests.append((index, .compare(comparison, threshold)))
          }
        }
      default:
        problem(value, "field '\(name)' cannot be tested")
      }
    }
    return ItemFilter(tests: tests)
  }
}
