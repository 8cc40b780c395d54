import Foundation
import Hummingbird
import Logging
import NIOCore
import PolicyEngine
import Synchronization

/// The HTTP API (issue 19): the routes of `openapi.yaml` on Hummingbird, answering what
/// `PolicyAPI` computes, with problem details for every error, limits on what a client may
/// send, an access log without profile contents and Prometheus metrics.
public struct PolicyServer: Sendable {
  public let api: PolicyAPI
  public let configuration: ServerConfiguration
  public let metrics = ServerMetrics()
  /// The `policy-wizard` that `/v1/batch` runs.
  public let batchExecutable: String
  let slots: Slots
  let batchSlots: Slots
  let accessLog: Logger

  public init(
    catalog: Catalog, configuration: ServerConfiguration,
    batchExecutable: String = BatchProcess.besideThisProgram(),
    accessLog: Logger = Logger(label: "policy-wizard-server.access")
  ) {
    api = PolicyAPI(catalog: catalog)
    self.configuration = configuration
    self.batchExecutable = batchExecutable
    slots = Slots(configuration.maxConcurrentEvaluations)
    batchSlots = Slots(configuration.maxConcurrentBatches)
    self.accessLog = accessLog
  }

  /// The application: listening where the configuration says, closing connections that send
  /// nothing for `idleTimeoutSeconds` between requests or inside one (a client that sends its
  /// head a byte at a time is closed that long after it connected), shut down gracefully by
  /// SIGTERM or SIGINT when run as a service.
  ///
  /// The timeout is Hummingbird's own connection state (`HTTP1Channel`'s `idleTimeout`): it
  /// never closes a connection whose request has been read and is being answered, however long
  /// the answer takes to leave (a batch's rows to a client that reads slowly). A read-idle
  /// closer of our own once cut such answers.
  public func application(
    logger: Logger = Logger(label: "policy-wizard-server"),
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let idle = TimeAmount.seconds(Int64(configuration.idleTimeoutSeconds))
    return Application(
      router: router(),
      server: .http1(configuration: .init(idleTimeout: idle)),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "policy-wizard"),
      onServerRunning: onServerRunning,
      logger: logger)
  }

  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ProblemMiddleware(server: self))
    router.post(.init(ServerRoute.evaluate.hummingbirdPath)) { request, _ in
      try await evaluate(request)
    }
    router.post(.init(ServerRoute.compare.hummingbirdPath)) { request, _ in
      try await compare(request)
    }
    router.post(.init(ServerRoute.batch.hummingbirdPath)) { request, _ in
      try batch(request)
    }
    router.get(.init(ServerRoute.policies.hummingbirdPath)) { request, _ in
      json(api.policies(language: try language(request)))
    }
    router.get(.init(ServerRoute.policy.hummingbirdPath)) { request, context in
      let document = context.parameters.get("document") ?? ""
      let article = context.parameters.get("article") ?? ""
      return json(
        try api.policy(document: document, article: article, language: try language(request)))
    }
    router.get(.init(ServerRoute.profileSchema.hummingbirdPath)) { request, _ in
      json(api.profileSchema(language: try language(request)), type: "application/schema+json")
    }
    router.get(.init(ServerRoute.resultSchema.hummingbirdPath)) { _, _ in
      json(api.resultSchemaJSON, type: "application/schema+json")
    }
    router.get(.init(ServerRoute.catalog.hummingbirdPath)) { _, _ in json(api.catalogJSON) }
    router.get(.init(ServerRoute.health.hummingbirdPath)) { _, _ in
      json("{\"status\":\"ok\"}\n")
    }
    router.get(.init(ServerRoute.metrics.hummingbirdPath)) { _, _ in
      json(metrics.text(), type: "text/plain; version=0.0.4; charset=utf-8")
    }
    router.get(.init(ServerRoute.openAPI.hummingbirdPath)) { _, _ in
      json(OpenAPIDocument.text, type: "application/yaml")
    }
    return router
  }

  // MARK: Handlers

  func evaluate(_ request: Request) async throws -> Response {
    let (profile, language) = try await profileRequest(request)
    return try slots.whileHeld {
      metrics.evaluated()
      return json(bytes: api.evaluationBytes(profile, language: language))
    }
  }

  func compare(_ request: Request) async throws -> Response {
    let (profile, language) = try await profileRequest(request)
    return try slots.whileHeld {
      metrics.evaluated()
      return json(try api.compare(profile, language: language))
    }
  }

  /// The body (at most `maxBodyBytes`), JSON by its media type, read as a profile with the
  /// query's `asOf`; and the language of the answer.
  func profileRequest(_ request: Request) async throws -> (Profile, Language) {
    try checkMediaType(request, allowed: ["application/json", "application/yaml"], suffix: "+json")
    let language = try language(request)
    let asOf = try asOf(request)
    let limit = configuration.maxBodyBytes
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
      throw Problem(.tooLarge, "a profile may be at most \(limit) bytes (this one is \(length))")
    }
    var bytes: [UInt8] = []
    for try await chunk in request.body {
      guard bytes.count + chunk.readableBytes <= limit else {
        throw Problem(.tooLarge, "a profile may be at most \(limit) bytes")
      }
      bytes.append(contentsOf: chunk.readableBytesView)
    }
    return (try api.profile(from: bytes, asOf: asOf), language)
  }

  func batch(_ request: Request) throws -> Response {
    try checkMediaType(
      request,
      allowed: [
        "application/x-ndjson", "application/jsonl", "application/json-lines",
        "application/json",
      ], suffix: nil)
    var arguments = [
      "batch", "-", "--input-format", "jsonl", "--format", "jsonl", "--no-progress",
      "--jobs", "1",
    ]
    arguments += ["--lang", try language(request).rawValue]
    if let asOf = try asOf(request) { arguments += ["--as-of", asOf.description] }
    if let data = configuration.data { arguments += ["--data", data] }
    let release = try batchSlots.take()
    let process: BatchProcess
    do {
      process = try BatchProcess.start(executable: batchExecutable, arguments: arguments)
    } catch {
      release()
      throw error
    }
    metrics.batchStarted()
    let stream = BatchStream(
      process: process, body: request.body, maxRowBytes: configuration.maxBatchRowBytes)
    return Response(
      status: .ok, headers: [.contentType: "application/x-ndjson"],
      body: ResponseBody { writer in
        defer { release() }
        try await stream.run(into: &writer)
        try await writer.finish(nil)
      })
  }

  // MARK: Query and headers

  /// `?lang=zh|en`, else the first of zh and en that `Accept-Language` prefers, else Chinese
  /// (JSON's language without `--lang`).
  func language(_ request: Request) throws(Problem) -> Language {
    if let code = request.uri.queryParameters.get("lang") {
      guard let language = Language(code: code) else {
        throw Problem(.malformed, "lang must be zh or en, not '\(code)'", field: "lang")
      }
      return language
    }
    guard let header = request.headers[.acceptLanguage] else { return .chinese }
    return Self.preferredLanguage(acceptLanguage: header)
  }

  /// The language of zh and en with the highest `q` in an `Accept-Language` header (the first
  /// on a tie); Chinese when it names neither.
  public static func preferredLanguage(acceptLanguage header: String) -> Language {
    var best: (language: Language, quality: Double)? = nil
    for part in header.split(separator: ",") {
      let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let tag = pieces.first, let language = Language(code: tag) else { continue }
      var quality = 1.0
      for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
        quality = Double(piece.dropFirst(2)) ?? 0
      }
      if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
    }
    return best?.language ?? .chinese
  }

  func asOf(_ request: Request) throws(Problem) -> CalendarDay? {
    guard let text = request.uri.queryParameters.get("asOf") else { return nil }
    guard let day = CalendarDay(text) else {
      throw Problem(
        .malformed, "asOf must be a date written YYYY-MM-DD, such as 2026-06-01 (got \(text))",
        field: "asOf")
    }
    return day
  }

  func checkMediaType(_ request: Request, allowed: [String], suffix: String?) throws(Problem) {
    guard let header = request.headers[.contentType] else { return }
    // The usual header is exactly an allowed type: no splitting, trimming or lowercasing.
    if allowed.contains(header) { return }
    let type =
      header.split(separator: ";").first.map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      } ?? ""
    if allowed.contains(type) { return }
    if let suffix, type.hasSuffix(suffix) { return }
    throw Problem(
      .unsupportedMediaType,
      "the body must be \(allowed.joined(separator: " or ")), not '\(header)'",
      field: "Content-Type")
  }
}

extension ServerRoute {
  /// The path as Hummingbird's router writes a parameter (`:document`).
  var hummingbirdPath: String {
    path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
  }
}

/// A JSON (or other text) answer with status 200.
func json(_ text: String, type: String = "application/json") -> Response {
  Response(
    status: .ok, headers: [.contentType: type],
    body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
}

/// A JSON answer already written as UTF-8 bytes: one copy into the response's one buffer.
func json(bytes: [UInt8], type: String = "application/json") -> Response {
  Response(
    status: .ok, headers: [.contentType: type],
    body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
}

/// At most `limit` holders at once; one more is refused (503) rather than queued, so that a
/// burst cannot grow the server's memory or everyone's latency without bound.
final class Slots: Sendable {
  let limit: Int
  private let held = Mutex(0)

  init(_ limit: Int) { self.limit = limit }

  /// Takes a slot, or throws `busy`; the function returned gives it back.
  func take() throws(Problem) -> @Sendable () -> Void {
    let taken = held.withLock { count -> Bool in
      guard count < limit else { return false }
      count += 1
      return true
    }
    guard taken else {
      throw Problem(.busy, "all \(limit) evaluation slots are taken; try again in a moment")
    }
    return { self.held.withLock { $0 -= 1 } }
  }

  func whileHeld<T>(_ body: () throws -> T) throws -> T {
    let release = try take()
    defer { release() }
    return try body()
  }
}
