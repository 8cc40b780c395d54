import PolicyEngine

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, so that every random run
/// draws the same inputs and a failure can be replayed from its seed.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random profiles drawn from a seed, for the property tests of the engine and the differential
/// tests of `batch` against `evaluate`: each fact answered, omitted or unknown, numbers at and
/// beside every threshold of the catalog.
public enum RandomProfiles {
  /// Every threshold the catalog compares with, and one either side: where two evaluations
  /// could disagree.
  public static func interesting(in catalog: Catalog) -> [Int64] {
    var values: Set<Int64> = [0, 1, 100]
    func collect(_ condition: Condition) {
      switch condition {
      case .compare(_, _, let threshold):
        values.formUnion([threshold - 1, threshold, threshold + 1])
      case .has(_, let filter):
        for (_, test) in filter.tests {
          if case .compare(_, let threshold) = test {
            values.formUnion([threshold - 1, threshold, threshold + 1])
          }
        }
      case .all(let parts), .any(let parts): parts.forEach(collect)
      case .not(let part): collect(part)
      case .oneOf, .isTrue: break
      }
    }
    for location in catalog.benefits { collect(catalog[location].condition) }
    return values.filter { $0 >= 0 }.sorted()
  }

  /// A profile drawn from `seed`. `asFile`: only what a profile file can say — each list entry
  /// with all its choices (the decoder refuses one without its kind or level), counts within
  /// the decoder's limits, at most 4 entries; otherwise lists of 0 to 12 items (past the
  /// condition index's 9-item threshold) with any field omitted.
  public static func profile(
    seed: UInt64, catalog: Catalog, interesting: [Int64], asFile: Bool = false
  ) -> Profile {
    var random = SplitMix64(seed: seed)
    let counts = asFile ? interesting.filter { $0 <= ProfileDecoder.largestCount } : interesting
    var profile = Profile(factCount: catalog.facts.count)
    func pick(_ values: [Int64]) -> Int64 { values[Int(random.next() % UInt64(values.count))] }
    func value(_ type: FactType, required: Bool = false) -> FactValue? {
      if !required, random.next() % 5 == 0 { return nil }
      switch type {
      case .bool: return .bool(random.next() % 2 == 0)
      case .money: return .number(pick(interesting))
      case .count: return .number(pick(counts))
      case .enumeration(let values): return .choice(Int(random.next() % UInt64(values.names.count)))
      case .record(let fields): return .record(fields.map { value($0.type) })
      case .list(let fields):
        let count = Int(random.next() % (asFile ? 5 : 13))
        return .list(
          (0..<count).map { _ in
            fields.map { field in
              var isChoice = false
              if case .enumeration = field.type { isChoice = true }
              return value(field.type, required: asFile && isChoice)
            }
          })
      }
    }
    for fact in catalog.facts {
      // A profile file must say who applies (given or listed unknown): the decoder refuses
      // one without.
      profile[fact.id] = value(fact.type, required: asFile && fact.name == "applicant")
      if random.next() % 11 == 0 { profile.setUnknown(fact.id, true) }
    }
    return profile
  }
}
