import ArgumentParser
import Foundation
import ProcessRunner

#if canImport(Glibc)
  import Glibc
#endif

/// `policy-wizard serve`: runs `policy-wizard-server`, installed beside this program, in this
/// process's place. The server is a program of its own so that the wizard's cold start and
/// memory never pay for NIO and Hummingbird (docs/performance.md measures both).
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer the policy API over HTTP (OpenAPI: GET /openapi.yaml).",
    discussion: """
      Runs policy-wizard-server from beside policy-wizard. SIGTERM answers the requests in \
      flight and exits 0; a bad configuration exits 78.

      Example:
        policy-wizard serve --host 127.0.0.1 --port 8080
      """)

  @Option(help: "The address to listen on (default 127.0.0.1).") var host: String?
  @Option(help: "The port to listen on (default 8080; 0 picks a free one).") var port: Int?
  @Option(
    help: ArgumentHelp("Use the catalog in DIR instead of the built-in one.", valueName: "DIR"))
  var data: String?
  @Option(help: ArgumentHelp("A YAML or JSON file of the server's settings.", valueName: "FILE"))
  var config: String?

  func run() throws {
    var arguments: [String] = []
    if let host { arguments += ["--host", host] }
    if let port { arguments += ["--port", String(port)] }
    if let data { arguments += ["--data", data] }
    if let config { arguments += ["--config", config] }
    let server = Self.serverPath()
    guard FileManager.default.isExecutableFile(atPath: server) else {
      throw CommandFailure.serverNotInstalled(server)
    }
    let argv = ([server] + arguments).map { strdup($0) } + [nil]
    execv(server, argv)
    throw CommandFailure.serverCannotRun(server, reason: String(cString: strerror(errno)))
  }

  /// `policy-wizard-server` in the directory of the running `policy-wizard`.
  static func serverPath() -> String {
    ProcessRunner.programBesideThisOne(named: "policy-wizard-server")
  }
}
