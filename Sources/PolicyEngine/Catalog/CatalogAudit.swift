/// Checks that go beyond the file format: every figure of a clause's text (万元, 亿元, %) is
/// either paid by one of its benefits or explicitly marked as not a benefit (the rules
/// `NotBenefitFiguresAreFigures`, `NotBenefitFiguresAppearInText`,
/// `TextFiguresArePaidOrExplained`).
public struct CatalogAudit: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) { self.catalog = catalog }

  /// A figure of the text, normalised: money in fen, rates in basis points.
  public enum Figure: Hashable, Sendable, CustomStringConvertible {
    case money(Int64)
    case rate(Int64)

    public var description: String {
      switch self {
      // As the clause writes it (a figure of the law's Chinese text), in every language.
      case .money(let fen): return EngineText.chinese.money(Money(fen: fen))
      case .rate(let basisPoints):
        let fraction = basisPoints % 100
        return fraction == 0
          ? "\(basisPoints / 100)%" : "\(basisPoints / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
      }
    }
  }

  /// Every problem of the catalog's rules (`CatalogRules.catalogRules`).
  public func problems() -> [InputProblem] { CatalogRules.check(catalog) }

  /// Every figure followed by 万元, 万, 亿元, 亿 or % in a text.
  public static func figures(in text: String) -> [Figure] {
    var result: [Figure] = []
    let characters = Array(AmountParsing.normalizeWidth(text))
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end].isASCII,
        characters[end].isNumber || characters[end] == "."
      {
        end += 1
      }
      let number = String(characters[index..<end])
      var unitStart = end
      while unitStart < characters.count, characters[unitStart] == " " { unitStart += 1 }
      let unit = unitStart < characters.count ? characters[unitStart] : " "
      let precededByColon = index > 0 && characters[index - 1] == ":"
      if !precededByColon {
        if AmountParsing.largeUnits.contains(unit),
          case .success(let money) = AmountParsing.money(number + String(unit))
        {
          result.append(.money(money.fen))
        } else if unit == "%", case .success(let rate) = AmountParsing.rate(number + "%") {
          result.append(.rate(rate.basisPoints))
        }
      }
      index = end
    }
    return result
  }

  static func figure(_ text: String) -> Figure? {
    if case .success(let rate) = AmountParsing.rate(text) { return .rate(rate.basisPoints) }
    if case .success(let money) = AmountParsing.money(text) { return .money(money.fen) }
    return nil
  }

  /// Every figure the benefits of an article use: sums, rates, caps, floors, thresholds.
  static func figuresUsed(by article: Article) -> Set<Figure> {
    var used: Set<Figure> = []
    for benefit in article.benefits {
      collect(benefit.condition, into: &used)
      switch benefit.amount {
      case .fixed(let sum, _), .upTo(let sum, _), .atLeast(let sum, _):
        used.insert(.money(sum.fen))
      case .percentage(let rate, let base, let cap, let floor, _):
        used.insert(.rate(rate.basisPoints))
        for money in [cap, floor].compactMap({ $0 }) { used.insert(.money(money.fen)) }
        collect(base, into: &used)
      case nil:
        break
      }
      if case .percentage(let rate, let base)? = benefit.points {
        used.insert(.rate(rate.basisPoints))
        collect(base, into: &used)
      }
    }
    return used
  }

  /// Every figure `benefit` pays with: its sum, rate, cap, floor and cap on each item (not the
  /// thresholds of its condition).
  static func figuresPaid(by benefit: Benefit) -> Set<Figure> {
    var paid: Set<Figure> = []
    switch benefit.amount {
    case .fixed(let sum, _), .upTo(let sum, _), .atLeast(let sum, _):
      paid.insert(.money(sum.fen))
    case .percentage(let rate, let base, let cap, let floor, _):
      paid.insert(.rate(rate.basisPoints))
      for money in [cap, floor].compactMap({ $0 }) { paid.insert(.money(money.fen)) }
      if case .eachItem(_, _, _, let capEach?) = base { paid.insert(.money(capEach.fen)) }
    case nil:
      break
    }
    if case .percentage(let rate, _)? = benefit.points { paid.insert(.rate(rate.basisPoints)) }
    return paid
  }

  private static func collect(_ base: RateBase, into used: inout Set<Figure>) {
    guard case .eachItem(_, _, let filter, let capEach) = base else { return }
    if let capEach { used.insert(.money(capEach.fen)) }
    collect(filter, into: &used)
  }

  private static func collect(_ filter: ItemFilter, into used: inout Set<Figure>) {
    for (_, test) in filter.tests {
      if case .compare(_, let threshold) = test { used.insert(.money(threshold)) }
    }
  }

  private static func collect(_ condition: Condition, into used: inout Set<Figure>) {
    switch condition {
    case .compare(_, _, let threshold): used.insert(.money(threshold))
    case .has(_, let filter): collect(filter, into: &used)
    case .all(let parts), .any(let parts):
      for part in parts { collect(part, into: &used) }
    case .not(let part): collect(part, into: &used)
    case .oneOf, .isTrue: break
    }
  }
}
