/// What a result adds up to in each category of certainty: a fixed slot per category instead of
/// a dictionary, since every evaluation builds one (hashing and allocating it showed up in the
/// whole-catalog profile). Reads like the dictionary it replaces: `[certainty]`, `keys`, and
/// `for (certainty, range) in`, in the categories' order.
public struct CertaintyTotals: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
  private var ranges = InlineArray<7, MoneyRange>(repeating: .zero)
  /// Bit `ordinal` set for each category that has something.
  private var present: UInt8 = 0

  /// `Certainty.allCases`, built once.
  static let inOrder = Certainty.allCases

  public init() {}

  public init(dictionaryLiteral elements: (Certainty, MoneyRange)...) {
    for (certainty, range) in elements { self[certainty] = range }
  }

  public init(_ dictionary: [Certainty: MoneyRange]) {
    for (certainty, range) in dictionary { self[certainty] = range }
  }

  public subscript(certainty: Certainty) -> MoneyRange? {
    get { present & (1 << certainty.ordinal) != 0 ? ranges[certainty.ordinal] : nil }
    set {
      if let newValue {
        ranges[certainty.ordinal] = newValue
        present |= 1 << certainty.ordinal
      } else {
        ranges[certainty.ordinal] = .zero
        present &= ~(1 << certainty.ordinal)
      }
    }
  }

  /// Adds `range` to the category (from zero when it has nothing yet).
  mutating func add(_ range: MoneyRange, to certainty: Certainty) {
    self[certainty] = (self[certainty] ?? .zero) + range
  }

  /// The categories that have something, in their order.
  public var keys: [Certainty] { Self.inOrder.filter { self[$0] != nil } }
  public var values: [MoneyRange] { keys.map { ranges[$0.ordinal] } }
  public var count: Int { present.nonzeroBitCount }
  public var isEmpty: Bool { present == 0 }

  public struct Iterator: IteratorProtocol {
    let totals: CertaintyTotals
    var place = 0

    public mutating func next() -> (key: Certainty, value: MoneyRange)? {
      while place < CertaintyTotals.inOrder.count {
        let certainty = CertaintyTotals.inOrder[place]
        place += 1
        if let range = totals[certainty] { return (certainty, range) }
      }
      return nil
    }
  }

  public func makeIterator() -> Iterator { Iterator(totals: self) }

  public static func == (lhs: CertaintyTotals, rhs: CertaintyTotals) -> Bool {
    lhs.present == rhs.present
      && inOrder.allSatisfy { lhs[$0] == rhs[$0] }
  }
}
