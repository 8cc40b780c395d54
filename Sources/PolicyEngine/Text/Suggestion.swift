/// "Did you mean …": the allowed name closest to a misspelt one, by edit distance.
///
/// Used for profile fields (`hightech` → `highTech`) and for the command line's subcommands
/// (`evalute` → `evaluate`), so that both suggest by the same rule.
public enum Suggestion {
  /// The name among `candidates` nearest to `word`, ignoring case, when it is near enough to be
  /// a slip of the keyboard: at most one edit in a short word, two in a word of six letters or
  /// more. The first of equally near names wins (candidates come in a stable order).
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = Array(word.lowercased())
    guard !typed.isEmpty else { return nil }
    let allowed = typed.count >= 6 ? 2 : 1
    var best: (name: String, distance: Int)? = nil
    for candidate in candidates {
      let distance = editDistance(typed, Array(candidate.lowercased()))
      if distance <= allowed, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// Insertions, deletions, substitutions and swaps of two neighbours (optimal string
  /// alignment distance): `evalute` is one edit from `evaluate`, `hgihTech` one from `highTech`.
  public static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previousRow: [Int] = []
    var row = Array(0...rhs.count)
    for i in 1...lhs.count {
      let twoBack = previousRow
      previousRow = row
      row = [i] + Array(repeating: 0, count: rhs.count)
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          row[j] = min(row[j], twoBack[j - 2] + 1)
        }
      }
    }
    return row[rhs.count]
  }
}
