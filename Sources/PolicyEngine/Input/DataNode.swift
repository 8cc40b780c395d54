import Yams

/// A parsed YAML or JSON value that remembers the line it came from, so that every problem
/// in a catalog or a profile can be reported with its place.
public indirect enum DataNode: Sendable {
  case scalar(String, line: Int, quoted: Bool)
  case mapping([(key: String, value: DataNode)], line: Int)
  case sequence([DataNode], line: Int)
  case null(line: Int)

  public var line: Int {
    switch self {
    case .scalar(_, let line, _), .mapping(_, let line), .sequence(_, let line), .null(let line):
      return line
    }
  }

  /// The value under `key` when this node is a mapping.
  public subscript(key: String) -> DataNode? {
    guard case .mapping(let pairs, _) = self else { return nil }
    return pairs.first(where: { $0.key == key })?.value
  }

  public var scalarText: String? {
    if case .scalar(let text, _, _) = self { return text }
    return nil
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// A short description of the node's shape for error messages.
  var shapeName: String {
    switch self {
    case .scalar: return "a value"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .null: return "nothing"
    }
  }
}

/// A problem with an input file, placed at a line.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

public enum DataNodeParser {
  /// Parses YAML (and therefore JSON, which is YAML's flow syntax) into a `DataNode`.
  public static func parse(_ text: String, file: String) throws(InputProblem) -> DataNode {
    // Plain JSON (a profile, a batch row) gives the same node without starting Yams.
    if let node = JSONNodeParser.parse(text) { return node }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw InputProblem(file: file, line: Self.line(of: error), message: Self.message(of: error))
    } catch {
      throw InputProblem(file: file, line: 1, message: "\(error)")
    }
    guard let node else { return .null(line: 1) }
    return convert(node)
  }

  private static func convert(_ node: Node) -> DataNode {
    let line = node.mark?.line ?? 0
    switch node {
    case .scalar(let scalar):
      let quoted = scalar.style != .plain
      if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
        return .null(line: line)
      }
      return .scalar(scalar.string, line: line, quoted: quoted)
    case .mapping(let mapping):
      return .mapping(
        mapping.map { (key: $0.key.scalar?.string ?? "", value: convert($0.value)) }, line: line)
    case .sequence(let sequence):
      return .sequence(sequence.map(convert), line: line)
    case .alias:
      return .null(line: line)
    }
  }

  private static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default:
      return 1
    }
  }

  private static func message(of error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
      .composer(let context, let problem, _, _):
      let prefix = context.map { "\($0.text) " } ?? ""
      return "not valid YAML/JSON: \(prefix)\(problem)"
    case .reader(let problem, _, _, _):
      return "not valid YAML/JSON: \(problem)"
    default:
      return "not valid YAML/JSON: \(error)"
    }
  }
}
