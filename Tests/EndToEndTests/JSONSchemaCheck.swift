import Foundation
import PolicyEngine
import Testing

/// Validates JSON documents against a JSON Schema with Python's `jsonschema` (draft 2020-12),
/// an implementation independent of ours. CI installs it (`.ci/run`: python3-jsonschema);
/// elsewhere, without it, the check is skipped with a message saying so.
enum JSONSchemaCheck {
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

  /// Whether `python3` can import `jsonschema`; records an issue on CI when it cannot.
  static func available(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    let result = run(["-c", "import jsonschema"])
    if result?.status == 0 { return true }
    let message =
      "skipped: python3 with the jsonschema module is needed (apt-get install python3-jsonschema)"
    if ProcessInfo.processInfo.environment["CI"] != nil {
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    } else {
      print(message)
    }
    return false
  }

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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { return nil }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData, as: UTF8.self)
    )
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
