import PolicyEngine

/// One of the enterprise's answers as the report repeats it: the question's label and the
/// value in words (`研发投入`: `上年度研发投入 2800万元`, `前一年度研发投入 2000万元`).
public struct ReportAnswer: Sendable, Equatable {
  public var label: String
  /// One line per field of a record or item of a list; one line otherwise.
  public var lines: [String]

  public init(label: String, lines: [String]) {
    self.label = label
    self.lines = lines
  }

  /// The lines on one line, for tables that cannot break.
  public var value: String { lines.joined(separator: "；") }

  /// The answers that say something: yes, a sum, a count, a choice other than the default, a
  /// list with items. An omitted fact means no or none, so repeating those would only add noise.
  /// Only the facts in `keeping` are told: the others no longer change anything.
  static func summary(
    of profile: Profile, catalog: Catalog, explainer: Explainer, skipping: Set<String>,
    keeping: Set<FactID>
  )
    -> [ReportAnswer]
  {
    catalog.facts.compactMap { fact -> ReportAnswer? in
      guard !skipping.contains(fact.name), keeping.contains(fact.id), !profile.isUnknown[fact.id],
        let value = profile[fact.id],
        let text = describe(value, fact: fact, explainer: explainer)
      else { return nil }
      return ReportAnswer(label: fact.label, lines: text)
    }
  }

  private static func describe(_ value: FactValue, fact: FactDefinition, explainer: Explainer)
    -> [String]?
  {
    switch (fact.type, value) {
    case (.bool, .bool(let flag)):
      return flag ? [explainer.text.yes] : nil
    case (.money, .number(let fen)):
      return fen == 0 ? nil : [MoneyFormat.chinese(Money(fen: fen))]
    case (.count, .number(let count)):
      return count == 0 ? nil : ["\(count)\(fact.unit ?? "")"]
    case (.enumeration(let values), .choice(let index)):
      return index == fact.defaultEnumIndex ? nil : [values.label(index)]
    case (.record(let fields), .record(let parts)):
      let described = zip(fields, parts).compactMap { field, part -> String? in
        guard let part else { return nil }
        switch (field.type, part) {
        case (.money, .number(let fen)):
          return "\(field.label) \(MoneyFormat.chinese(Money(fen: fen)))"
        case (.count, .number(let count)): return "\(field.label) \(count)"
        case (.bool, .bool(let flag)):
          return "\(field.label)：\(flag ? explainer.text.yes : explainer.text.no)"
        case (.enumeration(let values), .choice(let index)):
          return "\(field.label)：\(values.label(index))"
        default: return nil
        }
      }
      return described.isEmpty ? nil : described
    case (.list, .list(let items)):
      guard !items.isEmpty else { return nil }
      return items.enumerated().map { number, item in
        "\(number + 1). \(explainer.describe(item, of: fact.id))"
      }
    default:
      return nil
    }
  }
}
