extension Condition {
  /// Whether the condition holds for the profile. `defaults[fact]` is an enum fact's value when
  /// the profile omits it.
  func truth(_ profile: Profile, defaults: [Int]) -> Truth {
    switch self {
    case .oneOf(let path, let mask):
      if profile.isUnknown[path.fact] { return .unknown }
      let index = profile.choice(path, fallback: defaults[path.fact])
      return mask & (1 << UInt64(index)) != 0 ? .yes : .no
    case .isTrue(let path, let expected):
      if profile.isUnknown[path.fact] { return .unknown }
      return profile.flag(path) == expected ? .yes : .no
    case .compare(let path, let comparison, let threshold):
      if profile.isUnknown[path.fact] { return .unknown }
      return comparison.holds(profile.number(path), threshold) ? .yes : .no
    case .has(let list, let filter):
      if profile.isUnknown[list] { return .unknown }
      return profile.items(list).contains(where: { filter.accepts($0) }) ? .yes : .no
    case .all(let parts):
      var result = Truth.yes
      for part in parts {
        switch part.truth(profile, defaults: defaults) {
        case .no: return .no
        case .unknown: result = .unknown
        case .yes: break
        }
      }
      return result
    case .any(let parts):
      var result = Truth.no
      for part in parts {
        switch part.truth(profile, defaults: defaults) {
        case .yes: return .yes
        case .unknown: result = .unknown
        case .no: break
        }
      }
      return result
    case .not(let part):
      return part.truth(profile, defaults: defaults).negated
    }
  }
}

extension Condition {
  /// The yes/no questions the condition asks to be yes (outside any `not`): the only ones
  /// whose omission can make an unanswered near miss.
  var yesFlags: [FactPath] {
    switch self {
    case .isTrue(let path, true): return [path]
    case .all(let parts), .any(let parts):
      var paths: [FactPath] = []
      for part in parts {
        for path in part.yesFlags where !paths.contains(path) { paths.append(path) }
      }
      return paths
    default: return []
    }
  }
}

extension Profile {
  /// Whether the yes/no question at `path` was left out: neither answered nor listed unknown.
  /// A field of a record is left out when the field is (the record given or not), as the
  /// explanation reads it: `talent` with its tier but no `bringsMajorResult` has not said.
  public func omits(_ path: FactPath) -> Bool {
    guard !isUnknown[path.fact] else { return false }
    guard let value = values[path.fact] else { return true }
    guard let field = path.field else { return false }
    guard case .record(let fields) = value else { return false }
    return field >= fields.count || fields[field] == nil
  }

  /// Answers the yes/no question at `path`; a field of a record the profile left out starts the
  /// record with every other field empty.
  mutating func setFlag(_ flag: Bool, at path: FactPath, fieldCount: Int) {
    guard let field = path.field else {
      values[path.fact] = .bool(flag)
      return
    }
    var fields = [FactValue?](repeating: nil, count: Swift.max(fieldCount, field + 1))
    if case .record(let existing)? = values[path.fact] {
      for (index, value) in existing.enumerated() where index < fields.count {
        fields[index] = value
      }
    }
    fields[field] = .bool(flag)
    values[path.fact] = .record(fields)
  }
}

extension ItemFilter {
  func accepts(_ item: [FactValue?]) -> Bool {
    for (field, test) in tests where !test.accepts(field < item.count ? item[field] : nil) {
      return false
    }
    return true
  }

  /// The values the first field must take, when the filter tests it (a platform's type): a
  /// cheap necessary condition checked before the whole item.
  var firstFieldMask: UInt64? {
    for (field, test) in tests where field == 0 {
      if case .oneOf(let mask) = test { return mask }
    }
    return nil
  }
}

extension FieldTest {
  /// Whether one field's value passes; an omitted value is no / zero / no choice.
  @inline(__always)
  func accepts(_ value: FactValue?) -> Bool {
    switch self {
    case .oneOf(let mask):
      guard case .choice(let index)? = value else { return false }
      return mask & (1 << UInt64(index)) != 0
    case .isTrue(let expected):
      var flag = false
      if case .bool(let set)? = value { flag = set }
      return flag == expected
    case .compare(let comparison, let threshold):
      var number: Int64 = 0
      if case .number(let stored)? = value { number = stored }
      return comparison.holds(number, threshold)
    }
  }
}

/// For each list answer of 9 items or more, which items hold each value of their first field
/// (a platform's type), as a bitmap of item positions in 64-bit words; built once per
/// evaluation. A `has` that names platform types then reads only the platforms of those types:
/// in the full-catalog benchmark the Ordos document alone has 53 platform conditions over a
/// 34-platform list. Any length is indexed (the single-word bitmap stopped at 64 items, and a
/// 65-platform list cost 4.7 times as much).
struct FirstFieldIndex {
  /// Words of the items whose first field holds value `v` of list `l`: from
  /// `itemsByValue[rows[l].start + v * rows[l].words]`, `rows[l].words` of them, for
  /// `v < rows[l].width`.
  var itemsByValue: [UInt64]
  /// By fact. Width 0: the fact holds no list, no item's first field holds a value, or the list
  /// is too short to gain; such lists are scanned item by item.
  var rows: [(start: Int, width: Int, words: Int)]

  /// The values an enum field can take (a mask is 64 bits).
  static let valueCapacity = 64
  /// A short list is read as fast as its index would be built.
  static let shortest = 9

  init(_ profile: Profile) {
    rows = Array(repeating: (0, 0, 0), count: profile.values.count)
    var total = 0
    for fact in profile.values.indices {
      guard case .list(let items)? = profile.values[fact], items.count >= Self.shortest else {
        continue
      }
      var width = 0
      for item in items {
        if let value = Self.firstValue(item) { width = Swift.max(width, value + 1) }
      }
      let words = (items.count + 63) / 64
      rows[fact] = (total, width, words)
      total += width * words
    }
    itemsByValue = Array(repeating: 0, count: total)
    for fact in profile.values.indices where rows[fact].width > 0 {
      guard case .list(let items)? = profile.values[fact] else { continue }
      let (start, _, words) = rows[fact]
      for (position, item) in items.enumerated() {
        if let value = Self.firstValue(item) {
          itemsByValue[start + value * words + position / 64] |= 1 << UInt64(position % 64)
        }
      }
    }
  }

  private static func firstValue(_ item: [FactValue?]) -> Int? {
    guard let first = item.first, case .choice(let value)? = first, value < valueCapacity else {
      return nil
    }
    return value
  }

  /// Whether the list is indexed; when it is not, the caller scans every item.
  func isIndexed(_ list: FactID) -> Bool { rows[list].width > 0 }

  /// Calls `body` with the position of each item whose first field holds a value in `mask`, in
  /// list order, until `body` returns false. Only for an indexed list.
  @inline(__always)
  func forEachItem(of list: FactID, withFirstFieldIn mask: UInt64, _ body: (Int) -> Bool) {
    let (start, width, words) = rows[list]
    let values = width == Self.valueCapacity ? mask : mask & ((1 << UInt64(width)) - 1)
    for word in 0..<words {
      var items: UInt64 = 0
      var remaining = values
      while remaining != 0 {
        items |= itemsByValue[start + remaining.trailingZeroBitCount * words + word]
        remaining &= remaining - 1
      }
      while items != 0 {
        if !body(word * 64 + items.trailingZeroBitCount) { return }
        items &= items - 1
      }
    }
  }
}
