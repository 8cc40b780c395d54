import Foundation

/// `policy-wizard schema --output`: the evaluation result (`evaluate --format json`) as a JSON
/// Schema (draft 2020-12). Each field of the result is described here and nowhere else; the
/// docs point to this schema. Every object is closed (`additionalProperties: false`), so a
/// field added to the result without being described here fails the schema test.
extension EvaluationReport {
  public static func jsonSchemaObject() -> [String: Any] {
    let yuan: [String: Any] = [
      "type": "number", "minimum": 0,
      "description": "A sum in yuan, exact to the fen (at most two decimals).",
    ]
    let openYuan: [String: Any] = [
      "type": ["number", "null"], "minimum": 0,
      "description": "A sum in yuan; null when there is no stated maximum (at least, open).",
    ]
    let certainties: [Any] = Certainty.allCases.map(\.rawValue)
    let amount: [String: Any] = closed(
      description:
        "What one payment of the benefit comes to; with per = year, each year's payment.",
      [
        "min": yuan.described("The lowest the payment can be."),
        "max": openYuan.described("The highest; null for at least (no maximum)."),
        "per": ["enum": ["once", "year"], "description": "once, or a payment every year."],
        "years": [
          "type": ["integer", "null"], "minimum": 1,
          "description": "How many yearly payments; null when the text states none (counted once).",
        ],
        "yearsAtMost": [
          "type": "boolean",
          "description":
            "years is a ceiling (for at most N years): from one year up to years, never years certain.",
        ],
      ])
    let entry: [String: Any] = closed(
      description: "One benefit: a match, a possible benefit, or general support.",
      required: [
        "policy", "article", "benefit", "title", "status", "kind", "citation", "amount", "points",
        "because", "stackedOut", "certainty",
      ],
      [
        "policy": string("The document's id in the catalog (hohhot-2023, ordos-2024 …)."),
        "article": ["type": "integer", "description": "The article (or clause) number."],
        "benefit": string("The benefit's id within its article."),
        "title": string("The benefit's title, in the output's language."),
        "status": ["enum": ["draft", "inForce"], "description": "The document's status."],
        "kind": [
          "enum": BenefitKind.allCases.map(\.rawValue),
          "description": "What sort of support it is: a sum, points, case by case …",
        ],
        "citation": string("Document and article, as every output cites them."),
        "amount": ["anyOf": [amount, ["type": "null"]], "description": "Null: no stated sum."],
        "amountText": string("amount in words, as every output writes it."),
        "computation": string("How the amount was worked out, with the figures."),
        "points": [
          "type": ["integer", "null"], "description": "Points on the Mengkeju platform, if any.",
        ],
        "because": string(
          "Why it applies: only the answers actually given, then the questions it hinges on."),
        "stackedOut": [
          "type": ["string", "null"],
          "description":
            "Why it adds nothing (another benefit pays for the same thing); null if counted.",
        ],
        "dependsOn": [
          "type": "array", "items": ["type": "string"],
          "description":
            "For a possible benefit: the unanswered questions (fact names) that decide it.",
        ],
        "certainty": [
          "enum": certainties + [NSNull()],
          "description":
            "How sure the amount is (certaintyText words it): certain, draft, upTo, atLeast, reserved (selective or on conditions the text does not state), chooseHigher (the higher of benefits for the same thing), possible; null without a stated sum.",
        ],
        "certaintyText": string("certainty in words, the same in every output."),
        "items": [
          "type": "array", "items": ["type": "integer", "minimum": 0],
          "description": "For a benefit paid per list item: the positions (from 0) it pays for.",
        ],
        "notes": [
          "type": "array", "items": ["type": "string"],
          "description":
            "Alternatives (the higher of), items paid by another benefit, an open list (as the call for applications says).",
        ],
      ])
    let range: [String: Any] = closed(
      description: "From min to max over the whole term.",
      ["min": yuan.described("The lower bound."), "max": openYuan.described("The upper bound.")])
    var byCertainty: [String: Any] = [:]
    for certainty in Certainty.allCases {
      byCertainty[certainty.rawValue] = ["$ref": "#/$defs/range"]
    }
    let totals: [String: Any] = closed(
      description:
        "The totals over every term. min counts only money the answers settle: reserved (selective, on conditions) and possible money add 0 to it. max is the highest of every match counted (reserved at its highest, alternatives once at the highest); possible money is not in min or max but on its own line.",
      [
        "min": yuan.described("The lower bound of the total."),
        "max": openYuan.described("The upper bound of the total; null when open (at least)."),
        "byCertainty": closed(
          description:
            "The same totals by certainty, each category present only when it has something; possible: what the possible benefits would add for the best one set of answers (tiers of one group once, at the highest; alternatives of one open question never added up).",
          required: [], byCertainty),
        "lines": [
          "type": "array",
          "description": "The totals lines every output prints, in order.",
          "items": closed(
            description: "One line: its label and its value, in words.",
            [
              "label": string(
                "The total, a certainty word, or the questions the possible line depends on."),
              "value": string("The sum in words."),
            ]),
        ],
        "possibleOpenPerItem": [
          "type": "boolean",
          "description":
            "A possible benefit pays per item and the number of items is unanswered: the possible maximum is open.",
        ],
      ])
    let nearMiss: [String: Any] = closed(
      description: "A benefit one more step would reach.",
      required: ["policy", "article", "benefit", "title", "citation", "missing"],
      [
        "policy": string("The document's id."),
        "article": ["type": "integer", "description": "The article number."],
        "benefit": string("The benefit's id."),
        "title": string("The benefit's title."),
        "citation": string("Document and article."),
        "missing": string(
          "What is missing, with the figures; for unanswered, the questions left out, in the output language."
        ),
        "unanswered": [
          "type": "array", "items": ["type": "string"], "minItems": 1,
          "description":
            "Present only for a near miss of the unanswered kind: the yes/no questions the profile left out (fact names; record.field for a field of a record left out) that alone stand between it and the benefit. Left out pays nothing (omitted is not claimed); amount and points are what it would give answered yes.",
        ],
        "amount": [
          "$ref": "#/$defs/amount",
          "description": "What it would pay at the threshold (or with the questions answered yes).",
        ],
        "points": [
          "type": "integer",
          "description":
            "Points it would give at the threshold (or with the questions answered yes), if stated.",
        ],
      ])
    let alternative: [String: Any] = closed(
      description:
        "Benefits for the same thing where none is surely higher (the higher of): counted once, at the highest minimum and the highest maximum.",
      [
        "members": [
          "type": "array", "items": ["type": "string"],
          "description": "policy/article/benefit of each member.",
        ],
        "item": [
          "type": ["integer", "null"],
          "description": "The list item they compete for; null for the applicant itself.",
        ],
        "min": yuan.described("What the set adds to the lower bound."),
        "max": openYuan.described("What the set adds to the upper bound."),
        "draftDecides": [
          "type": "boolean",
          "description": "Only a draft member offers the higher side: counted under draft.",
        ],
      ])
    return [
      "$schema": ProfileSchema.draft,
      "$id": "https://policy-wizard.invalid/result/\(format).schema.json",
      "title": "policy-wizard evaluation result",
      "description":
        "What evaluate --format json prints (and each batch row's benefits): sums in yuan, words in the output's language.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "resultFormat", "alternatives", "asOf", "catalogVersion", "general", "matches",
        "nearMisses", "possible", "totals",
      ],
      "$defs": [
        "amount": amount, "entry": entry, "range": range, "nearMiss": nearMiss,
        "alternative": alternative,
      ],
      "properties": [
        "resultFormat": [
          "const": format,
          "description": "The version of this format; raised whenever a field changes.",
        ],
        "asOf": string("The day the policies were judged on, YYYY-MM-DD."),
        "catalogVersion": string("The catalog's version."),
        "matches": entries("Benefits that apply to the profile."),
        "possible": entries(
          "Benefits an unanswered question (dependsOn) or an open list (as the call for applications says) decides."
        ),
        "general": entries("Support the documents offer with no condition at all."),
        "nearMisses": ["type": "array", "items": ["$ref": "#/$defs/nearMiss"]],
        "alternatives": ["type": "array", "items": ["$ref": "#/$defs/alternative"]],
        "openQuestions": [
          "type": "array", "items": ["type": "string"],
          "description": "Questions left open that could still change the result (fact names).",
        ],
        "totals": totals,
      ],
    ]
  }

  /// The schema as pretty-printed JSON, keys sorted.
  public static func jsonSchema() -> String {
    let options: JSONSerialization.WritingOptions = [
      .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
    ]
    guard
      let data = try? JSONSerialization.data(withJSONObject: jsonSchemaObject(), options: options)
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  private static func string(_ description: String) -> [String: Any] {
    ["type": "string", "description": description]
  }

  private static func entries(_ description: String) -> [String: Any] {
    ["type": "array", "items": ["$ref": "#/$defs/entry"], "description": description]
  }

  /// An object with exactly these properties, all required unless `required` says otherwise.
  private static func closed(
    description: String, required: [String]? = nil, _ properties: [String: Any]
  ) -> [String: Any] {
    [
      "type": "object", "additionalProperties": false, "description": description,
      "properties": properties, "required": required ?? properties.keys.sorted(),
    ]
  }
}

extension Dictionary where Key == String, Value == Any {
  fileprivate func described(_ description: String) -> [String: Any] {
    var copy = self
    copy["description"] = description
    return copy
  }
}
