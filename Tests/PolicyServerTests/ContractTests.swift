import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

@testable import PolicyServer

/// The committed OpenAPI document and the server agree: every route it names is served (and
/// nothing else is), and every status it lists for a route is answered — each by a request
/// that should cause it, checked here.
@Suite struct ContractTests {
  struct Operation: Hashable, CustomStringConvertible {
    var method: String
    var path: String
    var status: Int
    var description: String { "\(method) \(path) \(status)" }
  }

  /// The operations and statuses of `openapi.yaml`, read with the project's own YAML reader.
  static func documented() throws -> Set<Operation> {
    let root = try DataNodeParser.parse(OpenAPIDocument.text, file: "openapi.yaml")
    guard case .mapping(let paths, _)? = root["paths"] else { return [] }
    var operations: Set<Operation> = []
    for (path, item) in paths {
      guard case .mapping(let methods, _) = item else { continue }
      for (method, operation) in methods {
        guard case .mapping(let responses, _)? = operation["responses"] else { continue }
        for (status, _) in responses {
          operations.insert(
            Operation(method: method.uppercased(), path: path, status: Int(status) ?? -1))
        }
      }
    }
    return operations
  }

  @Test func theDocumentNamesExactlyTheServedRoutes() throws {
    let documented = Set(try Self.documented().map { "\($0.method) \($0.path)" })
    let served = Set(ServerRoute.allCases.map { "\($0.method) \($0.path)" })
    #expect(documented == served)
    #expect(try Self.documented().allSatisfy { $0.status >= 200 && $0.status < 600 })
  }

  /// A request for each documented status: what the client sends, and anything to hold first
  /// (a taken slot, for 503).
  struct Case {
    var method: String
    var target: String
    var body: [UInt8]? = nil
    var headers: [String: String] = [:]
    var holdEvaluationSlots = false
    var holdBatchSlots = false
  }

  static let profile = Array(
    #"{"city": "ordos", "applicant": "enterprise", "highTech": "renewed"}"#.utf8)
  static let json = ["Content-Type": "application/json"]

  static func request(for operation: Operation) -> Case? {
    let path = operation.path.replacingOccurrences(
      of: "{document}/{article}", with: "ordos-2024/17")
    let isProfile = operation.path == "/v1/evaluate" || operation.path == "/v1/compare"
    switch operation.status {
    case 200 where operation.path == "/v1/batch":
      return Case(
        method: "POST", target: path, body: profile + [0x0A],
        headers: ["Content-Type": "application/x-ndjson"])
    case 200:
      return Case(
        method: operation.method, target: path, body: isProfile ? profile : nil,
        headers: isProfile ? json : [:])
    case 400 where isProfile:
      return Case(method: "POST", target: path, body: Array("{\"city\": ".utf8), headers: json)
    case 400:
      return Case(method: operation.method, target: path + "?lang=fr", body: nil)
    case 404:
      return Case(method: "GET", target: "/v1/policies/ordos-2024/999")
    case 413:
      return Case(
        method: "POST", target: path, body: [UInt8](repeating: 0x20, count: (1 << 20) + 1),
        headers: json)
    case 415:
      return Case(
        method: "POST", target: path, body: profile, headers: ["Content-Type": "text/plain"])
    case 422:
      return Case(
        method: "POST", target: path, body: Array(#"{"city": "paris"}"#.utf8), headers: json)
    case 503 where operation.path == "/v1/batch":
      return Case(
        method: "POST", target: path, body: profile + [0x0A],
        headers: ["Content-Type": "application/x-ndjson"], holdBatchSlots: true)
    case 503:
      return Case(
        method: "POST", target: path, body: profile, headers: json, holdEvaluationSlots: true)
    default:
      return nil
    }
  }

  @Test func everyDocumentedStatusIsAnswered() async throws {
    let operations = try Self.documented().sorted { $0.description < $1.description }
    #expect(operations.count > 20)
    try await withTestServer { server, client in
      for operation in operations {
        guard let request = Self.request(for: operation) else {
          Issue.record("no request in this test causes \(operation)")
          continue
        }
        var releases: [@Sendable () -> Void] = []
        if request.holdEvaluationSlots {
          for _ in 0..<server.slots.limit { releases.append(try server.slots.take()) }
        }
        if request.holdBatchSlots {
          for _ in 0..<server.batchSlots.limit { releases.append(try server.batchSlots.take()) }
        }
        let answer = try client.request(
          request.method, request.target, body: request.body, headers: request.headers)
        for release in releases { release() }
        #expect(answer.status == operation.status, "\(operation): \(answer)")
        if operation.status >= 400 {
          #expect(answer.contentType == "application/problem+json", "\(operation)")
          #expect(answer.text.contains("\"status\" : \(operation.status)"), "\(operation)")
        }
      }
    }
  }

  @Test func anUnknownRouteIs404AndAKnownOneWithAnotherMethod405() async throws {
    try await withTestServer { _, client in
      let unknown = try client.request("GET", "/v2/evaluate")
      #expect(unknown.status == 404)
      #expect(unknown.text.contains("POST /v1/evaluate"), "the detail lists the routes")
      let wrongMethod = try client.request("GET", "/v1/evaluate")
      #expect(wrongMethod.status == 405)
      #expect(wrongMethod.headers["allow"] == "POST")
      let wrongDocument = try client.request("GET", "/v1/policies/nowhere/1")
      #expect(wrongDocument.status == 404)
      #expect(wrongDocument.text.contains("\"field\" : \"document\""))
      #expect(wrongDocument.text.contains("ordos-2024"), "the detail lists the documents")
    }
  }
}
