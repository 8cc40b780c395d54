import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built `policy-wizard serve`, started as a user starts it, on a free loopback port.
final class ServerProcess {
  let process = Process()
  let port: Int
  /// What the server wrote to standard error up to the line that says where it listens.
  let startupLog: String
  private let errors = Pipe()

  init(_ arguments: [String] = [], binary: URL = BuiltBinaries.policyWizard) throws {
    process.executableURL = binary
    process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
    process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // The server says where it listens once the socket is bound.
    var seen = ""
    while true {
      let data = errors.fileHandleForReading.availableData
      if data.isEmpty {
        throw HTTPTestClient.Failure(description: "the server ended before listening: \(seen)")
      }
      seen += String(decoding: data, as: UTF8.self)
      if let range = seen.range(
        of: #"listening on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression),
        let port = Int(seen[range].split(separator: ":").last ?? "")
      {
        self.port = port
        startupLog = seen
        break
      }
    }
  }

  var client: HTTPTestClient { HTTPTestClient(port: port) }

  /// SIGTERM, then the exit status.
  func terminate() -> Int32 {
    process.terminate()
    process.waitUntilExit()
    return process.terminationStatus
  }

  deinit { if process.isRunning { process.interrupt() } }
}

@Suite(.serialized) struct ServerProcessTests {
  /// Every sample in both languages: the server's answer is `evaluate --format json`'s output.
  @Test func evaluateOverHTTPIsTheEvaluateCommandForEverySample() throws {
    let server = try ServerProcess()
    try Self.expectEverySampleAnsweredAsEvaluate(by: server, wizard: BuiltBinaries.policyWizard)
    #expect(server.terminate() == 0, "SIGTERM drains and exits 0")
  }

  /// `POST /v1/evaluate` of every sample in both languages is `wizard evaluate --format json`'s
  /// output, byte for byte (the debug server here, the release one in `ReleaseServerTests`).
  static func expectEverySampleAnsweredAsEvaluate(by server: ServerProcess, wizard: URL) throws {
    let samples = BuiltBinaries.samples
    #expect(samples.count >= 5)
    for sample in samples {
      for language in ["zh", "en"] {
        let (status, expected) = try run(
          wizard, ["evaluate", sample.path, "--format", "json", "--lang", language])
        #expect(status == 0)
        let answer = try server.client.request(
          "POST", "/v1/evaluate?lang=\(language)", body: Array(try Data(contentsOf: sample)),
          headers: ["Content-Type": "application/json"])
        #expect(answer.status == 200)
        #expect(answer.text == expected, "\(sample.lastPathComponent) in \(language)")
      }
    }
  }

  /// The handlers run on NIO's event loops, the threads that read and write the sockets, not on
  /// Dispatch's pool (issue 19: two thread hops a request less); the server says which at start.
  @Test func theHandlersRunOnTheEventLoops() throws {
    let server = try ServerProcess()
    #expect(server.startupLog.contains("handlers on NIO's event loops"), "\(server.startupLog)")
    let answer = try server.client.request(
      "POST", "/v1/evaluate", body: Array(try Data(contentsOf: BuiltBinaries.samples[0])),
      headers: ["Content-Type": "application/json"])
    #expect(answer.status == 200)
    #expect(server.terminate() == 0)
  }

  /// `GET /v1/schema/result` is what `schema --output` prints, byte for byte, whatever the
  /// language asked for.
  @Test func theResultSchemaIsTheSchemaCommandsOutput() throws {
    let (status, expected) = try run(BuiltBinaries.policyWizard, ["schema", "--output"])
    #expect(status == 0)
    #expect(expected.contains("\"$schema\""))
    let server = try ServerProcess()
    for query in ["", "?lang=en", "?lang=zh"] {
      let answer = try server.client.request("GET", "/v1/schema/result\(query)")
      #expect(answer.status == 200)
      #expect(answer.contentType == "application/schema+json")
      #expect(answer.text == expected, "/v1/schema/result\(query)")
    }
    #expect(server.terminate() == 0)
  }

  @Test func aBadConfigurationExits78() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "server-config-\(UUID().uuidString).yaml")
    try Data("port: 8080\nmaxBodyBytes: lots\n".utf8).write(to: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let (status, _) = try run(BuiltBinaries.policyWizard, ["serve", "--config", scratch.path])
    #expect(status == 78)
    let (missingCatalog, _) = try run(
      BuiltBinaries.policyWizard, ["serve", "--data", "/nonexistent-catalog", "--port", "0"])
    #expect(missingCatalog == 78)
  }
}
