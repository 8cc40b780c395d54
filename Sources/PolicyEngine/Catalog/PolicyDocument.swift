#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public enum DocumentStatus: String, Sendable, Codable {
  case inForce, draft
}

/// How a document numbers its articles, for citations: （十七） or 6.
public enum ArticleStyle: String, Sendable {
  case paren, dotted
}

/// A calendar day, compared as year, month, day (no time zone questions).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, checking that the day exists.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1, day <= CalendarDay.days(inMonth: month, year: year)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Today in the local calendar (the C library's local time, as Foundation's `Calendar`
  /// reads it, without loading Foundation's calendar data on every `evaluate`).
  public static func today() -> CalendarDay {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return CalendarDay(year: 2026, month: 1, day: 1) }
    return CalendarDay(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public var description: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }
}

public struct Article: Sendable, Equatable {
  public var number: Int
  public var title: String
  public var section: String?
  public var departments: [String]
  public var text: String
  public var notBenefits: [NotABenefit]
  public var benefits: [Benefit]
  public var line: Int
  public var column: Int = 1
  /// The `en:` block (the text itself is never translated).
  public var english: Translation? = nil

  /// Where the article starts in its file.
  public var position: Position { Position(line: line, column: column) }
}

/// A figure in a clause's text that pays nothing: a target, a threshold, a programme budget.
public struct NotABenefit: Sendable, Equatable {
  public var figure: String
  public var why: String
}

public struct OtherText: Sendable, Equatable {
  public var heading: String
  public var text: String
}

public struct PolicyDocument: Sendable, Equatable {
  public var id: String
  public var title: String
  public var shortName: String
  public var issuer: String
  public var number: String?
  /// A city id, or nil for the whole autonomous region.
  public var city: String?
  public var status: DocumentStatus
  public var published: CalendarDay?
  public var effectiveFrom: CalendarDay?
  public var effectiveUntil: CalendarDay?
  /// The earliest day the document can apply at all: for an undated draft, the day it was
  /// put out for comment (or the latest date it cites).
  public var notBefore: CalendarDay?
  public var articleStyle: ArticleStyle
  /// The article stating 就高、从优、不重复, if the document has one.
  public var combinationRule: Int?
  public var otherText: [OtherText]
  public var articles: [Article]
  public var file: String
  /// The `en:` block.
  public var english: Translation? = nil
  /// How many articles the source has (`articleCount:`), for `ArticlesAreAllPresent`.
  public var articleCount: DeclaredArticleCount? = nil

  public func isInForce(on day: CalendarDay) -> Bool {
    if let from = effectiveFrom, day < from { return false }
    if let notBefore, day < notBefore { return false }
    if let until = effectiveUntil, until < day { return false }
    return true
  }

  public func article(_ number: Int) -> Article? {
    articles.first(where: { $0.number == number })
  }
}

/// A document's `articleCount:` and where it is written.
public struct DeclaredArticleCount: Sendable, Equatable {
  public var value: Int
  public var position: Position

  public init(value: Int, position: Position) {
    self.value = value
    self.position = position
  }
}
