import PolicyEngine
import ScreenKit

/// The amounts of money in a line of text, as the engine's one wording writes them
/// (`EngineText.money`), so that layout never parts or cuts one and tests can read each back.
///
/// A *money token* is, in Chinese, a number (digits, thousands commas, a decimal point) with an
/// optional `万` or `亿` and then `元`: `50万元`, `1.3929亿元`, `9,900元`. In English it is
/// `CNY ` and a number (`CNY 500,000`, `CNY 1,234.50`), or a number after the dash of a range
/// (`CNY 200,000 – 3,000,000`: the dash and `3,000,000`). The words that say which way a sum is
/// bounded stay with it — `最高`, `不低于`, `至`, `up to `, `at least `, the range's `– ` and the
/// demo's `+`/`−` — so a line is never broken between `最高` and `500万元`.
public struct AmountToken: Sendable, Equatable {
  /// The token with the words bound to it, as a range of the text it was found in.
  public var range: Range<String.Index>
  /// The number as written, without its unit (`1.3929`, `41,900,000`).
  public var number: Substring
  /// The amount in fen; nil when the number is malformed (badly grouped, more decimals than
  /// fen) — which, on a screen, means it was cut.
  public var fen: Int64?

  /// Every money token of `text`, written in `language`.
  public static func all(in text: String, language: Language) -> [AmountToken] {
    let characters = Array(text.indices)
    var tokens: [AmountToken] = []
    var position = 0
    while position < characters.count {
      let character = text[characters[position]]
      let previous = position > 0 ? text[characters[position - 1]] : nil
      guard character.isASCIIDigit, !(previous?.isASCIIDigit ?? false),
        previous != ",", previous != "."
      else {
        position += 1
        continue
      }
      // The number: digits with commas and at most one point; a comma or point that ends it is
      // punctuation of the sentence.
      var end = position
      while end < characters.count,
        text[characters[end]].isASCIIDigit || text[characters[end]] == ","
          || text[characters[end]] == "."
      {
        end += 1
      }
      while end > position, !text[characters[end - 1]].isASCIIDigit { end -= 1 }
      let number = text[
        characters[
          position]..<(end < characters.count
          ? characters[end] : text.endIndex)]
      defer { position = end }
      let before = text[text.startIndex..<characters[position]]
      let after = text[(end < characters.count ? characters[end] : text.endIndex)...]
      let wording = AmountWording.of(language)
      // A unit after the number (`万元`), the longest first; or a currency before it (`CNY `).
      if let unit = wording.suffixes.first(where: { after.hasPrefix($0.text) }) {
        let start = boundWords(before, wording.boundWords)
        let tokenEnd = text.index(number.endIndex, offsetBy: unit.text.count)
        tokens.append(
          AmountToken(
            range: start..<tokenEnd, number: number,
            fen: fen(of: number, scale: unit.scale, grouping: wording.grouped)))
      } else if !wording.prefix.isEmpty, before.hasSuffix(wording.prefix) {
        let start = boundWords(before.dropLast(wording.prefix.count), wording.boundWords)
        tokens.append(
          AmountToken(
            range: start..<number.endIndex, number: number,
            fen: fen(of: number, scale: 1, grouping: wording.grouped)))
      } else if !wording.prefix.isEmpty, before.hasSuffix(wording.rangeSeparator) {
        // The upper end of a range, its currency written once: `CNY 200,000 – 3,000,000`.
        var start = before.index(before.endIndex, offsetBy: -wording.rangeSeparator.count)
        // The dash binds to the number after it; the space before the dash is a place to break.
        while before[start] == " " { start = before.index(after: start) }
        tokens.append(
          AmountToken(
            range: start..<number.endIndex, number: number,
            fen: fen(of: number, scale: 1, grouping: wording.grouped)))
      }
    }
    return tokens
  }

  /// Where the token begins: before the last of `words` that `before` ends with, if any.
  private static func boundWords(_ before: Substring, _ words: [String]) -> String.Index {
    for word in words where before.hasSuffix(word) {
      return before.index(before.endIndex, offsetBy: -word.count)
    }
    return before.endIndex
  }

  /// `number` × `scale` yuan in fen; nil when it is not a well-formed amount: grouped by
  /// thousands other than 1–3 digits then threes (English always groups; Chinese groups yuan),
  /// or finer than a fen.
  private static func fen(of number: Substring, scale: Int64, grouping: Bool) -> Int64? {
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
    if groups.count > 1 {
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    } else if grouping, groups[0].count > 3 {
      return nil
    }
    guard let whole = Int64(groups.joined()) else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard !fraction.contains(",") else { return nil }
    // Fen are a hundredth of a yuan: `scale` × 100 fen in one unit of the number.
    var unitFen = scale * 100
    var fractionFen: Int64 = 0
    for digit in fraction {
      guard unitFen % 10 == 0, let value = digit.wholeNumberValue else { return nil }
      unitFen /= 10
      fractionFen += Int64(value) * unitFen
    }
    let (product, overflow) = whole.multipliedReportingOverflow(by: scale * 100)
    guard !overflow else { return nil }
    return product + fractionFen
  }
}

/// How a language writes an amount, read off its table (`EngineText`) rather than restated:
/// the unit after the number (`元`, `万元`, `亿元`) or the currency before it (`CNY `), the
/// words of a bound (`最高`, `at least `), and the separator of a range (`至`, ` – `).
struct AmountWording {
  var suffixes: [(text: String, scale: Int64)]
  var prefix: String
  var rangeSeparator: String
  var boundWords: [String]
  /// Whether every number is grouped by thousands (English): a long ungrouped one was cut.
  var grouped: Bool

  static let chinese = AmountWording(text: .chinese)
  static let english = AmountWording(text: .english)

  static func of(_ language: Language) -> AmountWording {
    language == .english ? .english : .chinese
  }

  init(text: EngineText) {
    let one = text.money(Money(yuan: 1))
    let digitsOfOne = one.range(of: "1")!
    prefix = String(one[..<digitsOfOne.lowerBound])
    // The units the one wording uses, each with the yuan in one of it.
    var suffixes: [(String, Int64)] = []
    for scale: Int64 in [1, 10_000, 100_000_000] {
      let written = text.money(Money(yuan: scale))
      if let digit = written.range(of: "1") {
        let unit = String(written[digit.upperBound...])
        if !unit.isEmpty { suffixes.append((unit, scale)) }
      }
    }
    self.suffixes = suffixes.sorted { $0.0.count > $1.0.count }.map { (text: $0.0, scale: $0.1) }
    let range = text.range(Money(yuan: 1), Money(yuan: 2))
    let afterLower = range.dropFirst(one.count)
    rangeSeparator = String(afterLower.prefix { $0 != "2" })
    let signs = ["+", "−", "-"]
    boundWords =
      [text.upTo(""), text.atLeast(""), rangeSeparator].filter { !$0.isEmpty } + signs
    grouped = !prefix.isEmpty
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  /// This text in lines of `width` columns that never part an amount of money (`AmountToken`).
  public func wrappedKeepingAmounts(toWidth width: Int, language: Language) -> [String] {
    wrapped(
      toWidth: width, keepingWhole: AmountToken.all(in: self, language: language).map(\.range))
  }

  /// This text cut to `width` columns with `…`, as `truncated(toWidth:)` cuts it, except that an
  /// amount of money that does not fit whole is left out whole, never shown in part.
  public func truncatedKeepingAmounts(toWidth width: Int, language: Language) -> String {
    guard displayWidth > width else { return self }
    let cut = truncated(toWidth: width)
    let kept = cut.hasSuffix("…") ? cut.dropLast() : Substring(cut)
    var keptEnd = kept.endIndex
    while keptEnd > kept.startIndex, kept[kept.index(before: keptEnd)] == " " {
      keptEnd = kept.index(before: keptEnd)
    }
    let keptCount = kept[..<keptEnd].count
    // The first amount the cut falls inside: cut before it instead.
    for token in AmountToken.all(in: self, language: language) {
      let start = distance(from: startIndex, to: token.range.lowerBound)
      let end = distance(from: startIndex, to: token.range.upperBound)
      if start < keptCount && end > keptCount {
        return (String(self[..<token.range.lowerBound]) + "…").padded(toWidth: width)
      }
    }
    // Nor inside any other number (`20%`, `1000万`, `3年`): `（10…` reads as ten.
    let characters = Array(self)
    func isNumeral(_ character: Character) -> Bool {
      character.isASCII && (character.isNumber || character == "," || character == ".")
    }
    if keptCount > 0, keptCount < characters.count, isNumeral(characters[keptCount - 1]),
      isNumeral(characters[keptCount]) || characters[keptCount] == "%"
        || AmountWording.of(language).suffixes.contains { $0.text.first == characters[keptCount] }
    {
      var start = keptCount - 1
      while start > 0, isNumeral(characters[start - 1]) { start -= 1 }
      return (String(characters[..<start]) + "…").padded(toWidth: width)
    }
    return cut
  }
}
