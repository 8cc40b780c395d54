import Foundation
import PolicyEngine
import ProcessRunner
import Testing

/// Validates JSON documents against a JSON Schema with Python's `jsonschema` (draft 2020-12),
/// an implementation independent of ours. CI installs it (`.ci/run`: python3-jsonschema);
/// elsewhere, without it, the tests that need it are skipped, visibly, with `requirement`.
enum JSONSchemaCheck {
  /// Runs the test where python3 can import `jsonschema`, and always on CI (`CI` set), where
  /// a missing module must fail the run, not skip it.
  static let requirement = Testing.ConditionTrait.enabled(
    if: isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
    "needs python3 with the jsonschema module (apt-get install python3-jsonschema)")

  static let isAvailable = run(["-c", "import jsonschema"])?.status == 0

  static let script = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    problems = 0
    for path in sys.argv[2:]:
        for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
            problems += 1
            place = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {place}: {error.message}")
    sys.exit(1 if problems else 0)
    """

  /// Each problem as `file: path: message`; empty when every instance is valid.
  static func problems(schema: URL, instances: [URL]) throws -> [String] {
    let result = try #require(
      run(["-c", script, schema.path] + instances.map(\.path)), "python3 did not run")
    if result.status != 0 && result.stdout.isEmpty {
      return ["jsonschema failed (\(result.status)): \(result.stderr)"]
    }
    return result.stdout.split(separator: "\n").map(String.init)
  }

  private static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String)?
  {
    guard let python = ProcessRunner.executable(named: "python3"),
      let result = try? ProcessRunner.run(python, arguments, timeLimit: .seconds(120))
    else { return nil }
    return (result.termination.exitStatus ?? -1, result.stdoutText, result.stderrText)
  }

  /// A YAML (or JSON) node as the JSON value a YAML-aware editor sees: unquoted `true`, `false`
  /// and numbers typed, everything else text.
  static func json(_ node: DataNode) -> Any {
    switch node {
    case .null: return NSNull()
    case .scalar(let text, _, let quoted):
      if quoted { return text }
      if text == "true" { return true }
      if text == "false" { return false }
      if let integer = Int64(text) { return integer }
      if let number = Double(text), text.allSatisfy({ "0123456789.-+eE".contains($0) }) {
        return number
      }
      return text
    case .sequence(let items, _): return items.map(json)
    case .mapping(let pairs, _):
      var object: [String: Any] = [:]
      for pair in pairs { object[pair.key] = json(pair.value) }
      return object
    }
  }

  static func write(_ value: Any, to url: URL) throws {
    try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]).write(to: url)
  }
}
