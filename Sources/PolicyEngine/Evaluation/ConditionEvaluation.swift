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

  /// The atomic conditions that are false, when the rest is true: used to find what is within
  /// reach. Nil when the condition holds or cannot be decided.
  func failingLeaves(_ profile: Profile, defaults: [Int]) -> [Condition]? {
    switch self {
    case .all(let parts):
      var failing: [Condition] = []
      for part in parts {
        switch part.truth(profile, defaults: defaults) {
        case .yes: continue
        case .unknown: return nil
        case .no:
          guard let leaves = part.failingLeaves(profile, defaults: defaults) else { return nil }
          failing += leaves
        }
      }
      return failing
    case .any, .not:
      // Alternatives give no single thing to reach for.
      return truth(profile, defaults: defaults) == .no ? [self] : []
    default:
      switch truth(profile, defaults: defaults) {
      case .yes: return []
      case .no: return [self]
      case .unknown: return nil
      }
    }
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

/// For each list answer of 9 to 64 items, which items hold each value of their first field
/// (a platform's type), as a bitmap of item positions; built once per evaluation. A `has` that
/// names platform types then reads only the platforms of those types: in the full-catalog
/// benchmark the Ordos document alone has 53 platform conditions over a 34-platform list.
struct FirstFieldIndex {
  /// Bits of the items whose first field holds value `v` of list `l`:
  /// `itemsByValue[rows[l].start + v]` for `v < rows[l].width`.
  var itemsByValue: [UInt64]
  /// By fact. Width 0: the fact holds no list, no item's first field holds a value, or the list
  /// is too short to gain or too long for a bitmap; such lists are scanned item by item.
  var rows: [(start: Int, width: Int)]

  static let capacity = 64
  /// A short list is read as fast as its index would be built.
  static let worthIndexing = 9...capacity

  init(_ profile: Profile) {
    rows = Array(repeating: (0, 0), count: profile.values.count)
    var total = 0
    for fact in profile.values.indices {
      guard case .list(let items)? = profile.values[fact], Self.worthIndexing.contains(items.count)
      else { continue }
      var width = 0
      for item in items {
        if let value = Self.firstValue(item) { width = Swift.max(width, value + 1) }
      }
      rows[fact] = (total, width)
      total += width
    }
    itemsByValue = Array(repeating: 0, count: total)
    for fact in profile.values.indices where rows[fact].width > 0 {
      guard case .list(let items)? = profile.values[fact] else { continue }
      for (position, item) in items.enumerated() {
        if let value = Self.firstValue(item) {
          itemsByValue[rows[fact].start + value] |= 1 << UInt64(position)
        }
      }
    }
  }

  private static func firstValue(_ item: [FactValue?]) -> Int? {
    guard let first = item.first, case .choice(let value)? = first, value < capacity else {
      return nil
    }
    return value
  }

  /// The positions of the items whose first field holds a value in `mask`, as a bitmap; nil when
  /// the list is not indexed.
  func items(of list: FactID, withFirstFieldIn mask: UInt64) -> UInt64? {
    let (start, width) = rows[list]
    guard width > 0 else { return nil }
    var values = width == Self.capacity ? mask : mask & ((1 << UInt64(width)) - 1)
    var items: UInt64 = 0
    while values != 0 {
      items |= itemsByValue[start + values.trailingZeroBitCount]
      values &= values - 1
    }
    return items
  }
}
