/// Every benefit's condition laid out flat, in prefix order, with no references: evaluation runs
/// all of them on every keystroke, and walking the `Condition` tree cost a retain and a release
/// of each node's box and of each `all`/`any` array. `Condition.truth` stays the definition;
/// `ConditionRun.truth(at:)` gives the same answer for the compiled copy.
struct ConditionProgram: Sendable {
  enum Operation: UInt8, Sendable {
    case oneOf, isTrue, compare, has, all, any, not
  }

  struct Node: Sendable {
    var operation: Operation
    /// The fact read; for `has`, `path.fact` is the list.
    var path: FactPath
    /// `oneOf`: the mask's bits; `isTrue`: 1 or 0; `compare`: the threshold.
    var value: Int64
    var comparison: Comparison
    /// `has`: its tests in `ConditionProgram.tests`, and the values its first field must take
    /// (0: the filter does not test the first field as an enum).
    var tests: Range<Int>
    var firstFieldMask: UInt64
    /// The index just past this node and its parts.
    var end: Int
  }

  private(set) var nodes: [Node] = []

  /// The `has` node on `list` among the root's top-level parts, if there is one.
  func topLevelHas(_ list: FactID, root: Int) -> Int? {
    let node = nodes[root]
    if node.operation == .has { return node.path.fact == list ? root : nil }
    guard node.operation == .all else { return nil }
    var part = root + 1
    while part < node.end {
      if nodes[part].operation == .has, nodes[part].path.fact == list { return part }
      part = nodes[part].end
    }
    return nil
  }
  private(set) var tests: [(field: Int, test: FieldTest)] = []

  /// Appends a condition and returns the index of its root.
  mutating func append(_ condition: Condition) -> Int {
    let index = nodes.count
    var node = Node(
      operation: .all, path: FactPath(fact: 0), value: 0, comparison: .atLeast, tests: 0..<0,
      firstFieldMask: 0, end: 0)
    nodes.append(node)
    switch condition {
    case .oneOf(let path, let mask):
      (node.operation, node.path, node.value) = (.oneOf, path, Int64(bitPattern: mask))
    case .isTrue(let path, let expected):
      (node.operation, node.path, node.value) = (.isTrue, path, expected ? 1 : 0)
    case .compare(let path, let comparison, let threshold):
      (node.operation, node.path, node.comparison, node.value) = (
        .compare, path, comparison, threshold
      )
    case .has(let list, let filter):
      let first = tests.count
      tests += filter.tests
      (node.operation, node.path) = (.has, FactPath(fact: list))
      node.tests = first..<tests.count
      node.firstFieldMask = filter.firstFieldMask ?? 0
    case .all(let parts):
      node.operation = .all
      for part in parts { _ = append(part) }
    case .any(let parts):
      node.operation = .any
      for part in parts { _ = append(part) }
    case .not(let part):
      node.operation = .not
      _ = append(part)
    }
    node.end = nodes.count
    nodes[index] = node
    return index
  }
}

/// One profile against the compiled conditions.
struct ConditionRun {
  let program: ConditionProgram
  /// A variable so that question relevance can open one fact at a time in place.
  var profile: Profile
  /// Each enum fact's value when omitted.
  let defaults: [Int]
  let firstFields: FirstFieldIndex

  /// For a `has` node: how many items pass its filter (a sum paid per matching platform).
  func matchingCount(at index: Int) -> Int64 {
    let node = program.nodes[index]
    let items = profile.items(node.path.fact)
    var count: Int64 = 0
    if node.firstFieldMask != 0, firstFields.isIndexed(node.path.fact) {
      firstFields.forEachItem(of: node.path.fact, withFirstFieldIn: node.firstFieldMask) {
        if accepts(items[$0], node.tests) { count += 1 }
        return true
      }
      return count
    }
    for item in items where accepts(item, node.tests) { count += 1 }
    return count
  }

  /// For a `has` node: the positions of the items passing its filter, in list order; each is
  /// one thing a per-platform sum pays for.
  func matchingPositions(at index: Int) -> [Int] {
    let node = program.nodes[index]
    let items = profile.items(node.path.fact)
    var positions: [Int] = []
    if node.firstFieldMask != 0, firstFields.isIndexed(node.path.fact) {
      firstFields.forEachItem(of: node.path.fact, withFirstFieldIn: node.firstFieldMask) {
        if accepts(items[$0], node.tests) { positions.append($0) }
        return true
      }
      return positions
    }
    for (position, item) in items.enumerated() where accepts(item, node.tests) {
      positions.append(position)
    }
    return positions
  }

  func truth(at index: Int) -> Truth {
    let node = program.nodes[index]
    switch node.operation {
    case .oneOf:
      if profile.isUnknown[node.path.fact] { return .unknown }
      let choice = profile.choice(node.path, fallback: defaults[node.path.fact])
      return UInt64(bitPattern: node.value) & (1 << UInt64(choice)) != 0 ? .yes : .no
    case .isTrue:
      if profile.isUnknown[node.path.fact] { return .unknown }
      return profile.flag(node.path) == (node.value != 0) ? .yes : .no
    case .compare:
      if profile.isUnknown[node.path.fact] { return .unknown }
      return node.comparison.holds(profile.number(node.path), node.value) ? .yes : .no
    case .has:
      let list = node.path.fact
      if profile.isUnknown[list] { return .unknown }
      let items = profile.items(list)
      if node.firstFieldMask != 0, firstFields.isIndexed(list) {
        var found = false
        firstFields.forEachItem(of: list, withFirstFieldIn: node.firstFieldMask) {
          found = accepts(items[$0], node.tests)
          return !found
        }
        return found ? .yes : .no
      }
      for item in items where accepts(item, node.tests) { return .yes }
      return .no
    case .all:
      var result = Truth.yes
      var part = index + 1
      while part < node.end {
        switch truth(at: part) {
        case .no: return .no
        case .unknown: result = .unknown
        case .yes: break
        }
        part = program.nodes[part].end
      }
      return result
    case .any:
      var result = Truth.no
      var part = index + 1
      while part < node.end {
        switch truth(at: part) {
        case .yes: return .yes
        case .unknown: result = .unknown
        case .no: break
        }
        part = program.nodes[part].end
      }
      return result
    case .not:
      return truth(at: index + 1).negated
    }
  }

  /// `ItemFilter.accepts` for the compiled tests.
  private func accepts(_ item: [FactValue?], _ tests: Range<Int>) -> Bool {
    for index in tests {
      let (field, test) = program.tests[index]
      if !test.accepts(field < item.count ? item[field] : nil) { return false }
    }
    return true
  }
}
