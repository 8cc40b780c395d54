import Foundation
import PolicyEngine

/// Where the server listens and what it takes: from the command line, over a `--config FILE`
/// (YAML or JSON, the same keys).
public struct ServerConfiguration: Sendable, Equatable {
  public var host = "127.0.0.1"
  public var port = 8080
  /// A catalog directory instead of the built-in one (`--data`).
  public var data: String?
  /// The largest body of one profile (`evaluate`, `compare`).
  public var maxBodyBytes = 1 << 20
  /// The longest line of a batch body; a batch body as a whole has no limit (it is streamed).
  public var maxBatchRowBytes = 1 << 20
  /// Seconds a connection may send nothing (between requests, or in the middle of one) before
  /// it is closed: a slow client holds a connection, never a worker.
  public var idleTimeoutSeconds = 30
  /// Evaluations (and batches) at once; more are answered 503 at once rather than queued.
  public var maxConcurrentEvaluations = 64
  /// Batches at once (each is a `policy-wizard batch` process).
  public var maxConcurrentBatches = 2

  public init() {}

  /// The keys a configuration file may have.
  public static let keys = [
    "host", "port", "data", "maxBodyBytes", "maxBatchRowBytes", "idleTimeoutSeconds",
    "maxConcurrentEvaluations", "maxConcurrentBatches",
  ]

  /// A configuration problem: printed, and the server exits 78 (EX_CONFIG).
  public struct Problem: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  /// Applies a configuration file's settings.
  public mutating func apply(file path: String) throws(Problem) {
    guard let contents = FileManager.default.contents(atPath: path) else {
      throw Problem("cannot read the configuration file '\(path)'")
    }
    let root: DataNode
    do {
      root = try DataNodeParser.parse(data: contents, file: path)
    } catch {
      throw Problem("\(path):\(error.line):\(error.column): \(error.message)")
    }
    guard case .mapping(let pairs, _) = root else {
      throw Problem(
        "\(path): the configuration is a mapping of \(Self.keys.joined(separator: ", "))")
    }
    for (key, value) in pairs {
      let place = "\(path):\(value.line): '\(key)'"
      guard let text = value.scalarText else { throw Problem("\(place) must be a single value") }
      switch key {
      case "host": host = text
      case "data": data = text
      case "port": port = try Self.number(text, key: place, in: 0...65_535)
      case "maxBodyBytes": maxBodyBytes = try Self.number(text, key: place, in: 1...(1 << 30))
      case "maxBatchRowBytes":
        maxBatchRowBytes = try Self.number(text, key: place, in: 1...(1 << 30))
      case "idleTimeoutSeconds":
        idleTimeoutSeconds = try Self.number(text, key: place, in: 1...3_600)
      case "maxConcurrentEvaluations":
        maxConcurrentEvaluations = try Self.number(text, key: place, in: 1...100_000)
      case "maxConcurrentBatches":
        maxConcurrentBatches = try Self.number(text, key: place, in: 1...1_000)
      default:
        throw Problem(
          "\(path):\(value.line): unknown key '\(key)'; allowed: \(Self.keys.joined(separator: ", "))"
        )
      }
    }
  }

  static func number(_ text: String, key: String, in range: ClosedRange<Int>) throws(Problem)
    -> Int
  {
    guard let value = Int(text), range.contains(value) else {
      throw Problem(
        "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
      )
    }
    return value
  }
}
