import PolicyEngine
import ScreenKit

/// What a whole batch implies, per document and article: how many enterprises qualify, and the
/// budget (every enterprise's payments of the article summed, lowest and highest, over the whole
/// term and for one year of the per-year ones). Sums are exact, in fen; an open maximum (不低于)
/// makes the article's maximum open.
struct BatchSummary: Sendable {
  struct Line: Sendable, Equatable {
    var enterprises = 0
    var min = Money.zero
    var max: Money? = .zero
    /// One year's payment of the per-year benefits.
    var yearlyMin = Money.zero
    var yearlyMax: Money? = .zero
  }

  /// `policy/article`, in catalog order.
  private(set) var keys: [String] = []
  private var index: [String: Int] = [:]
  private(set) var lines: [Line] = []
  private(set) var evaluated = 0
  private(set) var failed = 0
  private(set) var total = MoneyRange.zero
  private(set) var byCertainty: [Certainty: MoneyRange] = [:]

  init(catalog: Catalog) {
    for document in catalog.documents {
      for article in document.articles where article.benefits.contains(where: { $0.amount != nil })
      {
        let key = "\(document.id)/\(article.number)"
        index[key] = keys.count
        keys.append(key)
        lines.append(Line())
      }
    }
    self.catalog = catalog
  }

  private let catalog: Catalog

  func line(_ key: String) -> Line { index[key].map { lines[$0] } ?? Line() }

  mutating func addFailure() { failed += 1 }

  mutating func add(_ outcome: BatchOutcome) {
    evaluated += 1
    total = total + MoneyRange(min: outcome.totals.min, max: outcome.totals.max)
    for (certainty, range) in outcome.totals.byCertainty {
      byCertainty[certainty] = (byCertainty[certainty] ?? .zero) + range
    }
    var counted: Set<Int> = []
    for paid in outcome.paid {
      let document = catalog.documents[paid.location.document]
      let key = "\(document.id)/\(document.articles[paid.location.article].number)"
      guard let position = index[key] else { continue }
      if counted.insert(position).inserted { lines[position].enterprises += 1 }
      lines[position].min = lines[position].min + paid.term.min
      lines[position].max = lines[position].max.flatMap { sum in paid.term.max.map { sum + $0 } }
      if paid.amount.per == .year {
        lines[position].yearlyMin = lines[position].yearlyMin + paid.amount.min
        lines[position].yearlyMax = lines[position].yearlyMax.flatMap { sum in
          paid.amount.max.map { sum + $0 }
        }
      }
    }
  }
}

extension BatchSummary {
  /// A sum in the summary table; an open maximum is `不封顶`.
  static func amount(_ money: Money?, in language: Language) -> String {
    guard let money else { return CLIStrings.of(language).openAbove }
    return EngineText.of(language).money(money)
  }

  /// The table printed at the end of a run.
  func text(title: String, in language: Language) -> String {
    let strings = CLIStrings.of(language)
    let wording = EngineText.of(language)
    let width = strings.amountColumnWidth
    func amount(_ money: Money?) -> String { Self.amount(money, in: language) }
    var out = "\(title)\n"
    out += strings.enterprises(evaluated, failed) + "\n"
    // The totals in the words of every output: 合计, then each certainty category.
    out += wording.labelled(wording.total, wording.sum(MoneyRange(min: total.min, max: total.max)))
    out += "\n"
    for certainty in Certainty.allCases {
      guard let range = byCertainty[certainty] else { continue }
      let sum = wording.sum(MoneyRange(min: range.min, max: range.max))
      out += "  " + wording.labelled(wording.certaintyLabel(certainty), sum) + "\n"
    }
    out += pad(strings.articleColumn, 26) + pad(strings.enterprisesColumn, 8)
    out += pad(strings.lowestColumn, width) + "  " + pad(strings.highestColumn, width) + "  "
    out += strings.perYearColumn + "\n"
    for (key, line) in zip(keys, lines) where line.enterprises > 0 {
      var row = pad(key, 26)
      row += String(repeating: " ", count: Swift.max(0, 6 - "\(line.enterprises)".count))
      row += "\(line.enterprises)  "
      row += pad(amount(line.min), width) + "  "
      if line.yearlyMin != .zero || line.yearlyMax != .zero {
        row += pad(amount(line.max), width)
        row += "  \(amount(line.yearlyMin))–\(amount(line.yearlyMax))"
      } else {
        row += amount(line.max)
      }
      out += row + "\n"
    }
    return out
  }

  /// The summary as JSON (`--summary FILE`): yuan as exact numbers.
  func write(to out: inout JSONText) {
    out.objectValue()
    writeFields(to: &out)
    out.endObject()
  }

  /// The summary's keys, into an open object.
  func writeFields(to out: inout JSONText) {
    out.key("articles")
    out.arrayValue()
    for (key, line) in zip(keys, lines) where line.enterprises > 0 {
      out.objectValue()
      out.key("article")
      out.string(key)
      out.key("enterprises")
      out.int(line.enterprises)
      out.key("max")
      out.yuan(line.max.map(Yuan.init))
      out.key("min")
      out.yuan(Yuan(line.min))
      out.key("yearlyMax")
      out.yuan(line.yearlyMax.map(Yuan.init))
      out.key("yearlyMin")
      out.yuan(Yuan(line.yearlyMin))
      out.endObject()
    }
    out.endArray()
    out.key("byCertainty")
    out.objectValue()
    for certainty in byCertainty.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      out.key(certainty.rawValue)
      out.objectValue()
      out.key("max")
      out.yuan(byCertainty[certainty]!.max.map(Yuan.init))
      out.key("min")
      out.yuan(Yuan(byCertainty[certainty]!.min))
      out.endObject()
    }
    out.endObject()
    out.key("enterprises")
    out.int(evaluated)
    out.key("failed")
    out.int(failed)
    out.key("max")
    out.yuan(total.max.map(Yuan.init))
    out.key("min")
    out.yuan(Yuan(total.min))
  }
}

/// `--compare-data`: the same enterprises under two catalogs.
struct BatchComparison: Sendable {
  var changed = 0
  var difference = MoneyDifference()

  /// `other − base`, lowest and highest; nil where either maximum is open.
  struct MoneyDifference: Sendable {
    var min: Int64 = 0
    var max: Int64? = 0

    static func of(_ base: Totals, _ other: Totals) -> MoneyDifference {
      MoneyDifference(
        min: other.min.fen - base.min.fen,
        max: base.max.flatMap { b in other.max.map { $0.fen - b.fen } })
    }

    mutating func add(_ other: MoneyDifference) {
      min += other.min
      max = max.flatMap { sum in other.max.map { sum + $0 } }
    }

    var isZero: Bool { min == 0 && max == 0 }
  }

  mutating func add(base: BatchOutcome, other: BatchOutcome) {
    let difference = MoneyDifference.of(base.totals, other.totals)
    if !difference.isZero || (base.totals.max == nil) != (other.totals.max == nil) { changed += 1 }
    self.difference.add(difference)
  }

  static func signed(_ fen: Int64?, in language: Language) -> String {
    guard let fen else { return CLIStrings.of(language).openAbove }
    if fen == 0 { return "0" }
    let size = EngineText.of(language).money(Money(fen: fen == .min ? .max : abs(fen)))
    return (fen > 0 ? "+" : "−") + size
  }

  func text(base: BatchSummary, other: BatchSummary, in language: Language) -> String {
    let strings = CLIStrings.of(language)
    func signed(_ fen: Int64?) -> String { Self.signed(fen, in: language) }
    var out =
      strings.comparison(signed(difference.min), signed(difference.max), changed) + "\n"
    out +=
      pad(strings.articleColumn, 26) + pad(strings.enterprisesBeforeAfter, 16)
      + pad(strings.lowestChange, 16) + strings.highestChange + "\n"
    var keys = base.keys
    for key in other.keys where !keys.contains(key) { keys.append(key) }
    for key in keys {
      let (a, b) = (base.line(key), other.line(key))
      guard a != b else { continue }
      var row = pad(key, 26)
      row += pad("\(a.enterprises)→\(b.enterprises)", 16)
      row += pad(signed(b.min.fen - a.min.fen), 16)
      row += signed(a.max.flatMap { x in b.max.map { $0.fen - x.fen } })
      out += row + "\n"
    }
    return out
  }
}

/// `text` filled with spaces to `width` terminal columns (a CJK character is two).
func pad(_ text: String, _ width: Int) -> String {
  text + String(repeating: " ", count: Swift.max(0, width - text.displayWidth))
}
