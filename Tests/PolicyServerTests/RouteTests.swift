import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing

@testable import PolicyServer

/// Every route of the server on a loopback port in this process, through real HTTP.
@Suite struct RouteTests {
  static let ordos = """
    {"enterpriseName": "鄂尔多斯某新材料股份有限公司", "city": "ordos", "applicant": "enterprise",
     "highTech": "renewed", "rd": {"lastYear": 60000000, "yearBefore": 48000000}}
    """

  /// The result the engine gives the profile, written as `evaluate --format json` writes it.
  static func expectedResult(_ json: String, language: Language, asOf: String? = nil) throws
    -> String
  {
    let catalog = DefaultCatalog.catalog
    var profile = try ProfileDecoder(catalog: catalog).decode(json)
    if let asOf { profile.asOf = CalendarDay(asOf) }
    return PolicyAPI(catalog: catalog).evaluate(profile, language: language)
  }

  @Test func evaluateAnswersTheResultInTheAskedLanguage() async throws {
    try await withTestServer { _, client in
      let chinese = try client.request("POST", "/v1/evaluate", json: Self.ordos)
      #expect(chinese.status == 200, "\(chinese)")
      #expect(chinese.contentType == "application/json")
      #expect(chinese.text == (try Self.expectedResult(Self.ordos, language: .chinese)))
      let english = try client.request("POST", "/v1/evaluate?lang=en", json: Self.ordos)
      #expect(english.text == (try Self.expectedResult(Self.ordos, language: .english)))
      let accepted = try client.request(
        "POST", "/v1/evaluate", json: Self.ordos,
        headers: ["Accept-Language": "fr;q=1, en-GB;q=0.8, zh;q=0.5"])
      #expect(accepted.text == english.text)
      let dated = try client.request("POST", "/v1/evaluate?asOf=2025-01-01", json: Self.ordos)
      #expect(dated.text.contains("\"asOf\" : \"2025-01-01\""))
      #expect(
        dated.text == (try Self.expectedResult(Self.ordos, language: .chinese, asOf: "2025-01-01")))
    }
  }

  @Test func acceptLanguageTakesTheHighestQualityOfZhAndEn() {
    #expect(PolicyServer.preferredLanguage(acceptLanguage: "en-US,en;q=0.9") == .english)
    #expect(PolicyServer.preferredLanguage(acceptLanguage: "en;q=0.4, zh-CN;q=0.9") == .chinese)
    #expect(PolicyServer.preferredLanguage(acceptLanguage: "de, fr") == .chinese)
    #expect(PolicyServer.preferredLanguage(acceptLanguage: "en;q=0") == .chinese)
  }

  @Test func compareAnswersOneResultPerCity() async throws {
    try await withTestServer { _, client in
      let answer = try client.request("POST", "/v1/compare", json: Self.ordos)
      #expect(answer.status == 200, "\(answer)")
      let catalog = DefaultCatalog.catalog
      let profile = try ProfileDecoder(catalog: catalog).decode(Self.ordos)
      let expected = CityComparison.json(profile, catalog: catalog, language: .chinese)
      #expect(answer.text == expected.map { $0 + "\n" })
      #expect(answer.text.contains("\"hohhot\": {"))
    }
  }

  @Test func policiesAndOneClauseAreTheCatalogReports() async throws {
    try await withTestServer { _, client in
      let all = try client.request("GET", "/v1/policies?lang=en")
      #expect(all.status == 200)
      let catalog = DefaultCatalog.catalog
      let report = CatalogReport(catalog: catalog, language: .english)
      #expect(all.text == report.json(report.clauses()).terminalSafe(keepingNewlines: true) + "\n")
      let one = try client.request("GET", "/v1/policies/ordos-2024/17")
      #expect(one.status == 200, "\(one)")
      #expect(one.text.contains("\"policy\" : \"ordos-2024\""))
      #expect(one.text.contains("\"article\" : 17"))
    }
  }

  @Test func schemaCatalogHealthMetricsAndTheDocument() async throws {
    try await withTestServer { _, client in
      let schema = try client.request("GET", "/v1/schema/profile")
      #expect(schema.status == 200)
      #expect(schema.contentType == "application/schema+json")
      #expect(
        schema.text
          == ProfileSchema(catalog: DefaultCatalog.catalog).jsonSchema().terminalSafe(
            keepingNewlines: true) + "\n")
      let catalog = try client.request("GET", "/v1/catalog")
      #expect(catalog.text.contains("\"version\" : \"\(DefaultCatalog.catalog.version)\""))
      #expect(catalog.text.contains("\"id\" : \"region-2026\""))
      #expect(try client.request("GET", "/healthz").text == "{\"status\":\"ok\"}\n")
      let document = try client.request("GET", "/openapi.yaml")
      #expect(document.text == OpenAPIDocument.text)
      #expect(document.contentType == "application/yaml")
      _ = try client.request("POST", "/v1/evaluate", json: "{\"city\": \"paris\"}")
      let metrics = try client.request("GET", "/metrics")
      #expect(metrics.status == 200)
      #expect(
        metrics.text.contains(
          #"policy_wizard_http_requests_total{route="/v1/evaluate",method="POST",status="422"} 1"#),
        "\(metrics.text)")
      #expect(metrics.text.contains(#"policy_wizard_errors_total{kind="invalid-profile"} 1"#))
      #expect(metrics.text.contains("policy_wizard_http_request_duration_seconds_bucket"))
    }
  }

  @Test func aBadFieldIsA422NamingTheFieldAndWhatIsAllowed() async throws {
    try await withTestServer { _, client in
      let answer = try client.request(
        "POST", "/v1/evaluate",
        json:
          "{\"city\": \"ordos\", \"applicant\": \"enterprise\", \"rd\": {\"lastYear\": \"lots\"}}")
      #expect(answer.status == 422)
      #expect(answer.contentType == "application/problem+json")
      #expect(answer.text.contains("\"field\" : \"rd.lastYear\""), "\(answer)")
      // The profile decoder's own words, as the command line prints them.
      let catalog = DefaultCatalog.catalog
      do {
        _ = try ProfileDecoder(catalog: catalog).decode(
          "{\"city\": \"ordos\", \"applicant\": \"enterprise\", \"rd\": {\"lastYear\": \"lots\"}}")
        Issue.record("the decoder took a text as a sum")
      } catch let problem as ProfileProblem {
        #expect(answer.text.contains(problem.message))
      }
    }
  }

  @Test func theAccessLogSaysTheRouteAndStatusButNeverTheProfile() async throws {
    let log = CapturedLog()
    try await withTestServer(log: log) { _, client in
      _ = try client.request("POST", "/v1/evaluate", json: Self.ordos)
      _ = try client.request(
        "POST", "/v1/evaluate", json: "{\"enterpriseName\": \"某某秘密公司\", \"city\": 7}")
      _ = try client.request("GET", "/v1/policies/ordos-2024/99?lang=en")
    }
    let lines = log.all
    #expect(lines.count == 3, "\(lines)")
    #expect(lines.first?.hasPrefix("POST /v1/evaluate 200 ") == true, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("POST /v1/evaluate 422 ") })
    #expect(lines.contains { $0.hasPrefix("GET /v1/policies/{document}/{article} 404 ") })
    for line in lines {
      #expect(!line.contains("鄂尔多斯某新材料"))
      #expect(!line.contains("某某秘密公司"))
      #expect(!line.contains("lang=en"))
    }
  }

  /// The access log's duration: milliseconds with three decimals, as `%.3f` wrote them
  /// (truncated to the microsecond).
  @Test func theLogsDurationIsMillisecondsWithThreeDecimals() {
    #expect(ProblemMiddleware.milliseconds(0) == "0.000")
    #expect(ProblemMiddleware.milliseconds(5_999) == "0.005")
    #expect(ProblemMiddleware.milliseconds(1_234_567) == "1.234")
    #expect(ProblemMiddleware.milliseconds(20_050_000) == "20.050")
    #expect(ProblemMiddleware.milliseconds(3_000_000_000) == "3000.000")
    #expect(ProblemMiddleware.milliseconds(-1) == "0.000")
  }

  /// A successful answer and an error are each counted once in their series, the 200s in the
  /// series made at start, the others on first use.
  @Test func metricsCountEachAnswerOnceInItsSeries() async throws {
    try await withTestServer { server, client in
      for _ in 0..<3 { _ = try client.request("GET", "/v1/catalog") }
      _ = try client.request("GET", "/v1/policies/ordos-2024/99")
      let text = server.metrics.text()
      #expect(
        text.contains(
          #"policy_wizard_http_requests_total{route="/v1/catalog",method="GET",status="200"} 3"#),
        "\(text)")
      #expect(
        text.contains(
          #"policy_wizard_http_requests_total{route="/v1/policies/{document}/{article}",method="GET",status="404"} 1"#
        ))
      #expect(
        text.contains(#"policy_wizard_http_request_duration_seconds_count{route="/v1/catalog"} 3"#),
        "\(text)")
    }
  }

  @Test func aClientThatSendsNothingIsClosedWhileOthersAreServed() async throws {
    var configuration = ServerConfiguration()
    // Long enough that the served request is not cut on a loaded machine (the whole suite in a
    // debug build), short enough that the slow client is closed well inside its 15 s.
    configuration.idleTimeoutSeconds = 3
    try await withTestServer(configuration) { _, client in
      let slow = try client.connect(receiveTimeoutSeconds: 20)
      defer { close(slow) }
      try HTTPTestClient.sendAll(slow, Array("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\n".utf8))
      let answer = try client.request("POST", "/v1/evaluate", json: Self.ordos)
      #expect(answer.status == 200)
      let started = ContinuousClock.now
      // The server closes the half-sent request: the read ends long before its own timeout.
      let rest = HTTPTestClient.readAll(slow)
      #expect(ContinuousClock.now - started < .seconds(15))
      #expect(rest.isEmpty || String(decoding: rest, as: UTF8.self).hasPrefix("HTTP/1.1 4"))
    }
  }

  /// The idle timeout is for a client that stops sending, never for answers on their way: 30
  /// requests for the catalog’s policies (about 10 MB of answers, far more than the sockets
  /// hold) sent at once on one connection, whose client then reads nothing for three times the
  /// timeout, are all answered whole. (A read-idle closer of our own once cut them — and, in a
  /// loaded run, the slow-client test's served request.)
  @Test func answersTheClientReadsSlowlyAreNeverCutByTheIdleTimeout() async throws {
    var configuration = ServerConfiguration()
    configuration.idleTimeoutSeconds = 1
    try await withTestServer(configuration) { _, client in
      let one = try client.request("GET", "/v1/policies")
      #expect(one.status == 200)
      let socket = try client.connect()
      defer { close(socket) }
      let requests =
        String(repeating: "GET /v1/policies HTTP/1.1\r\nHost: x\r\n\r\n", count: 29)
        + "GET /v1/policies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
      try HTTPTestClient.sendAll(socket, Array(requests.utf8))
      // The scenario itself, not a wait for something: a client that does not read.
      Thread.sleep(forTimeInterval: 3)
      let answers = HTTPTestClient.readAll(socket)
      let statusLine = Array("HTTP/1.1 200 OK\r\n".utf8)
      #expect(answers.ranges(of: statusLine).count == 30)
      #expect(answers.count > 30 * one.body.count, "\(answers.count) bytes")
    }
  }
}
