extension NodeReader {
  static let documentKeys: Set<String> = [
    "id", "title", "shortName", "issuer", "number", "city", "status", "published", "effective",
    "articleStyle", "combinationRule", "otherText", "articles", "articleCount", "facts",
    "notBefore", "en",
  ]
  static let articleKeys: Set<String> = [
    "article", "title", "section", "departments", "text", "notBenefits", "benefits", "en",
  ]
  static let benefitKeys: Set<String> = [
    "id", "title", "subject", "group", "kind", "when", "amount", "points", "note", "certainty",
    "sameThingAs", "sameThingNote", "amountFrom", "en",
  ]

  mutating func document(_ root: DataNode) -> PolicyDocument? {
    guard mapping(root, "a document file") != nil else { return nil }
    checkKeys(root, allowed: Self.documentKeys, "a document")
    guard let id = string(root["id"], "id", in: root),
      let title = string(root["title"], "title", in: root)
    else { return nil }

    var city: String? = nil
    if let cityName = string(root["city"], "city", in: root), cityName != "region" {
      if case .enumeration(let cities)? = facts.byName["city"]?.type,
        cities.index(of: cityName) == nil
      {
        problem(
          root["city"] ?? root,
          "city '\(cityName)' is not one of region, \(cities.names.joined(separator: ", "))")
      }
      city = cityName
    }
    let statusText = string(root["status"], "status", in: root) ?? "draft"
    let status = DocumentStatus(rawValue: statusText)
    if status == nil { problem(root["status"] ?? root, "status must be inForce or draft") }
    let styleText = optionalString(root["articleStyle"], "articleStyle") ?? "paren"
    let style = ArticleStyle(rawValue: styleText)
    if style == nil {
      problem(root["articleStyle"] ?? root, "articleStyle must be paren or dotted")
    }

    var effectiveFrom: CalendarDay? = nil
    var effectiveUntil: CalendarDay? = nil
    if let effective = root["effective"], !effective.isNull {
      checkKeys(effective, allowed: ["from", "until"], "effective")
      effectiveFrom = day(effective["from"], "effective.from")
      effectiveUntil = day(effective["until"], "effective.until")
    }

    var others: [OtherText] = []
    if let otherNodes = root["otherText"].flatMap({ list($0, "otherText") }) {
      for node in otherNodes {
        checkKeys(node, allowed: ["heading", "text"], "otherText")
        others.append(
          OtherText(
            heading: string(node["heading"], "heading", in: node) ?? "",
            text: string(node["text"], "text", in: node) ?? ""))
      }
    }

    var articles: [Article] = []
    for node in root["articles"].flatMap({ list($0, "articles") }) ?? [] {
      guard let article = article(node) else { continue }
      if articles.contains(where: { $0.number == article.number }) {
        problem(node, "article \(article.number) appears twice")
        continue
      }
      articles.append(article)
    }
    if articles.isEmpty { problem(root, "the document has no articles") }
    let combination = integer(root["combinationRule"], "combinationRule")
    if let combination, !articles.contains(where: { $0.number == combination }) {
      problem(
        root["combinationRule"] ?? root,
        "combinationRule names article \(combination), which is not in the document")
    }

    let english = translation(of: root, allowed: Self.documentEnglishKeys, "a document")
    guard let status, let style else { return nil }
    var document = PolicyDocument(
      id: id, title: title,
      shortName: optionalString(root["shortName"], "shortName") ?? title,
      issuer: optionalString(root["issuer"], "issuer") ?? "",
      number: optionalString(root["number"], "number"),
      city: city, status: status,
      published: day(root["published"], "published"),
      effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
      notBefore: day(root["notBefore"], "notBefore"),
      articleStyle: style, combinationRule: combination,
      otherText: others, articles: articles.sorted(by: { $0.number < $1.number }), file: file)
    document.english = english
    document.articleCount = articleCount(root["articleCount"])
    return document
  }

  /// `articleCount:` when it is a count from 1 to `ArticlesAreAllPresent.largestCount`; its
  /// absence is the audit's to report (`ArticlesAreAllPresent`).
  private mutating func articleCount(_ node: DataNode?) -> DeclaredArticleCount? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalarText, let value = Int(text),
      (1...ArticlesAreAllPresent.largestCount).contains(value)
    else {
      problem(node, ArticlesAreAllPresent.countMessage, rule: ArticlesAreAllPresent.name)
      return nil
    }
    return DeclaredArticleCount(value: value, position: node.position)
  }

  private mutating func article(_ node: DataNode) -> Article? {
    guard mapping(node, "an article") != nil else { return nil }
    checkKeys(node, allowed: Self.articleKeys, "an article")
    guard let number = integer(node["article"], "article") else {
      problem(node, "an article needs its number under 'article'")
      return nil
    }
    let text = string(node["text"], "the text of article \(number)", in: node) ?? ""
    var notBenefits: [NotABenefit] = []
    for item in node["notBenefits"].flatMap({ list($0, "notBenefits") }) ?? [] {
      checkKeys(item, allowed: ["figure", "why"], "notBenefits")
      guard let figure = string(item["figure"], "figure", in: item) else { continue }
      notBenefits.append(
        NotABenefit(figure: figure, why: string(item["why"], "why", in: item) ?? ""))
    }
    var benefits: [Benefit] = []
    for benefitNode in node["benefits"].flatMap({ list($0, "benefits") }) ?? [] {
      guard let benefit = benefit(benefitNode) else { continue }
      if benefits.contains(where: { $0.id == benefit.id }) {
        problem(benefitNode, "benefit id '\(benefit.id)' appears twice in article \(number)")
        continue
      }
      benefits.append(benefit)
    }
    if benefits.isEmpty {
      problem(node, "article \(number) has no benefits; give it one of a non-money kind")
    }
    let departments = strings(node["departments"], "departments")
    return Article(
      number: number,
      title: string(node["title"], "the title of article \(number)", in: node) ?? "",
      section: optionalString(node["section"], "section"),
      departments: departments,
      text: text.trimmingTrailingNewlines, notBenefits: notBenefits, benefits: benefits,
      line: node.line, column: node.column,
      english: articleTranslation(of: node, number: number, departments: departments))
  }

  private mutating func benefit(_ node: DataNode) -> Benefit? {
    guard mapping(node, "a benefit") != nil else { return nil }
    checkKeys(node, allowed: Self.benefitKeys, "a benefit")
    guard let id = string(node["id"], "a benefit's id", in: node) else { return nil }
    let title = string(node["title"], "the title of benefit '\(id)'", in: node) ?? id
    // Required: a benefit without it used to become `unstated` (or `money`) without a word.
    guard
      let kindName = string(
        node["kind"],
        "the kind of benefit '\(id)' (one of \(BenefitKind.allCases.map(\.rawValue).joined(separator: ", ")))",
        in: node)
    else { return nil }
    guard let kind = BenefitKind(rawValue: kindName) else {
      problem(
        node["kind"] ?? node,
        "kind '\(kindName)' is not one of \(BenefitKind.allCases.map(\.rawValue).joined(separator: ", "))"
      )
      return nil
    }
    let condition: Condition
    if let when = node["when"] {
      condition = conditions(when)
    } else {
      condition = .all([])
    }
    var amount: AmountRule? = nil
    var per = Periodicity.once
    var years: Int? = nil
    var yearsAtMost = false
    if let amountNode = node["amount"], !amountNode.isNull {
      if kind != .money {
        problem(amountNode, "benefit '\(id)' has an amount but its kind is \(kind.rawValue)")
      }
      if let parsed = amountRule(amountNode) {
        amount = Self.perPlatform(
          parsed.rule, condition: condition, platforms: facts.byName["platforms"]?.id)
        per = parsed.per
        years = parsed.years
        yearsAtMost = parsed.yearsAtMost
      }
    } else if kind == .money {
      problem(node, "benefit '\(id)' is of kind money but has no amount")
    }
    var points: PointsRule? = nil
    if let pointsNode = node["points"], !pointsNode.isNull {
      if kind != .points {
        problem(pointsNode, "benefit '\(id)' has points but its kind is \(kind.rawValue)")
      }
      points = pointsRule(pointsNode)
    } else if kind == .points {
      points = .unstated
    }
    var reservation: Reservation? = nil
    if let name = optionalString(node["certainty"], "certainty") {
      reservation = Reservation(rawValue: name)
      if reservation == nil {
        problem(
          node["certainty"] ?? node,
          "certainty '\(name)' is not one of \(Reservation.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    let sameThingAs = strings(node["sameThingAs"], "sameThingAs")
    let sameThingNote = optionalString(node["sameThingNote"], "sameThingNote")
    if !sameThingAs.isEmpty, sameThingNote == nil {
      problem(node, "benefit '\(id)' says sameThingAs but gives no sameThingNote saying why")
    }
    var benefit = Benefit(
      id: id, title: title,
      subject: optionalString(node["subject"], "subject"),
      group: optionalString(node["group"], "group"),
      kind: kind, condition: condition, amount: amount, per: per, years: years,
      yearsAtMost: yearsAtMost, points: points, reservation: reservation,
      sameThingAs: sameThingAs, sameThingNote: sameThingNote,
      note: optionalString(node["note"], "note"),
      amountArticle: integer(node["amountFrom"], "amountFrom"), line: node.line)
    benefit.column = node.column
    benefit.english = translation(of: node, allowed: Self.benefitEnglishKeys, "a benefit")
    return benefit
  }
}

extension NodeReader {
  /// A stated sum for a platform is paid for each platform of that kind (two new national key
  /// laboratories, two payments): when the condition asks for one platform filter, the sum is
  /// multiplied by the number of platforms passing it.
  static func perPlatform(_ rule: AmountRule, condition: Condition, platforms: FactID?)
    -> AmountRule
  {
    guard let platforms else { return rule }
    let parts: [Condition]
    if case .all(let all) = condition { parts = all } else { parts = [condition] }
    let filters = parts.compactMap { part -> ItemFilter? in
      if case .has(platforms, let filter) = part { return filter }
      return nil
    }
    guard filters.count == 1 else { return rule }
    let each = Multiplier.matchingItems(list: platforms)
    switch rule {
    case .fixed(let sum, nil): return .fixed(sum, each: each)
    case .upTo(let sum, nil): return .upTo(sum, each: each)
    case .atLeast(let sum, nil): return .atLeast(sum, each: each)
    default: return rule
    }
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var text = self
    while text.last?.isNewline == true || text.last == " " { text.removeLast() }
    return text
  }
}
