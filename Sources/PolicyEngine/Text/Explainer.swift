/// Writes the sentences behind a result: why a benefit matches, how its amount was computed,
/// what is missing for a near miss. Kept apart from evaluation so that evaluation stays cheap.
public struct Explainer: Sendable {
  public let catalog: Catalog
  public let text: EngineText
  private let defaults: [Int]
  /// Each fact's words in `text.language`, by `FactID`.
  private let facts: [FactWords]

  public init(catalog: Catalog, text: EngineText = .chinese) {
    self.catalog = catalog
    self.text = text
    self.defaults = catalog.facts.map(\.defaultEnumIndex)
    self.facts = catalog.facts.map { FactWords($0, language: text.language) }
  }

  /// The explainer that writes in a language: its table, and the catalog's texts in it.
  public init(catalog: Catalog, language: Language) {
    self.init(catalog: catalog, text: .of(language))
  }

  /// The language everything is written in (`text.language`).
  public var language: Language { text.language }

  // MARK: Names

  public func citation(_ location: BenefitLocation) -> String {
    Citation.of(
      catalog.documents[location.document],
      article: catalog.documents[location.document].articles[location.article].number,
      in: language)
  }

  public func label(_ path: FactPath) -> String {
    if path.derived == .rdIncrement { return text.derivedIncrement }
    if let field = path.field { return facts[path.fact].fields[field].label }
    return facts[path.fact].label
  }

  public func factLabels(_ facts: [FactID]) -> String {
    facts.map { self.facts[$0].label }.joined(separator: text.listSeparator)
  }

  /// A benefit's title in the explainer's language.
  public func title(_ location: BenefitLocation) -> String {
    catalog[location].title(in: language)
  }

  /// A number in its fact's unit: money as 万元, counts with their unit.
  public func value(_ number: Int64, at path: FactPath) -> String {
    let fact = facts[path.fact]
    let isMoney: Bool
    if path.derived != nil {
      isMoney = true
    } else if let field = path.field {
      isMoney = fact.fields[field].isMoney
    } else {
      isMoney = fact.isMoney
    }
    if isMoney { return text.money(Money(fen: number)) }
    let unit = fact.unit
    return language == .english && !unit.isEmpty ? "\(number) \(unit)" : "\(number)\(unit)"
  }

  // MARK: Amounts

  /// `50万元`, `最高200万元`, `每年 不低于500万元 连续3年`; `CNY 500,000`,
  /// `at least CNY 5,000,000 a year for 3 years`.
  public func amount(_ range: AmountRange) -> String {
    let each = text.sum(MoneyRange(min: range.min, max: range.max))
    guard range.per == .year else { return each }
    let term = range.years.map {
      range.yearsAtMost ? text.forAtMostYears($0) : text.forYears($0)
    }
    return text.yearly(each, term)
  }

  /// `研发投入年增量 800万元 × 5% = 40万元（上限500万元）`.
  public func computation(_ computation: Computation) -> String {
    var working = ""
    self.computation(computation, to: &working)
    return working
  }

  /// `computation(_:)` written into `sink` piece by piece (the JSON writer's string).
  public func computation<Sink: TextOutputStream>(
    _ computation: Computation, to sink: inout Sink
  ) {
    working(computation, inPoints: false, to: &sink)
  }

  /// The working, with each result in yuan, or in points inside `inPoints`.
  private func working<Sink: TextOutputStream>(
    _ computation: Computation, inPoints: Bool, to sink: inout Sink
  ) {
    func result(_ money: Money) -> String {
      inPoints ? text.points(money.fen / 100) : text.money(money)
    }
    /// `，上限 500万元` and, when the sum is over it, ` → 500万元`.
    func capped(_ sum: Money, by cap: Money?) {
      guard let cap else { return }
      sink.write(text.comma)
      sink.write(text.capLabel)
      sink.write(" ")
      sink.write(text.money(cap))
      if sum > cap {
        sink.write(" → ")
        sink.write(text.money(cap))
      }
    }
    switch computation {
    case .inPoints(let inner):
      working(inner, inPoints: true, to: &sink)
    case .stated(let rule, let quantity):
      let range = Evaluator.ruleRange(rule, per: .once, years: nil)
      let each = amount(range)
      sink.write(quantity.map { text.quantity($0, each) } ?? each)
    case .percentage(let rate, let path, let base, let raw, let cap, let ceiling):
      sink.write(label(path))
      sink.write(" ")
      sink.write(text.money(base))
      sink.write(" × ")
      sink.write(percent(rate))
      sink.write(" = ")
      sink.write(result(raw))
      capped(raw, by: cap)
      if ceiling {
        sink.write(text.parenthesisOpen)
        sink.write(text.ceilingLabel)
        sink.write(text.parenthesisClose)
      }
    case .perItem(let rate, let list, let field, let items, let sum, let cap):
      let fieldLabel = facts[list].fields[field].label
      for (index, item) in items.enumerated() {
        if index > 0 { sink.write(text.separator) }
        sink.write(fieldLabel)
        sink.write(" ")
        sink.write(text.money(item.base))
        sink.write(" × ")
        sink.write(percent(rate))
        sink.write(" = ")
        sink.write(result(item.raw))
        if item.paid < item.raw {
          sink.write(" → ")
          sink.write(text.capEachLabel)
          sink.write(" ")
          sink.write(result(item.paid))
        }
      }
      if items.count > 1 || cap != nil {
        if !items.isEmpty { sink.write(text.separator) }
        sink.write(text.itemsTotal(items.count))
        sink.write(" ")
        sink.write(result(sum))
        capped(sum, by: cap)
      }
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
    var sentence = ""
    because(outcome, profile: profile, citation: citation(outcome.location), to: &sentence)
    return sentence
  }

  /// `because(_:profile:)` written into `sink` piece by piece, with the article cited as
  /// `citation` (`citation(_:)` of the outcome's benefit, which the JSON writer keeps for each
  /// benefit): the same words, without a String of each reason, their list and the joined
  /// sentence first (issue 19: the sentence was a tenth of a server's request).
  public func because<Sink: TextOutputStream>(
    _ outcome: BenefitOutcome, profile: Profile, citation: String, to sink: inout Sink
  ) {
    // A possible benefit hinges on unanswered questions: it states only the answers given,
    // never a default ("未认定", "否") read into a question nobody answered.
    let onlyGiven = outcome.certainty == .possible || !outcome.dependsOn.isEmpty
    // Each list entry is one thing: a benefit paid per item names every item it pays for.
    var paidItems: (list: FactID, positions: [Int])? = nil
    if !outcome.items.isEmpty, let list = catalog[outcome.location].paidPerItemOf {
      paidItems = (list, outcome.items)
    }
    sink.write(citation)
    sink.write(text.labelSeparator)
    var reasons = Reasons(separator: text.separator)
    satisfied(
      catalog[outcome.location].condition, profile: profile, onlyGiven: onlyGiven,
      paidItems: paidItems, to: &sink, reasons: &reasons)
    if reasons.count == 0, !onlyGiven {
      reasons.next(&sink)
      sink.write(text.noConditions)
    }
    if !outcome.dependsOn.isEmpty {
      reasons.next(&sink)
      sink.write(text.dependsOnIntro)
      for (index, fact) in outcome.dependsOn.enumerated() {
        if index > 0 { sink.write(text.listSeparator) }
        sink.write(facts[fact].label)
      }
    }
  }

  /// The reasons of one sentence written so far: each after the separator but the first.
  private struct Reasons {
    let separator: String
    var count = 0

    mutating func next<Sink: TextOutputStream>(_ sink: inout Sink) {
      if count > 0 { sink.write(separator) }
      count += 1
    }
  }

  public func stacking(_ reason: StackingReason) -> String {
    switch reason {
    case .combinationRule(let winner, let ruleDocument, let ruleArticle):
      let rule = Citation.of(
        catalog.documents[ruleDocument], article: ruleArticle, in: language)
      return text.stackedByRule("\(citation(winner)) \(title(winner))", rule)
    case .customaryRule(let winner):
      return text.stackedByCustom("\(citation(winner)) \(title(winner))")
    case .sameClauseTier(let winner):
      return text.stackedByTier(title(winner))
    case .catalogDecision(let winner, let loser, let ruleArticle):
      let why =
        catalog[loser].sameThingNote(in: language) ?? catalog[winner].sameThingNote(in: language)
        ?? ""
      let rule = ruleArticle.map {
        Citation.of(catalog.documents[loser.document], article: $0, in: language)
      }
      return text.stackedByDecision("\(citation(winner)) \(title(winner))", why, rule)
    }
  }

  // MARK: Certainty

  /// `［确定］`, `[certain] `: the badge a benefit carries in every output.
  public func certaintyBadge(_ certainty: Certainty) -> String {
    text.badge(text.certaintyLabel(certainty))
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
      if certainty == .possible, totals.possibleOpenPerItem {
        lines.append((text.certaintyLabel(certainty), openPerItem(totals.possibleCounted)))
      } else {
        lines.append((text.certaintyLabel(certainty), sum(range)))
      }
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

  /// The possible line when a per-item count is unanswered: the other possible money, then
  /// that the rest is per item and open.
  private func openPerItem(_ counted: Money) -> String {
    guard counted > .zero else { return text.perItemOpen }
    return sum(MoneyRange(min: .zero, max: counted)) + text.comma + text.perItemOpen
  }

  /// `合计：120万元`-style lines, one string each.
  public func totalsText(_ result: EvaluationResult) -> [String] {
    totalsLines(result).map { text.labelled($0.label, $0.value) }
  }

  /// Why a match is not counted alone, or not in full: alternatives, items paid elsewhere.
  public func stackingNotes(
    _ outcome: BenefitOutcome, in result: EvaluationResult, profile: Profile
  ) -> [String] {
    var notes: [String] = []
    for index in outcome.alternatives where index < result.alternatives.count {
      let others = result.alternatives[index].members.filter { $0 != outcome.location }
      let names = others.map { text.quoted("\(citation($0)) \(title($0))") }
      notes.append(text.chooseHigher(names.joined(separator: text.listSeparator)))
    }
    if outcome.possibleReason == .openList { notes.append(text.openList) }
    let list = catalog[outcome.location].amount?.itemList
    for stacked in outcome.itemsPaidElsewhere {
      var item = "#\(stacked.item + 1)"
      if let list {
        item = text.listItem(facts[list].label, number: stacked.item + 1)
        let items = profile.items(list)
        if stacked.item < items.count {
          item += text.parenthetical(describe(items[stacked.item], of: list))
        }
      }
      notes.append(text.itemPaidElsewhere(item, stacking(stacked.reason)))
    }
    return notes
  }

  /// What is missing for a near miss, with the figures.
  public func missing(_ miss: NearMiss) -> String {
    guard let gap = miss.gap else {
      // A closure, not `map(question)`: the method reference copied the whole explainer.
      return text.notAnswered(
        miss.unanswered.map { question($0) }.joined(separator: text.separator))
    }
    var subject = label(gap.path)
    if let item = gap.item {
      // One item of a list: which one, by its place, as the profile lists it.
      subject =
        text.listItem(facts[gap.path.fact].label, number: item + 1)
        + " " + subject
    }
    if gap.comparison == .above {
      // "More than 1000万" reads better than "reach 1000万 and one fen".
      return text.reachAbove(
        subject, value(gap.threshold, at: gap.path), value(gap.current, at: gap.path))
    }
    let sentence = gap.fromFloor ? text.reachFloor : text.reachThreshold
    return sentence(
      subject, value(gap.target, at: gap.path), value(gap.shortfall, at: gap.path),
      value(gap.current, at: gap.path))
  }

  /// The question at a path in the explainer's language: a fact's own question, or for a field
  /// of a record the record's question and the field's label.
  public func question(_ path: FactPath) -> String {
    // Read in place: `let fact = catalog.facts[…]` copied the definition, texts and all.
    let question = catalog.facts[path.fact].question(in: language)
    guard let field = path.field, path.derived == nil,
      field < catalog.facts[path.fact].type.fields.count
    else { return question }
    return text.labelled(question, catalog.facts[path.fact].type.fields[field].label(in: language))
  }

  /// Whether the profile answers the question at `path` (a field of a record counts when the
  /// field itself is given).
  private func given(_ path: FactPath, in profile: Profile) -> Bool {
    guard !profile.isUnknown[path.fact], let value = profile[path.fact] else { return false }
    guard let field = path.field, path.derived == nil else { return true }
    if case .record(let fields) = value { return field < fields.count && fields[field] != nil }
    return true
  }

  /// Writes each condition that holds as a reason (`label：value`) of the sentence.
  private func satisfied<Sink: TextOutputStream>(
    _ condition: Condition, profile: Profile, onlyGiven: Bool,
    paidItems: (list: FactID, positions: [Int])?, to sink: inout Sink, reasons: inout Reasons
  ) {
    switch condition {
    case .all(let parts):
      for part in parts {
        satisfied(
          part, profile: profile, onlyGiven: onlyGiven, paidItems: paidItems, to: &sink,
          reasons: &reasons)
      }
    case .any(let parts):
      guard let part = parts.first(where: { $0.truth(profile, defaults: defaults) == .yes })
      else { return }
      satisfied(
        part, profile: profile, onlyGiven: onlyGiven, paidItems: paidItems, to: &sink,
        reasons: &reasons)
    case .not:
      return
    case .oneOf(let path, _) where onlyGiven && !given(path, in: profile),
      .isTrue(let path, _) where onlyGiven && !given(path, in: profile),
      .compare(let path, _, _) where onlyGiven && !given(path, in: profile):
      return
    case .has(let list, _) where onlyGiven && profile.isUnknown[list]:
      return
    case .oneOf(let path, _):
      let fact = facts[path.fact]
      let words = path.field.map { fact.fields[$0] } ?? fact
      guard case .enumeration(let values) = words.kind else { return }
      let index = profile.choice(path, fallback: defaults[path.fact])
      reasons.next(&sink)
      sink.write(label(path))
      sink.write(text.labelSeparator)
      sink.write(values[index])
    case .isTrue(let path, let expected):
      reasons.next(&sink)
      sink.write(label(path))
      sink.write(text.labelSeparator)
      sink.write(expected ? text.yes : text.no)
    case .compare(let path, let comparison, let threshold):
      let symbol =
        switch comparison {
        case .atLeast: "≥ "
        case .above: "> "
        case .below: "< "
        case .atMost: "≤ "
        }
      reasons.next(&sink)
      sink.write(label(path))
      sink.write(" ")
      sink.write(value(profile.number(path), at: path))
      sink.write(text.parenthesisOpen)
      sink.write(symbol)
      sink.write(value(threshold, at: path))
      sink.write(text.parenthesisClose)
    case .has(let list, let filter) where paidItems?.list == list:
      let items = profile.items(list)
      for position in paidItems?.positions ?? []
      where position < items.count && filter.accepts(items[position]) {
        reasons.next(&sink)
        sink.write(facts[list].label)
        sink.write(text.labelSeparator)
        describe(items[position], of: list, to: &sink)
      }
    case .has(let list, let filter):
      guard let item = profile.items(list).first(where: { filter.accepts($0) }) else { return }
      reasons.next(&sink)
      sink.write(facts[list].label)
      sink.write(text.labelSeparator)
      describe(item, of: list, to: &sink)
    }
  }

  /// `重点实验室 · 国家级 · 新获批/新认定` for a list item.
  public func describe(_ item: [FactValue?], of list: FactID) -> String {
    var description = ""
    describe(item, of: list, to: &description)
    return description
  }

  /// `describe(_:of:)` written into `sink`.
  public func describe<Sink: TextOutputStream>(
    _ item: [FactValue?], of list: FactID, to sink: inout Sink
  ) {
    var first = true
    func part(_ text: String) {
      if !first { sink.write(" · ") }
      first = false
      sink.write(text)
    }
    for (index, field) in facts[list].fields.enumerated() {
      guard index < item.count, let value = item[index] else { continue }
      switch (field.kind, value) {
      case (.enumeration(let values), .choice(let choice)):
        part(values[choice])
      case (.bool, .bool(true)):
        part(field.isNewFlag ? text.newlyApproved : field.label)
      case (.money, .number(let fen)):
        part(field.label)
        sink.write(" ")
        sink.write(text.money(Money(fen: fen)))
      case (.count, .number(let count)):
        part(field.label)
        sink.write(" ")
        sink.write(String(count))
      default: continue
      }
    }
  }
}
