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

  /// Between the lines when they are written on one (`；`, `; `).
  public var separator = "；"

  /// The lines on one line, for tables that cannot break.
  public var value: String { lines.joined(separator: separator) }

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
      var answer = ReportAnswer(label: fact.label(in: explainer.language), lines: text)
      answer.separator = explainer.text.separator
      return answer
    }
  }

  private static func describe(_ value: FactValue, fact: FactDefinition, explainer: Explainer)
    -> [String]?
  {
    let language = explainer.language
    let text = explainer.text
    switch (fact.type, value) {
    case (.bool, .bool(let flag)):
      return flag ? [explainer.text.yes] : nil
    case (.money, .number(let fen)):
      return fen == 0 ? nil : [text.money(Money(fen: fen))]
    case (.count, .number(let count)):
      return count == 0 ? nil : [explainer.value(count, at: FactPath(fact: fact.id))]
    case (.enumeration(let values), .choice(let index)):
      return index == fact.defaultEnumIndex ? nil : [values.label(index, in: language)]
    case (.record(let fields), .record(let parts)):
      let described = zip(fields, parts).compactMap { field, part -> String? in
        guard let part else { return nil }
        switch (field.type, part) {
        case (.money, .number(let fen)):
          return "\(field.label(in: language)) \(text.money(Money(fen: fen)))"
        case (.count, .number(let count)): return "\(field.label(in: language)) \(count)"
        case (.bool, .bool(let flag)):
          return text.labelled(field.label(in: language), flag ? text.yes : text.no)
        case (.enumeration(let values), .choice(let index)):
          return text.labelled(field.label(in: language), values.label(index, in: language))
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
