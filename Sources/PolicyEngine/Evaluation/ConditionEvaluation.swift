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
    for (field, test) in tests {
      let present = field < item.count
      switch test {
      case .oneOf(let mask):
        guard present, case .choice(let index)? = item[field], mask & (1 << UInt64(index)) != 0
        else {
          return false
        }
      case .isTrue(let expected):
        var flag = false
        if present, case .bool(let set)? = item[field] { flag = set }
        if flag != expected { return false }
      case .compare(let comparison, let threshold):
        var number: Int64 = 0
        if present, case .number(let value)? = item[field] { number = value }
        if !comparison.holds(number, threshold) { return false }
      }
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

/// Each list item's first field as a bit, `1 << enum index` (0 when it holds no enum value),
/// built once per evaluation. With it a `has` that names a platform type passes over the other
/// platforms with one AND each, instead of reading every field of every item: in the
/// full-catalog benchmark the Ordos document alone has 53 platform conditions.
struct FirstFieldBits {
  /// The bits of every list, one list after another.
  var bits: [UInt64] = []
  /// By fact: where its items start in `bits` (0 for facts holding no list: they have no items).
  var start: [Int]

  init(_ profile: Profile) {
    start = Array(repeating: 0, count: profile.values.count)
    var count = 0
    for case .list(let items)? in profile.values { count += items.count }
    bits.reserveCapacity(count)
    for fact in profile.values.indices {
      guard case .list(let items)? = profile.values[fact] else { continue }
      start[fact] = bits.count
      for item in items {
        if let first = item.first, case .choice(let index)? = first {
          bits.append(1 << UInt64(index))
        } else {
          bits.append(0)
        }
      }
    }
  }
}
