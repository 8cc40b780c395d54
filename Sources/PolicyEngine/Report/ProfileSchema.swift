import Foundation

/// The profile format, read off the catalog's facts: `policy-wizard schema`. Names and values
/// are the same in every language; labels and questions are in `language`.
public struct ProfileSchema: Sendable {
  public let catalog: Catalog
  public let language: Language

  public init(catalog: Catalog, language: Language = .chinese) {
    self.catalog = catalog
    self.language = language
  }

  public struct Field: Encodable, Sendable {
    public var name: String
    public var type: String
    public var label: String
    public var question: String?
    public var values: [String: String]?
    public var fields: [Field]?
    public var appliesTo: [String]?
    public var declaredBy: String?
  }

  public func fields() -> [Field] {
    catalog.facts.map { fact in
      Field(
        name: fact.name, type: fact.type.name, label: fact.label(in: language),
        question: fact.question(in: language),
        values: values(fact.type),
        fields: fact.type.fields.isEmpty ? nil : fact.type.fields.map(field),
        appliesTo: fact.appliesTo.isEmpty ? nil : fact.appliesTo, declaredBy: fact.declaredBy)
    }
  }

  private func field(_ definition: FieldDefinition) -> Field {
    Field(
      name: definition.name, type: definition.type.name, label: definition.label(in: language),
      question: nil,
      values: values(definition.type), fields: nil, appliesTo: nil, declaredBy: nil)
  }

  private func values(_ type: FactType) -> [String: String]? {
    guard case .enumeration(let values) = type else { return nil }
    return Dictionary(
      uniqueKeysWithValues: values.names.indices.map {
        (values.names[$0], values.label($0, in: language))
      })
  }

  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    let document: [String: [Field]] = ["fields": fields()]
    guard let data = try? encoder.encode(document) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  public func text() -> String {
    var lines = [
      "A profile is a JSON (or YAML) object. `city` and `applicant` are required (or listed in",
      "`unknown`: for an applicant, every sum it decides is then possible, never certain); any",
      "other omitted field means no / none / zero. Money is in yuan (integers; strings such as",
      "\"\(AmountParsing.profileExample)\" are accepted too).",
      "",
      "  asOf            date YYYY-MM-DD   the day the policies are judged on (default: today)",
      "  includeDrafts   bool              include draft documents (default: true)",
      "  unknown         list of names     questions the applicant could not answer",
      "  enterpriseName  text              who the profile describes (reports, cases)",
      "",
    ]
    // Wide enough for the longest name, so none is cut.
    let nameWidth = max(24, (fields().map(\.name.count).max() ?? 0) + 1)
    for field in fields() {
      lines.append(
        "  \(field.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)) \(field.type.padding(toLength: 7, withPad: " ", startingAt: 0)) \(field.label)\(field.declaredBy.map { "  [\($0)]" } ?? "")"
      )
      if let values = field.values {
        lines.append(
          "      values: "
            + (catalog.fact(named: field.name).flatMap(enumNames) ?? values.keys.sorted()).map {
              "\($0) (\(values[$0] ?? $0))"
            }.joined(separator: ", "))
      }
      for sub in field.fields ?? [] {
        var line = "      .\(sub.name) \(sub.type) \(sub.label)"
        if case .enumeration(let names) = catalog.fact(named: field.name)?.type.fields.first(
          where: { $0.name == sub.name })?.type
        {
          line +=
            ": "
            + names.names.indices.map { "\(names.names[$0]) (\(names.label($0, in: language)))" }
            .joined(separator: ", ")
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func enumNames(_ fact: FactDefinition) -> [String]? {
    guard case .enumeration(let values) = fact.type else { return nil }
    return values.names
  }
}
