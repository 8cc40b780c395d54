/// What is known about an applicant: one optional value per fact of the catalog. An omitted
/// fact means no / none / zero; a fact listed as unknown is one the user could not answer.
public struct Profile: Sendable, Equatable, Hashable {
  public var values: [FactValue?]
  /// `isUnknown[fact]`: an array rather than a set, because evaluation reads it on every
  /// condition of every benefit.
  public var isUnknown: [Bool]
  /// The day the policies are judged on; nil means today.
  public var asOf: CalendarDay?
  public var includeDrafts: Bool
  /// Who the profile describes, for reports, saved cases and demo samples.
  public var enterpriseName: String?

  public init(factCount: Int) {
    values = Array(repeating: nil, count: factCount)
    isUnknown = Array(repeating: false, count: factCount)
    asOf = nil
    includeDrafts = true
    enterpriseName = nil
  }

  public var unknownFacts: [FactID] { isUnknown.indices.filter { isUnknown[$0] } }

  public subscript(fact: FactID) -> FactValue? {
    get { values[fact] }
    set { values[fact] = newValue }
  }

  public mutating func setUnknown(_ fact: FactID, _ unknown: Bool) {
    isUnknown[fact] = unknown
  }

  // MARK: Reading values, with the omitted-means-zero rule

  /// The number at a path (fen for money); 0 when omitted.
  public func number(_ path: FactPath) -> Int64 {
    if path.derived == .rdIncrement {
      guard case .record(let fields)? = values[path.fact] else { return 0 }
      return Self.number(fields.first ?? nil) - Self.number(fields.count > 1 ? fields[1] : nil)
    }
    guard let field = path.field else { return Self.number(values[path.fact]) }
    guard case .record(let fields)? = values[path.fact], field < fields.count else { return 0 }
    return Self.number(fields[field])
  }

  public func flag(_ path: FactPath) -> Bool {
    let value: FactValue?
    if let field = path.field {
      guard case .record(let fields)? = values[path.fact], field < fields.count else {
        return false
      }
      value = fields[field]
    } else {
      value = values[path.fact]
    }
    if case .bool(let flag)? = value { return flag }
    return false
  }

  /// The enum index at a path, or `fallback` (the fact's default) when omitted.
  public func choice(_ path: FactPath, fallback: Int) -> Int {
    let value: FactValue?
    if let field = path.field {
      guard case .record(let fields)? = values[path.fact], field < fields.count else {
        return fallback
      }
      value = fields[field]
    } else {
      value = values[path.fact]
    }
    if case .choice(let index)? = value { return index }
    return fallback
  }

  public func items(_ list: FactID) -> [[FactValue?]] {
    if case .list(let items)? = values[list] { return items }
    return []
  }

  public static func number(_ value: FactValue?) -> Int64 {
    if case .number(let number)? = value { return number }
    return 0
  }
}
