extension NodeReader {
  static let amountKeys: Set<String> = [
    "fixed", "upTo", "atLeast", "each", "percent", "of", "ofEach", "field", "where", "capEach",
    "cap",
    "floor", "ceiling", "per", "years", "upToYears",
  ]

  mutating func amountRule(_ node: DataNode) -> (
    rule: AmountRule, per: Periodicity, years: Int?, yearsAtMost: Bool
  )? {
    guard mapping(node, "amount") != nil else { return nil }
    checkKeys(node, allowed: Self.amountKeys, "amount")
    let perText = optionalString(node["per"], "per") ?? "once"
    guard let per = Periodicity(rawValue: perText) else {
      problem(node["per"] ?? node, "per must be once or year")
      return nil
    }
    var years = self.years(node["years"])
    // 最多5年: a ceiling on the years, not a stated duration.
    let yearsCeiling = self.years(node["upToYears"])
    if years != nil, yearsCeiling != nil { problem(node, "give years or upToYears, not both") }
    years = years ?? yearsCeiling
    if years != nil, per == .once { problem(node, "years is given but per is once: say per: year") }

    var each: Multiplier? = nil
    if let eachName = optionalString(node["each"], "each") {
      if let fact = facts.byName[eachName], fact.type == .count {
        each = .count(fact.id)
      } else {
        problem(node["each"] ?? node, "each must name a count fact; '\(eachName)' is not one")
      }
    }
    let forms = ["fixed", "upTo", "atLeast", "percent"].filter { node[$0] != nil }
    guard forms.count == 1 else {
      problem(node, "an amount needs exactly one of fixed, upTo, atLeast, percent")
      return nil
    }
    let rule: AmountRule?
    switch forms[0] {
    case "fixed": rule = money(node["fixed"], "fixed").map { .fixed($0, each: each) }
    case "upTo": rule = money(node["upTo"], "upTo").map { .upTo($0, each: each) }
    case "atLeast": rule = money(node["atLeast"], "atLeast").map { .atLeast($0, each: each) }
    default:
      guard let rate = rate(node["percent"], "percent"), let base = rateBase(node) else {
        return nil
      }
      var ceiling = false
      if let ceilingNode = node["ceiling"] { ceiling = bool(ceilingNode, "ceiling") ?? false }
      rule = .percentage(
        rate, of: base, cap: money(node["cap"], "cap"), floor: money(node["floor"], "floor"),
        ceiling: ceiling)
    }
    return rule.map { ($0, per, years, yearsCeiling != nil) }
  }

  mutating func pointsRule(_ node: DataNode) -> PointsRule? {
    if node.scalarText == "unstated" { return .unstated }
    guard mapping(node, "points") != nil else { return nil }
    checkKeys(node, allowed: ["percent", "of", "ofEach", "field", "where", "capEach"], "points")
    guard let rate = rate(node["percent"], "percent"), let base = rateBase(node) else { return nil }
    return .percentage(rate, of: base)
  }

  /// `of: rd.increment` or `ofEach: techContracts, field: amount, where: …, capEach: 50万`.
  private mutating func rateBase(_ node: DataNode) -> RateBase? {
    if let ofName = optionalString(node["of"], "of") {
      guard let (path, type) = path(ofName, at: node) else { return nil }
      guard type == .money else {
        problem(node, "a percentage must be of a money fact; '\(ofName)' is \(type.name)")
        return nil
      }
      return .fact(path)
    }
    guard let listName = optionalString(node["ofEach"], "ofEach") else {
      problem(node, "a percentage needs 'of' (a money fact) or 'ofEach' (a list fact)")
      return nil
    }
    guard let fact = facts.byName[listName], case .list(let fields) = fact.type else {
      problem(node, "'\(listName)' is not a declared list fact")
      return nil
    }
    guard let fieldName = string(node["field"], "field (the money field of each item)", in: node)
    else {
      return nil
    }
    guard let field = fields.firstIndex(where: { $0.name == fieldName }),
      fields[field].type == .money
    else {
      problem(node, "'\(fieldName)' is not a money field of \(listName)")
      return nil
    }
    let filter = node["where"].map { itemFilter($0, fields: fields, listName) } ?? ItemFilter()
    guard let filter else { return nil }
    return .eachItem(
      list: fact.id, field: field, filter: filter, capEach: money(node["capEach"], "capEach"))
  }
}
