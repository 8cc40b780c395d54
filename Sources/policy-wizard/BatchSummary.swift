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
  static func wan(_ money: Money?) -> String {
    guard let money else { return CLIStrings.openAbove }
    return MoneyFormat.chinese(money)
  }

  /// The table printed at the end of a run.
  func text(title: String) -> String {
    var out = "\(title)\n"
    out += CLIStrings.enterprises(evaluated, failed: failed) + "\n"
    // The totals in the words of every output: 合计, then each certainty category.
    let wording = EngineText.chinese
    out += "\(wording.total)：\(wording.sum(MoneyRange(min: total.min, max: total.max)))\n"
    for certainty in Certainty.allCases {
      guard let range = byCertainty[certainty] else { continue }
      out +=
        "  \(wording.certaintyLabel(certainty))：\(wording.sum(MoneyRange(min: range.min, max: range.max)))\n"
    }
    out +=
      pad(CLIStrings.articleColumn, 26) + pad(CLIStrings.enterprisesColumn, 8)
      + pad(CLIStrings.lowestColumn, 12) + "  " + pad(CLIStrings.highestColumn, 12) + "  "
      + CLIStrings.perYearColumn + "\n"
    for (key, line) in zip(keys, lines) where line.enterprises > 0 {
      var row = pad(key, 26)
      row += String(repeating: " ", count: Swift.max(0, 6 - "\(line.enterprises)".count))
      row += "\(line.enterprises)  "
      row += pad(Self.wan(line.min), 12) + "  "
      if line.yearlyMin != .zero || line.yearlyMax != .zero {
        row += pad(Self.wan(line.max), 12)
        row += "  \(Self.wan(line.yearlyMin))–\(Self.wan(line.yearlyMax))"
      } else {
        row += Self.wan(line.max)
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

  static func signed(_ fen: Int64?) -> String {
    guard let fen else { return CLIStrings.openAbove }
    if fen == 0 { return "0" }
    return (fen > 0 ? "+" : "−") + MoneyFormat.chinese(Money(fen: fen == .min ? .max : abs(fen)))
  }

  func text(base: BatchSummary, other: BatchSummary) -> String {
    var out =
      CLIStrings.comparison(
        Self.signed(difference.min), Self.signed(difference.max), changed: changed) + "\n"
    out +=
      pad(CLIStrings.articleColumn, 26) + pad(CLIStrings.enterprisesBeforeAfter, 16)
      + pad(CLIStrings.lowestChange, 16) + CLIStrings.highestChange + "\n"
    var keys = base.keys
    for key in other.keys where !keys.contains(key) { keys.append(key) }
    for key in keys {
      let (a, b) = (base.line(key), other.line(key))
      guard a != b else { continue }
      var row = pad(key, 26)
      row += pad("\(a.enterprises)→\(b.enterprises)", 16)
      row += pad(Self.signed(b.min.fen - a.min.fen), 16)
      row += Self.signed(a.max.flatMap { x in b.max.map { $0.fen - x.fen } })
      out += row + "\n"
    }
    return out
  }
}

/// `text` filled with spaces to `width` terminal columns (a CJK character is two).
func pad(_ text: String, _ width: Int) -> String {
  text + String(repeating: " ", count: Swift.max(0, width - text.displayWidth))
}
