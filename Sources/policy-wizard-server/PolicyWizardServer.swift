import ArgumentParser
import CGlobalExecutorHook
import DefaultCatalog
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import PolicyEngine
import PolicyServer

/// `policy-wizard-server`, which `policy-wizard serve` runs: the HTTP API (issue 19). A program
/// of its own so that NIO and Hummingbird never load when the wizard or `evaluate` starts.
///
/// Exit status: 0 after SIGTERM or SIGINT (in-flight requests are answered first); 64 usage;
/// 69 the address cannot be bound; 78 a bad configuration (file, option or catalog), which
/// systemd is told not to restart.
@main
enum ServerMain {
  /// Swift concurrency's jobs (every request's handler) run on NIO's event loop threads, the
  /// ones that read and write the sockets, instead of on Dispatch's pool: no thread hop and
  /// wake-up between the socket and the handler, twice a request (issue 19; docs/performance.md
  /// measures it). It must be installed on the main thread before any task starts, so this
  /// `main` is synchronous and starts the command's async `main` itself.
  static func main() {
    // The access log's timestamp calls localtime, which with TZ unset makes glibc stat
    // /etc/localtime on every call (a syscall a request); named, the zone is read once. The
    // same zone either way. Set before any other thread starts.
    setenv("TZ", ":/etc/localtime", 0)
    runsOnEventLoops = policy_wizard_install_global_enqueue(enqueueOnEventLoop)
    // Nothing here runs on the main actor: with the hook, a task that hopped to it from an event
    // loop would trap in the runtime's isolation check. The main thread only waits.
    Task {
      await PolicyWizardServer.main()
      Foundation.exit(0)
    }
    dispatchMain()
  }

  /// Whether the hook took (the start-up log says so).
  nonisolated(unsafe) static var runsOnEventLoops = false
}

/// A job of the global executor, onto the event loop this thread runs if it is one (no hop),
/// else the group's next. A global function, not a closure in `main`: a closure there would be
/// the main actor's, and Swift checks that isolation when C calls it, on an event loop thread.
private func enqueueOnEventLoop(_ job: UnsafeMutableRawPointer?) {
  guard let job else { return }
  MultiThreadedEventLoopGroup.singleton.any().enqueue(
    ExecutorJob(unsafeBitCast(job, to: UnownedJob.self)))
}

struct PolicyWizardServer: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy-wizard serve",
    abstract: "Answer the policy API over HTTP (see openapi.yaml; GET /openapi.yaml serves it).",
    discussion: """
      Example:
        policy-wizard serve --host 127.0.0.1 --port 8080
        curl -s -d @Data/samples/2-ordos-new-materials.json localhost:8080/v1/evaluate
      """)

  @Option(help: "The address to listen on (default 127.0.0.1).") var host: String?
  @Option(help: "The port to listen on (default 8080; 0 picks a free one).") var port: Int?
  @Option(
    help: ArgumentHelp("Use the catalog in DIR instead of the built-in one.", valueName: "DIR"))
  var data: String?
  @Option(
    help: ArgumentHelp(
      "A YAML or JSON file of settings: \(ServerConfiguration.keys.joined(separator: ", ")).",
      valueName: "FILE"))
  var config: String?

  static let configurationError: Int32 = 78
  static let unavailable: Int32 = 69

  func run() async throws {
    LoggingSystem.bootstrap(StreamLogHandler.standardError)
    let logger = Logger(label: "policy-wizard-server")
    let settings: ServerConfiguration
    let catalog: Catalog
    do {
      settings = try resolvedConfiguration()
      catalog = try Self.catalog(settings.data)
    } catch {
      Self.fail("policy-wizard serve: \(error.description)", status: Self.configurationError)
    }
    let server = PolicyServer(catalog: catalog, configuration: settings)
    if !FileManager.default.isExecutableFile(atPath: server.batchExecutable) {
      logger.warning(
        "no policy-wizard at \(server.batchExecutable): POST /v1/batch will answer 503")
    }
    let app = server.application(logger: logger) { channel in
      let address = channel.localAddress
      let port = address?.port ?? settings.port
      let executor = ServerMain.runsOnEventLoops ? "NIO's event loops" : "Dispatch's pool"
      logger.info(
        "listening on http://\(settings.host):\(port) (catalog \(catalog.version); handlers on \(executor))"
      )
    }
    do {
      try await app.runService()
    } catch {
      Self.fail(
        "policy-wizard serve: cannot serve on \(settings.host):\(settings.port): \(error)",
        status: Self.unavailable)
    }
  }

  /// The file's settings, then the options over them.
  func resolvedConfiguration() throws(ServerConfiguration.Problem) -> ServerConfiguration {
    var settings = ServerConfiguration()
    if let config { try settings.apply(file: config) }
    if let host { settings.host = host }
    if let port {
      guard (0...65_535).contains(port) else {
        throw ServerConfiguration.Problem("--port must be from 0 to 65535, not \(port)")
      }
      settings.port = port
    }
    if let data { settings.data = data }
    return settings
  }

  /// The built-in catalog, or a directory's, checked as `validate` checks it.
  static func catalog(_ directory: String?) throws(ServerConfiguration.Problem) -> Catalog {
    guard let directory else { return DefaultCatalog.catalog }
    let problems: [InputProblem]
    do {
      let catalog = try CatalogLoader.load(directory: URL(fileURLWithPath: directory))
      problems = CatalogAudit(catalog: catalog).problems()
      if problems.isEmpty { return catalog }
    } catch {
      problems = error.problems
    }
    throw ServerConfiguration.Problem(
      "\(problems.count) problem(s) in \(directory) (policy-wizard validate \(directory) lists them):\n"
        + problems.map(\.description).joined(separator: "\n"))
  }

  static func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(status)
  }
}
