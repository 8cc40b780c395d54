/// What the Explainer's sentences read of one fact — its label, unit, type and an
/// enumeration's value labels, and the same of each field of a record or list — in one
/// language, taken from the catalog once per explainer. Read from the catalog each time,
/// `catalog.facts[id].label(in:)` copies the whole definition (retaining each of its strings)
/// and a value's label is a dictionary lookup by the value's name; a result's sentences read
/// a few hundred of them (issue 19).
final class FactWords: Sendable {
  /// The fact's (or field's) type, as the sentences tell values apart.
  enum Kind: Sendable {
    case bool
    case money
    case count
    /// The values' labels, by index.
    case enumeration([String])
    case record
    case list
  }

  let label: String
  /// The fact's unit, or empty (a field's is its fact's).
  let unit: String
  let kind: Kind
  /// A record's or list's fields, in order.
  let fields: [FactWords]
  /// A list item's flag named `new`, which a description words as `newlyApproved`.
  let isNewFlag: Bool

  init(_ fact: FactDefinition, language: Language) {
    label = fact.label(in: language)
    unit = fact.unit(in: language) ?? ""
    kind = Self.kind(fact.type, language: language)
    fields = fact.type.fields.map { FactWords($0, language: language) }
    isNewFlag = false
  }

  private init(_ field: FieldDefinition, language: Language) {
    label = field.label(in: language)
    unit = ""
    kind = Self.kind(field.type, language: language)
    fields = field.type.fields.map { FactWords($0, language: language) }
    isNewFlag = field.name == "new"
  }

  private static func kind(_ type: FactType, language: Language) -> Kind {
    switch type {
    case .bool: return .bool
    case .money: return .money
    case .count: return .count
    case .enumeration(let values):
      return .enumeration(values.names.indices.map { values.label($0, in: language) })
    case .record: return .record
    case .list: return .list
    }
  }

  var isMoney: Bool {
    if case .money = kind { return true }
    return false
  }
}
