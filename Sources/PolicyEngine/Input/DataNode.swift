/// A place in a text: line and column, both counted from 1 (the column in characters).
public struct Position: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static let start = Position(line: 1, column: 1)

  public static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A parsed YAML or JSON value that remembers where it came from, so that every problem
/// in a catalog or a profile can be reported with its place.
public indirect enum DataNode: Sendable {
  case scalar(String, at: Position, quoted: Bool)
  case mapping([(key: String, value: DataNode)], at: Position)
  case sequence([DataNode], at: Position)
  case null(at: Position)

  /// A null placed at the start of a line.
  public static func null(line: Int) -> DataNode { .null(at: Position(line: line, column: 1)) }

  public var position: Position {
    switch self {
    case .scalar(_, let position, _), .mapping(_, let position), .sequence(_, let position),
      .null(let position):
      return position
    }
  }

  public var line: Int { position.line }
  public var column: Int { position.column }

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

/// A problem with an input file, placed at a line and column, with the rule that found it.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var severity: Severity
  /// The name of the rule that found the problem (`BenefitIDsAreUniqueInDocument`).
  public var rule: String

  public init(
    file: String, line: Int, column: Int = 1, message: String, severity: Severity = .error,
    rule: String = "CatalogFormat"
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
    self.rule = rule
  }

  public init(
    file: String, at position: Position, message: String, severity: Severity = .error,
    rule: String
  ) {
    self.init(
      file: file, line: position.line, column: position.column, message: message,
      severity: severity, rule: rule)
  }

  public var position: Position { Position(line: line, column: column) }

  /// `file:line:column: error: message [Rule]`, the form editors and compilers use.
  public var description: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(rule)]"
  }
}
