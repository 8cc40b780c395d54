/// Writes the sentences behind a result: why a benefit matches, how its amount was computed,
/// what is missing for a near miss. Kept apart from evaluation so that evaluation stays cheap.
public struct Explainer: Sendable {
  public let catalog: Catalog
  public let text: EngineText
  private let defaults: [Int]

  public init(catalog: Catalog, text: EngineText = .chinese) {
    self.catalog = catalog
    self.text = text
    self.defaults = catalog.facts.map(\.defaultEnumIndex)
  }

  // MARK: Names

  public func citation(_ location: BenefitLocation) -> String {
    let document = catalog.documents[location.document]
    return Citation.of(document, article: document.articles[location.article].number)
  }

  public func label(_ path: FactPath) -> String {
    let fact = catalog.facts[path.fact]
    if path.derived == .rdIncrement { return text.derivedIncrement }
    if let field = path.field { return fact.type.fields[field].label }
    return fact.label
  }

  public func factLabels(_ facts: [FactID]) -> String {
    facts.map { catalog.facts[$0].label }.joined(separator: "、")
  }

  /// A number in its fact's unit: money as 万元, counts with their unit.
  public func value(_ number: Int64, at path: FactPath) -> String {
    let type: FactType
    if path.derived != nil {
      type = .money
    } else if let field = path.field {
      type = catalog.facts[path.fact].type.fields[field].type
    } else {
      type = catalog.facts[path.fact].type
    }
    if type == .money { return MoneyFormat.chinese(Money(fen: number)) }
    return "\(number)\(catalog.facts[path.fact].unit ?? "")"
  }

  // MARK: Amounts

  /// `50万元`, `最高200万元`, `不低于500万元，每年，连续3年`.
  public func amount(_ range: AmountRange) -> String {
    var parts: [String] = []
    if let max = range.max {
      if range.min == max {
        parts.append(MoneyFormat.chinese(max))
      } else if range.min == .zero {
        parts.append(text.upTo(MoneyFormat.chinese(max)))
      } else {
        parts.append(text.range(MoneyFormat.chinese(range.min), MoneyFormat.chinese(max)))
      }
    } else {
      parts.append(text.atLeast(MoneyFormat.chinese(range.min)))
    }
    if range.per == .year {
      parts.insert(text.perYear, at: 0)
      if let years = range.years {
        parts.append(range.yearsAtMost ? text.forAtMostYears(years) : text.forYears(years))
      }
    }
    return parts.joined(separator: " ")
  }

  /// `研发投入年增量 800万元 × 5% = 40万元（上限500万元）`.
  public func computation(_ computation: Computation) -> String {
    switch computation {
    case .stated(let rule, let quantity):
      let range = Evaluator.ruleRange(rule, per: .once, years: nil)
      let each = amount(range)
      guard let quantity else { return each }
      return text.quantity(quantity, each)
    case .percentage(let rate, let path, let base, let raw, let cap, let ceiling):
      var line =
        "\(label(path)) \(MoneyFormat.chinese(base)) × \(percent(rate)) = \(MoneyFormat.chinese(raw))"
      if let cap {
        line += "，\(text.capLabel) \(MoneyFormat.chinese(cap))"
        if raw > cap { line += " → \(MoneyFormat.chinese(cap))" }
      }
      if ceiling { line += "（\(text.ceilingLabel)）" }
      return line
    case .perItem(let rate, let list, let field, let items, let sum, let cap):
      let fieldLabel = catalog.facts[list].type.fields[field].label
      var lines = items.map { item in
        var line =
          "\(fieldLabel) \(MoneyFormat.chinese(item.base)) × \(percent(rate)) = \(MoneyFormat.chinese(item.raw))"
        if item.paid < item.raw {
          line += " → \(text.capEachLabel) \(MoneyFormat.chinese(item.paid))"
        }
        return line
      }
      if items.count > 1 || cap != nil {
        var total = "\(text.itemsTotal(items.count)) \(MoneyFormat.chinese(sum))"
        if let cap {
          total += "，\(text.capLabel) \(MoneyFormat.chinese(cap))"
          if sum > cap { total += " → \(MoneyFormat.chinese(cap))" }
        }
        lines.append(total)
      }
      return lines.joined(separator: "；")
    }
  }

  public func percent(_ rate: Rate) -> String {
    if rate.isEqualMatch { return text.equalMatch }
    let whole = rate.basisPoints / 100
    let fraction = rate.basisPoints % 100
    if fraction == 0 { return "\(whole)%" }
    return fraction % 10 == 0 ? "\(whole).\(fraction / 10)%" : "\(whole).\(fraction)%"
  }

  // MARK: Reasons

  /// Why the benefit matches: each condition that holds, in words, and the article cited.
  public func because(_ outcome: BenefitOutcome, profile: Profile) -> String {
    let benefit = catalog[outcome.location]
    var reasons = satisfied(benefit.condition, profile: profile)
    if reasons.isEmpty { reasons = [text.noConditions] }
    var sentence = "\(citation(outcome.location))：" + reasons.joined(separator: text.separator)
    if !outcome.dependsOn.isEmpty {
      sentence += text.separator + text.dependsOn(factLabels(outcome.dependsOn))
    }
    return sentence
  }

  public func stacking(_ reason: StackingReason) -> String {
    switch reason {
    case .combinationRule(let winner, let ruleDocument, let ruleArticle):
      let rule = Citation.of(catalog.documents[ruleDocument], article: ruleArticle)
      return text.stackedByRule("\(citation(winner)) \(catalog[winner].title)", rule)
    case .customaryRule(let winner):
      return text.stackedByCustom("\(citation(winner)) \(catalog[winner].title)")
    case .sameClauseTier(let winner):
      return text.stackedByTier(catalog[winner].title)
    case .catalogDecision(let winner, let loser, let ruleArticle):
      let why = catalog[loser].sameThingNote ?? catalog[winner].sameThingNote ?? ""
      let rule = ruleArticle.map { Citation.of(catalog.documents[loser.document], article: $0) }
      return text.stackedByDecision("\(citation(winner)) \(catalog[winner].title)", why, rule)
    }
  }

  // MARK: Certainty

  /// `［确定］`: the badge a benefit carries in every output.
  public func certaintyBadge(_ certainty: Certainty) -> String {
    "［\(text.certaintyLabel(certainty))］"
  }

  /// A sum over a whole term: `120万元`, `最高300万元`, `不低于500万元`, `20万元至300万元`.
  public func sum(_ range: MoneyRange) -> String { text.sum(range) }

  /// The totals as every output shows them: the whole, then one line per category that has
  /// something, in `Certainty` order. The possible line is followed by the questions it hinges
  /// on (label `取决于`), when there are any.
  public func totalsLines(_ result: EvaluationResult) -> [(label: String, value: String)] {
    let totals = result.totals
    var lines = [(text.total, sum(MoneyRange(min: totals.min, max: totals.max)))]
    for certainty in Certainty.allCases {
      guard let range = totals.byCertainty[certainty] else { continue }
      lines.append((text.certaintyLabel(certainty), sum(range)))
      if certainty == .possible {
        var facts: [FactID] = []
        for outcome in result.possible {
          for fact in outcome.dependsOn where !facts.contains(fact) { facts.append(fact) }
        }
        if !facts.isEmpty { lines.append((text.dependsOnLabel, factLabels(facts))) }
      }
    }
    return lines
  }

  /// `合计：120万元`-style lines, one string each.
  public func totalsText(_ result: EvaluationResult) -> [String] {
    totalsLines(result).map { "\($0.label)：\($0.value)" }
  }

  /// Why a match is not counted alone, or not in full: alternatives, items paid elsewhere.
  public func stackingNotes(
    _ outcome: BenefitOutcome, in result: EvaluationResult, profile: Profile
  ) -> [String] {
    var notes: [String] = []
    for index in outcome.alternatives where index < result.alternatives.count {
      let others = result.alternatives[index].members.filter { $0 != outcome.location }
      let names = others.map { "“\(citation($0)) \(catalog[$0].title)”" }
      notes.append(text.chooseHigher(names.joined(separator: "、")))
    }
    if outcome.possibleReason == .openList { notes.append(text.openList) }
    let benefit = catalog[outcome.location]
    let list = benefit.amount?.itemList
    for stacked in outcome.itemsPaidElsewhere {
      var item = "#\(stacked.item + 1)"
      if let list {
        item = text.listItem(catalog.facts[list].label, number: stacked.item + 1)
        let items = profile.items(list)
        if stacked.item < items.count { item += "（\(describe(items[stacked.item], of: list))）" }
      }
      notes.append(text.itemPaidElsewhere(item, stacking(stacked.reason)))
    }
    return notes
  }

  /// What is missing for a near miss, with the figures.
  public func missing(_ miss: NearMiss) -> String {
    let gap = miss.gap
    if gap.comparison == .above {
      // "More than 1000万" reads better than "reach 1000万 and one fen".
      return text.reachAbove(
        label(gap.path), value(gap.threshold, at: gap.path), value(gap.current, at: gap.path))
    }
    let sentence = gap.fromFloor ? text.reachFloor : text.reachThreshold
    return sentence(
      label(gap.path), value(gap.target, at: gap.path), value(gap.shortfall, at: gap.path),
      value(gap.current, at: gap.path))
  }

  private func satisfied(_ condition: Condition, profile: Profile) -> [String] {
    switch condition {
    case .all(let parts):
      return parts.flatMap { satisfied($0, profile: profile) }
    case .any(let parts):
      return parts.first(where: { $0.truth(profile, defaults: defaults) == .yes }).map {
        satisfied($0, profile: profile)
      } ?? []
    case .not:
      return []
    case .oneOf(let path, _):
      guard case .enumeration(let values) = enumType(path) else { return [] }
      let index = profile.choice(path, fallback: defaults[path.fact])
      return ["\(label(path))：\(values.label(index))"]
    case .isTrue(let path, let expected):
      return ["\(label(path))：\(expected ? text.yes : text.no)"]
    case .compare(let path, let comparison, let threshold):
      let symbol =
        ["atLeast": "≥", "above": ">", "below": "<", "atMost": "≤"][comparison.rawValue] ?? ""
      return [
        "\(label(path)) \(value(profile.number(path), at: path))（\(symbol) \(value(threshold, at: path))）"
      ]
    case .has(let list, let filter):
      guard let item = profile.items(list).first(where: { filter.accepts($0) }) else { return [] }
      return ["\(catalog.facts[list].label)：\(describe(item, of: list))"]
    }
  }

  /// `重点实验室 · 国家级 · 新获批/新认定` for a list item.
  public func describe(_ item: [FactValue?], of list: FactID) -> String {
    let fields = catalog.facts[list].type.fields
    var parts: [String] = []
    for (index, field) in fields.enumerated() {
      guard index < item.count, let value = item[index] else { continue }
      switch (field.type, value) {
      case (.enumeration(let values), .choice(let choice)): parts.append(values.label(choice))
      case (.bool, .bool(true)):
        parts.append(field.name == "new" ? text.newlyApproved : field.label)
      case (.money, .number(let fen)):
        parts.append("\(field.label) \(MoneyFormat.chinese(Money(fen: fen)))")
      case (.count, .number(let count)): parts.append("\(field.label) \(count)")
      default: continue
      }
    }
    return parts.joined(separator: " · ")
  }

  private func enumType(_ path: FactPath) -> FactType {
    let fact = catalog.facts[path.fact]
    if let field = path.field { return fact.type.fields[field].type }
    return fact.type
  }
}
