import Hummingbird
import Logging
import NIOCore

/// Around every route: turns every error into problem details (a client's mistake is never a
/// 500), answers 405 for a known path with another method, counts the request in the metrics
/// and writes one access-log line — method, route pattern, status, duration, size; never the
/// body, the query or a header, which may hold a profile or an enterprise's name.
struct ProblemMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext
  let server: PolicyServer

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
    } catch {
      let problem = Self.problem(for: error, request: request)
      server.metrics.error(problem.kind)
      response = Response(
        status: .init(code: problem.status),
        headers: [.contentType: "application/problem+json"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: problem.json())))
      if problem.kind == .methodNotAllowed, let route = ServerRoute.matching(path: request.uri.path)
      {
        response.headers[.allow] = route.method
      }
    }
    let elapsed = ContinuousClock.now - start
    let nanoseconds =
      elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
    let route =
      ServerRoute.matching(path: request.uri.path).map(\.path) ?? "(no route)"
    server.metrics.request(
      route: route, method: request.method.rawValue, status: response.status.code,
      nanoseconds: nanoseconds)
    let size = response.body.contentLength.map(String.init) ?? "streamed"
    server.accessLog.info(
      "\(request.method.rawValue) \(route) \(response.status.code) \(Self.milliseconds(nanoseconds)) ms \(size) B"
    )
    return response
  }

  /// `12.345`: nanoseconds as milliseconds with three decimals, without `String(format:)`
  /// (Foundation's formatter on every request).
  static func milliseconds(_ nanoseconds: Int64) -> String {
    let microseconds = max(0, nanoseconds) / 1000
    let fraction = String(microseconds % 1000)
    return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// The problem an error stands for: ours as they are; the router's and the body reader's
  /// by their status, with a detail a client can act on.
  static func problem(for error: any Error, request: Request) -> Problem {
    if let problem = error as? Problem { return problem }
    if let failure = error as? BatchProcess.StartFailure {
      // The server's own fault (its batch program is missing): said as busy, never a 500
      // blamed on the client; the detail says what to fix.
      return Problem(.busy, "the batch cannot start: \(failure.description)")
    }
    if let error = error as? HTTPError {
      switch error.status.code {
      case 404:
        if let route = ServerRoute.matching(path: request.uri.path) {
          return Problem(
            .methodNotAllowed,
            "\(route.path) answers \(route.method) only, not \(request.method.rawValue)")
        }
        return Problem(
          .notFound,
          "no route \(request.uri.path); the routes are "
            + ServerRoute.allCases.map { "\($0.method) \($0.path)" }.joined(separator: ", "))
      case 413:
        return Problem(.tooLarge, "the body is larger than this route takes")
      default:
        return Problem(.malformed, error.body ?? "the request cannot be read")
      }
    }
    return Problem(.malformed, "the request cannot be read")
  }
}
