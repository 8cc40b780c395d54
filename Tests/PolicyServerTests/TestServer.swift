import DefaultCatalog
import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import PolicyEngine

@testable import PolicyServer

/// Log lines kept in memory, to check what the access log says (and what it never says).
final class CapturedLog: Sendable {
  private let lines = NIOLockedValueBox<[String]>([])

  var all: [String] { lines.withLockedValue { $0 } }

  func handler(label: String) -> some LogHandler { Handler(log: self) }

  struct Handler: LogHandler {
    let log: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
      self.log.lines.withLockedValue { $0.append("\(event.message)") }
    }
  }
}

/// The policy-wizard the build put beside the test runner (`/v1/batch` runs it).
enum BuiltBinaries {
  static var directory: URL {
    URL(fileURLWithPath: BatchProcess.besideThisProgram()).deletingLastPathComponent()
  }
  static var policyWizard: URL { directory.appendingPathComponent("policy-wizard") }
  static var server: URL { directory.appendingPathComponent("policy-wizard-server") }
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
  static var samples: [URL] {
    let folder = repository.appendingPathComponent("Data/samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }
}

/// Runs a server on a free loopback port in this process for the length of `body`.
func withTestServer<T: Sendable>(
  _ configuration: ServerConfiguration = ServerConfiguration(),
  log: CapturedLog = CapturedLog(),
  _ body: @escaping @Sendable (PolicyServer, HTTPTestClient) throws -> T
) async throws -> T {
  var configuration = configuration
  configuration.port = 0
  let server = PolicyServer(
    catalog: DefaultCatalog.catalog, configuration: configuration,
    batchExecutable: BuiltBinaries.policyWizard.path,
    accessLog: Logger(label: "access", factory: log.handler))
  let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
  var quiet = Logger(label: "test-server")
  quiet.logLevel = .critical
  let app = server.application(logger: quiet) { channel in
    continuation.yield(channel.localAddress?.port ?? 0)
    continuation.finish()
  }
  return try await withThrowingTaskGroup(of: T?.self) { group in
    group.addTask {
      try await app.run()
      return nil
    }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
      throw HTTPTestClient.Failure(description: "no port")
    }
    let client = HTTPTestClient(port: port)
    // The client blocks: it runs on a thread of its own, never one of the few that run
    // the server's (and other tests') tasks.
    let result = try await onOwnThread { try body(server, client) }
    group.cancelAll()
    return result
  }
}

/// Runs blocking work on a new thread and waits for it without blocking a task's thread.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread {
      do {
        continuation.resume(returning: try work())
      } catch {
        continuation.resume(throwing: error)
      }
    }
    thread.start()
  }
}
