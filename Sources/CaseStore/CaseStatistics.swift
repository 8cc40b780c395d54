import Foundation
import PolicyEngine

/// The hall's figures (`cases stats`): cases served, benefits found by article, and the totals
/// identified by certainty — summed from each case's saved result (`SavedResultTotals`, the
/// categories every output uses), never re-derived — with the hand-offs taken and expired.
public struct CaseStatistics: Sendable, Equatable {
  /// How the cases are grouped.
  public enum Grouping: String, Sendable, CaseIterable {
    case day, desk, city, article
  }

  public struct Group: Sendable, Equatable {
    /// The day (yyyy-MM-dd), desk, city or article; "" for the whole when not grouped.
    public var key: String
    public var cases: Int
    /// By certainty, in the order of `Certainty.allCases`: the sum of the cases' saved totals
    /// of that certainty (a nil max: some case's is open above).
    public var byCertainty: [(certainty: Certainty, range: MoneyRange)]
    /// How many cases were found eligible for a benefit of each article (its citation).
    public var benefitsByArticle: [(article: String, cases: Int)]

    public static func == (lhs: Group, rhs: Group) -> Bool {
      lhs.key == rhs.key && lhs.cases == rhs.cases
        && lhs.byCertainty.map(\.certainty) == rhs.byCertainty.map(\.certainty)
        && lhs.byCertainty.map(\.range) == rhs.byCertainty.map(\.range)
        && lhs.benefitsByArticle.map(\.article) == rhs.benefitsByArticle.map(\.article)
        && lhs.benefitsByArticle.map(\.cases) == rhs.benefitsByArticle.map(\.cases)
    }
  }

  public var groups: [Group]
  public var total: Group
  /// Rows that could not be read: not counted, listed.
  public var damaged: [DamagedCase]
  /// Saved results whose totals could not be read: counted as cases, not in any sum.
  public var unreadableResults: [Int64]
  public var handOffsTaken: Int
  public var handOffsExpired: Int

  /// - Parameter timeZone: Which calendar day a case saved at a moment belongs to.
  public init(
    _ input: CaseStatisticsInput, by grouping: Grouping?, timeZone: TimeZone = .current
  ) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    var unreadable: [Int64] = []
    var summaries: [(keys: [String], summary: CaseSummary)] = []
    for saved in input.listing.cases {
      guard let summary = CaseSummary(saved) else {
        unreadable.append(saved.id)
        summaries.append((keys: [Self.unknown], summary: CaseSummary.empty))
        continue
      }
      let keys: [String]
      switch grouping {
      case nil: keys = [""]
      case .day:
        let day = calendar.dateComponents([.year, .month, .day], from: saved.savedAt)
        keys = [String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)]
      case .desk: keys = [saved.desk ?? Self.unknown]
      case .city: keys = [summary.city ?? Self.unknown]
      case .article: keys = summary.articles.isEmpty ? [Self.none] : summary.articles
      }
      summaries.append((keys: keys, summary: summary))
    }
    var byKey: [String: [CaseSummary]] = [:]
    for entry in summaries {
      for key in entry.keys { byKey[key, default: []].append(entry.summary) }
    }
    groups = byKey.keys.sorted().map { Self.group($0, byKey[$0] ?? []) }
    total = Self.group("", summaries.map(\.summary))
    damaged = input.listing.damaged
    unreadableResults = unreadable
    handOffsTaken = input.handOffsTaken
    handOffsExpired = input.handOffsExpired
  }

  /// The key of cases whose desk, city or day is not recorded.
  public static let unknown = "?"
  /// The key (by article) of cases found eligible for nothing.
  public static let none = "-"

  private static func group(_ key: String, _ summaries: [CaseSummary]) -> Group {
    var sums: [Certainty: MoneyRange] = [:]
    var articles: [String: Int] = [:]
    for summary in summaries {
      for (certainty, range) in summary.byCertainty {
        let sum = sums[certainty] ?? MoneyRange(min: .zero, max: .zero)
        // Open above stays open above: 不低于 added to anything is 不低于.
        let max: Money? =
          if let left = sum.max, let right = range.max { left + right } else { nil }
        sums[certainty] = MoneyRange(min: sum.min + range.min, max: max)
      }
      for article in summary.articles { articles[article, default: 0] += 1 }
    }
    return Group(
      key: key, cases: summaries.count,
      byCertainty: Certainty.allCases.compactMap { certainty in
        sums[certainty].map { (certainty, $0) }
      },
      benefitsByArticle: articles.keys.sorted().map { ($0, articles[$0] ?? 0) })
  }
}

/// What one saved case adds to the figures, read from its saved result and profile.
struct CaseSummary: Sendable {
  var byCertainty: [Certainty: MoneyRange]
  /// The citations of the benefits it was found eligible for (每条一次).
  var articles: [String]
  var city: String?

  static let empty = CaseSummary(byCertainty: [:], articles: [], city: nil)

  init(byCertainty: [Certainty: MoneyRange], articles: [String], city: String?) {
    self.byCertainty = byCertainty
    self.articles = articles
    self.city = city
  }

  init?(_ saved: SavedCase) {
    struct Result: Decodable {
      struct Match: Decodable { var citation: String? }
      var matches: [Match]?
    }
    struct Profile: Decodable { var city: String? }
    guard let totals = SavedResultTotals(resultJSON: saved.resultJSON),
      let result = try? JSONDecoder().decode(Result.self, from: Data(saved.resultJSON.utf8))
    else { return nil }
    var byCertainty: [Certainty: MoneyRange] = [:]
    for (key, range) in totals.byCertainty {
      guard let certainty = Certainty(rawValue: key) else { return nil }
      byCertainty[certainty] = MoneyRange(
        min: SavedCase.money(range.min), max: range.max.map(SavedCase.money))
    }
    self.byCertainty = byCertainty
    articles = Array(Set((result.matches ?? []).compactMap(\.citation))).sorted()
    city = (try? JSONDecoder().decode(Profile.self, from: Data(saved.profileJSON.utf8)))?.city
  }
}
