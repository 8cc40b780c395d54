import Foundation

/// `policy-wizard schema --format json-schema`: the profile as a JSON Schema (draft 2020-12),
/// read off the catalog's facts, so that an editor checks a profile while it is typed. It says
/// what `ProfileDecoder` accepts: unknown fields are refused, `null` means not given, money and
/// counts may be written as text (`"1200万"`), and `city` and `applicant` are required unless
/// listed `unknown`.
extension ProfileSchema {
  public static let draft = "https://json-schema.org/draft/2020-12/schema"

  public func jsonSchemaObject() -> [String: Any] {
    var properties: [String: Any] = [:]
    for fact in catalog.facts {
      var schema = typeSchema(fact.type)
      schema["title"] = fact.label(in: language)
      schema["description"] = [fact.question(in: language), schema["description"] as? String]
        .compactMap { $0 }
        .joined(separator: " ")
      properties[fact.name] = schema
    }
    let names = catalog.facts.map(\.name)
    properties["asOf"] = [
      "description": "The day the policies are judged on, YYYY-MM-DD (default: today).",
      "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    ]
    properties["includeDrafts"] = [
      "description": "Include draft documents (default: true).",
      "type": ["boolean", "null"],
    ]
    properties["enterpriseName"] = [
      "description": "Who the profile describes (reports, cases).", "type": ["string", "null"],
    ]
    properties["unknown"] = [
      "description": "Questions the applicant could not answer.",
      "anyOf": [
        ["enum": names], ["type": "array", "items": ["enum": names]],
      ],
    ]
    let cityUnknown: [String: Any] = [
      "required": ["unknown"],
      "properties": [
        "unknown": [
          "anyOf": [["const": "city"], ["type": "array", "contains": ["const": "city"]]]
        ]
      ],
    ]
    // Nobody's applicant type is assumed: it is given (not null) or listed unknown.
    let applicantGiven: [String: Any] = [
      "required": ["applicant"], "properties": ["applicant": ["not": ["type": "null"]]],
    ]
    let applicantUnknown: [String: Any] = [
      "required": ["unknown"],
      "properties": [
        "unknown": [
          "anyOf": [
            ["const": "applicant"], ["type": "array", "contains": ["const": "applicant"]],
          ]
        ]
      ],
    ]
    if var applicant = properties["applicant"] as? [String: Any] {
      applicant["description"] = [applicant["description"] as? String, Self.applicantRule]
        .compactMap { $0 }.joined(separator: " ")
      properties["applicant"] = applicant
    }
    return [
      "$schema": Self.draft,
      "title": "policy-wizard profile",
      "description": Self.requiredFields,
      "type": "object",
      "additionalProperties": false,
      "properties": properties,
      "allOf": [
        ["anyOf": [["required": ["city"]], cityUnknown]],
        ["anyOf": [applicantGiven, applicantUnknown]],
      ],
    ]
  }

  /// What a profile must hold and what leaving a field out means (`text()` says the same).
  static let requiredFields =
    "city and applicant are required (or listed in unknown); any other omitted field means "
    + "no / none / zero. Money is in yuan."

  /// The applicant's own line: nothing is assumed for it.
  static let applicantRule =
    "Required: nobody's applicant type is assumed. If it is not known, list applicant in "
    + "unknown: every sum it decides is then shown as possible, never as certain."

  public func jsonSchema() -> String {
    let options: JSONSerialization.WritingOptions = [
      .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
    ]
    guard
      let data = try? JSONSerialization.data(withJSONObject: jsonSchemaObject(), options: options)
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  private func typeSchema(_ type: FactType) -> [String: Any] {
    switch type {
    case .bool:
      return ["type": ["boolean", "null"]]
    case .money:
      return [
        "description":
          "Yuan: a number, or text such as \"\(AmountParsing.profileExample)\" or \"\(AmountParsing.largestSumText)\".",
        "type": ["number", "string", "null"], "minimum": 0,
        "maximum": ProfileDecoder.largestMoney.fen / 100,
      ]
    case .count:
      return [
        "type": ["integer", "string", "null"], "minimum": 0,
        "maximum": ProfileDecoder.largestCount,
      ]
    case .enumeration(let values):
      let names: [Any] = values.names
      let labels = values.names.indices.map {
        "\(values.names[$0]): \(values.label($0, in: language))"
      }
      return ["enum": names + [NSNull()], "description": labels.joined(separator: ", ")]
    case .record(let fields):
      return recordSchema(fields, nullable: true)
    case .list(let fields):
      return ["type": ["array", "null"], "items": recordSchema(fields, nullable: false)]
    }
  }

  /// A record (`nullable`) or a list entry; a list entry must state each of its choices
  /// (type, level, direction …), as `ProfileDecoder` requires.
  private func recordSchema(_ fields: [FieldDefinition], nullable: Bool) -> [String: Any] {
    var properties: [String: Any] = [:]
    var required: [String] = []
    for field in fields {
      var schema = typeSchema(field.type)
      schema["title"] = field.label(in: language)
      if !nullable, case .enumeration(let values) = field.type {
        schema["enum"] = values.names
        required.append(field.name)
      }
      properties[field.name] = schema
    }
    var schema: [String: Any] = [
      "type": nullable ? ["object", "null"] : "object", "additionalProperties": false,
      "properties": properties,
    ]
    if !required.isEmpty { schema["required"] = required }
    return schema
  }
}
