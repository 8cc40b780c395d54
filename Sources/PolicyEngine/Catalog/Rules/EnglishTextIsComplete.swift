/// Every Chinese text a user reads in the wizard has an English version in the node's `en:`
/// block (docs/catalog-format.md, "English texts"), and that English has no Chinese in it and
/// writes amounts in the interface's one form (`CNY 500,000`, never 万 or `million`). A
/// warning, not an error: a policy officer's Chinese-only edit still loads and evaluates, and the
/// English interface shows the Chinese text until the translation is added. One finding per node
/// and missing key, placed at the `en:` block when the node has one, else at the node.
///
/// Read from the file as written (a `DocumentRule`): it is what the officer edits, and every node
/// of it, down to a field of a list fact, has its place there.
enum EnglishTextIsComplete: DocumentRule {
  static var severity: InputProblem.Severity { .warning }

  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem]) {
    guard case .mapping = root else { return }
    var check = Check(file: file)
    if root["articles"] != nil {
      let id = root["id"]?.scalarText ?? "?"
      check.node(root, "document '\(id)'", keys: ["title", "shortName", "issuer"])
      for article in items(root["articles"]) {
        let number = article["article"]?.scalarText ?? "?"
        var keys = ["title"]
        if present(article["section"]) { keys.append("section") }
        if !items(article["departments"], scalarsToo: true).isEmpty { keys.append("departments") }
        check.node(article, "article \(number)", keys: keys)
        for benefit in items(article["benefits"]) {
          let id = benefit["id"]?.scalarText ?? "?"
          check.node(
            benefit, "benefit '\(id)'",
            keys: ["title"] + ["note", "sameThingNote"].filter { present(benefit[$0]) })
        }
      }
    }
    for fact in items(root["facts"]) {
      let name = fact["name"]?.scalarText ?? "?"
      check.node(
        fact, "fact '\(name)'",
        keys: ["label", "question"] + ["help", "unit"].filter { present(fact[$0]) })
      check.values(of: fact, "fact '\(name)'")
      for field in items(fact["fields"]) {
        let what = "field '\(field["name"]?.scalarText ?? "?")' of '\(name)'"
        check.node(field, what, keys: ["label"])
        check.values(of: field, what)
      }
    }
    problems += check.problems
  }

  /// The findings for one file, gathered node by node.
  private struct Check {
    let file: String
    var problems: [InputProblem] = []

    /// `keys` are the node's texts that need an English version.
    mutating func node(_ node: DataNode, _ what: String, keys: [String]) {
      let english = node["en"].flatMap { $0.isNull ? nil : $0 }
      for key in keys where !EnglishTextIsComplete.present(english?[key]) {
        add(EnglishTextIsComplete.missingMessage(what, key: key), at: english ?? node)
      }
      for key in EnglishTextIsComplete.textKeys {
        guard let text = english?[key] else { continue }
        for item in EnglishTextIsComplete.items(text, scalarsToo: true) {
          chinese(in: item, what, key: key)
        }
      }
    }

    /// Every value of an enum fact or field has an English label, in English.
    mutating func values(of node: DataNode, _ what: String) {
      guard node["type"]?.scalarText == "enum" else { return }
      let english = node["en"].flatMap { $0.isNull ? nil : $0 }
      let labels = english?["valueLabels"]
      let values = EnglishTextIsComplete.items(node["values"], scalarsToo: true)
      for value in values.compactMap(\.scalarText) {
        if let label = labels?[value], EnglishTextIsComplete.present(label) {
          chinese(in: label, what, key: "valueLabels: \(value)")
        } else {
          add(
            EnglishTextIsComplete.missingLabelMessage(what, value: value),
            at: labels ?? english ?? node)
        }
      }
    }

    private mutating func chinese(in text: DataNode, _ what: String, key: String) {
      guard let english = text.scalarText else { return }
      if let found = EnglishTextIsComplete.chinese(in: english) {
        add(EnglishTextIsComplete.chineseMessage(what, key: key, found: found), at: text)
      } else if let word = EnglishTextIsComplete.amountInWords(in: english) {
        add(EnglishTextIsComplete.amountInWordsMessage(what, key: key, word: word), at: text)
      }
    }

    private mutating func add(_ message: String, at node: DataNode) {
      problems.append(EnglishTextIsComplete.problem(message, file: file, at: node.position))
    }
  }

  /// The `en:` keys whose values are read as English text.
  static let textKeys = [
    "title", "shortName", "issuer", "section", "departments", "label", "question", "help", "unit",
    "note", "sameThingNote",
  ]

  private static func present(_ node: DataNode?) -> Bool {
    guard let node, !node.isNull else { return false }
    if let text = node.scalarText { return !text.isEmpty }
    return true
  }

  /// The items of a list node; with `scalarsToo`, a single value counts as a list of one (as the
  /// loader reads `departments: 市科技局`).
  private static func items(_ node: DataNode?, scalarsToo: Bool = false) -> [DataNode] {
    guard let node else { return [] }
    switch node {
    case .sequence(let items, _): return items
    case .scalar: return scalarsToo ? [node] : []
    default: return []
    }
  }

  /// The first Chinese character or Chinese punctuation mark of an English text (万 and 亿 among
  /// them: an English amount is written CNY 100,000), or nil.
  static func chinese(in text: String) -> Character? {
    text.first { character in
      character.unicodeScalars.contains { scalar in
        scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value)
          || (0xFF00...0xFFEF).contains(scalar.value)
      }
    }
  }

  /// Words that write an amount another way than the interface's one form (`CNY 500,000`).
  static let amountWords: Set<String> = ["million", "millions", "billion", "billions", "rmb"]

  /// The first word of an English text that writes an amount in words (`3 million`, `RMB`), or
  /// nil.
  static func amountInWords(in text: String) -> String? {
    text.split(whereSeparator: { !$0.isLetter }).map(String.init).first {
      amountWords.contains($0.lowercased())
    }
  }

  static func missingMessage(_ what: String, key: String) -> String {
    "\(what) has no English \(key) (en: \(key))"
  }

  static func missingLabelMessage(_ what: String, value: String) -> String {
    "\(what) has no English label for value '\(value)' (en: valueLabels: \(value))"
  }

  static func chineseMessage(_ what: String, key: String, found: Character) -> String {
    "the English text of \(what) (en: \(key)) contains '\(found)': write it in English only, amounts as CNY 100,000"
  }

  static func amountInWordsMessage(_ what: String, key: String, word: String) -> String {
    "the English text of \(what) (en: \(key)) writes an amount with '\(word)': write the exact sum, as CNY 3,000,000"
  }
}
