/// An English text states the same sums and rates as the Chinese text beside it: a title that
/// says `CNY 100,000` where the Chinese says 20万元 is a wrong amount on the English screen, the
/// worst bug this product can have. An error, so that an officer who changes a sum in the
/// Chinese and not in the English finds out before the catalog is used.
///
/// The Chinese figures are read as the audit reads a clause (`CatalogAudit.figures`: 万元, 万,
/// 亿元, 亿, %); the English ones in the catalog's one form (`CNY 500,000`, `CNY 1,000,000 –
/// 3,000,000`, `5%`). Each side's set of figures must be the other's.
enum EnglishSumsAreTheChineseSums: DocumentRule {
  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem]) {
    visit(root, file: file, into: &problems)
  }

  private static func visit(_ node: DataNode, file: String, into problems: inout [InputProblem]) {
    switch node {
    case .mapping(let pairs, _):
      if case .mapping(let englishPairs, _)? = node["en"] {
        for (key, english) in englishPairs {
          guard let chinese = node[key] else { continue }
          compare(chinese, english, key: key, file: file, into: &problems)
        }
      }
      for pair in pairs where pair.key != "en" { visit(pair.value, file: file, into: &problems) }
    case .sequence(let items, _):
      for item in items { visit(item, file: file, into: &problems) }
    case .scalar, .null:
      break
    }
  }

  /// A Chinese text and its English, or the items of two lists (`departments`) or two mappings
  /// (`valueLabels`) one by one.
  private static func compare(
    _ chinese: DataNode, _ english: DataNode, key: String, file: String,
    into problems: inout [InputProblem]
  ) {
    switch (chinese, english) {
    case (.scalar(let chineseText, _, _), .scalar(let englishText, _, _)):
      let chineseFigures = Set(CatalogAudit.figures(in: chineseText))
      let englishFigures = Set(figures(inEnglish: englishText))
      if chineseFigures != englishFigures {
        problems.append(
          problem(
            message(key: key, english: englishFigures, chinese: chineseFigures), file: file,
            at: english.position))
      }
    case (.sequence(let chineseItems, _), .sequence(let englishItems, _)):
      for (chineseItem, englishItem) in zip(chineseItems, englishItems) {
        compare(chineseItem, englishItem, key: key, file: file, into: &problems)
      }
    case (.mapping(let chinesePairs, _), .mapping(let englishPairs, _)):
      for (name, englishItem) in englishPairs {
        guard let chineseItem = chinesePairs.first(where: { $0.key == name })?.value else {
          continue
        }
        compare(chineseItem, englishItem, key: "\(key): \(name)", file: file, into: &problems)
      }
    default:
      break
    }
  }

  /// The sums (`CNY 500,000`, and the upper end of `CNY 1,000,000 – 3,000,000`) and rates (`5%`)
  /// of an English text.
  static func figures(inEnglish text: String) -> [CatalogAudit.Figure] {
    let characters = Array(text)
    var result: [CatalogAudit.Figure] = []
    var index = 0
    /// The number (digits, thousands commas, one point) starting at `start`, and where it ends.
    func number(at start: Int) -> (text: String, end: Int)? {
      var end = start
      while end < characters.count, characters[end].isASCII,
        characters[end].isNumber || characters[end] == "," || characters[end] == "."
      {
        end += 1
      }
      while end > start, characters[end - 1] == "," || characters[end - 1] == "." { end -= 1 }
      guard end > start, characters[start].isNumber else { return nil }
      return (String(characters[start..<end]), end)
    }
    func skipSpaces(_ position: Int) -> Int {
      var position = position
      while position < characters.count, characters[position] == " " { position += 1 }
      return position
    }
    while index < characters.count {
      if characters[index...].starts(with: "CNY"), let first = number(at: skipSpaces(index + 3)) {
        if let fen = fen(first.text) { result.append(.money(fen)) }
        index = first.end
        // `CNY 1,000,000 – 3,000,000`: the upper end is a sum too.
        let dash = skipSpaces(index)
        if dash < characters.count, characters[dash] == "–" || characters[dash] == "-",
          let second = number(at: skipSpaces(dash + 1))
        {
          if let fen = fen(second.text) { result.append(.money(fen)) }
          index = second.end
        }
        continue
      }
      if characters[index].isASCII, characters[index].isNumber,
        index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber),
        let rate = number(at: index), rate.end < characters.count, characters[rate.end] == "%"
      {
        if case .success(let value) = AmountParsing.rate(rate.text + "%") {
          result.append(.rate(value.basisPoints))
        }
        index = rate.end + 1
        continue
      }
      index += 1
    }
    return result
  }

  private static func fen(_ yuan: String) -> Int64? {
    guard case .success(let money) = AmountParsing.money(yuan, defaultUnit: .yuan) else {
      return nil
    }
    return money.fen
  }

  static func message(
    key: String, english: Set<CatalogAudit.Figure>, chinese: Set<CatalogAudit.Figure>
  ) -> String {
    func listed(_ figures: Set<CatalogAudit.Figure>) -> String {
      figures.isEmpty ? "none" : figures.map(\.description).sorted().joined(separator: ", ")
    }
    return
      "the English \(key) (en: \(key)) states \(listed(english)) where the Chinese states \(listed(chinese)): write the same sums and rates in both"
  }
}
