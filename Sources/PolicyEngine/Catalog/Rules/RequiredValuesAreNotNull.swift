/// A value the format requires is written out: `fixed: ~` would pay nothing and
/// `rd.increment: null` would drop the condition it belongs to, both without a word. Every key
/// of an `amount:` or `points:` mapping and every threshold of a comparison (`atLeast`,
/// `above`, `below`, `atMost`, in `when:` and in item filters) must have a value.
enum RequiredValuesAreNotNull: DocumentRule {
  static let comparisons: Set<String> = ["atLeast", "above", "below", "atMost"]

  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem]) {
    var found: [InputProblem] = []
    walk(root, key: nil, file: file, into: &found)
    problems += found
  }

  private static func walk(
    _ node: DataNode, key: String?, file: String, into problems: inout [InputProblem]
  ) {
    switch node {
    case .mapping(let pairs, _):
      let isAmount = key == "amount" || key == "points"
      for (name, value) in pairs {
        if value.isNull, isAmount || comparisons.contains(name) {
          problems.append(
            problem(message(key: name, in: key ?? ""), file: file, at: value.position))
          continue
        }
        if comparisons.contains(name), case .mapping(let thresholds, _) = value {
          for (fact, threshold) in thresholds where threshold.isNull {
            problems.append(
              problem(
                thresholdMessage(fact: fact, comparison: name), file: file, at: threshold.position))
          }
        }
        walk(value, key: name, file: file, into: &problems)
      }
    case .sequence(let items, _):
      for item in items { walk(item, key: key, file: file, into: &problems) }
    case .scalar, .null:
      break
    }
  }

  static func message(key: String, in parent: String) -> String {
    parent.isEmpty
      ? "\(key) has no value; write the threshold (such as \(AmountParsing.thresholdExample) or 3), or remove the comparison"
      : "\(parent).\(key) has no value (null); write it out (such as \(AmountParsing.sumExample) or 5%), or remove the key"
  }

  static func thresholdMessage(fact: String, comparison: String) -> String {
    "the threshold of \(fact) (\(comparison)) has no value (null); write it (such as \(AmountParsing.thresholdExample) or 3), or remove the comparison"
  }
}
