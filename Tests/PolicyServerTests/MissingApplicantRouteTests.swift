import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

@testable import PolicyServer

/// Issue 15, defect 7, over HTTP: a profile without `applicant` is a 422 problem naming the
/// field, as a bad field is; in a batch, one bad row among good ones.
@Suite struct MissingApplicantRouteTests {
  static let withoutApplicant = #"{"city": "ordos", "highTech": "renewed"}"#

  @Test func evaluateAnswers422NamingTheApplicant() async throws {
    try await withTestServer { _, client in
      for body in [Self.withoutApplicant, #"{"city": "ordos", "applicant": null}"#] {
        let answer = try client.request("POST", "/v1/evaluate", json: body)
        #expect(answer.status == 422, "\(answer)")
        #expect(answer.contentType == "application/problem+json")
        #expect(answer.text.contains("\"field\" : \"applicant\""), "\(answer)")
        #expect(
          answer.text.contains(
            "enterprise, university, institute, serviceAgency, park, individual"),
          "\(answer)")
      }
      let unknown = try client.request(
        "POST", "/v1/evaluate", json: #"{"city": "ordos", "unknown": ["applicant"]}"#)
      #expect(unknown.status == 200, "\(unknown)")
    }
  }

  @Test func batchReportsTheRowAndGoesOn() async throws {
    let rows = [
      #"{"city": "ordos", "applicant": "enterprise"}"#, Self.withoutApplicant,
      #"{"city": "baotou", "applicant": "university"}"#,
    ].joined(separator: "\n")
    try await withTestServer { _, client in
      let answer = try client.request(
        "POST", "/v1/batch", body: Array(rows.utf8),
        headers: ["Content-Type": "application/x-ndjson"])
      #expect(answer.status == 200, "\(answer)")
      let lines = answer.text.split(separator: "\n")
      #expect(lines.count == 3, "\(answer)")
      #expect(lines[1].contains("\"error\""), "\(answer)")
      #expect(lines[1].contains("applicant"), "\(answer)")
      #expect(!lines[0].contains("\"error\"") && !lines[2].contains("\"error\""), "\(answer)")
    }
  }
}
