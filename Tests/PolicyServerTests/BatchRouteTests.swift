import Foundation
import Testing

@testable import PolicyServer

/// Runs a built program with `input` on its standard input; its standard output.
func run(_ program: URL, _ arguments: [String], input: String = "") throws -> (Int32, String) {
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "policy-server-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let inputFile = scratch.appendingPathComponent("in")
  let outputFile = scratch.appendingPathComponent("out")
  try Data(input.utf8).write(to: inputFile)
  _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
  let process = Process()
  process.executableURL = program
  process.arguments = arguments
  process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
  process.standardInput = try FileHandle(forReadingFrom: inputFile)
  process.standardOutput = try FileHandle(forWritingTo: outputFile)
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: try Data(contentsOf: outputFile), as: UTF8.self)
  )
}

@Suite struct BatchRouteTests {
  static let rows = """
    {"enterpriseName": "甲", "city": "ordos", "applicant": "enterprise", "highTech": "renewed", "rd": {"lastYear": 60000000, "yearBefore": 48000000}}
    {"city": "hohhot", "applicant": "university"}
    {"city": 
    {"city": "paris"}

    {"city": "baotou", "applicant": "enterprise", "aboveScale": true}
    """

  @Test func batchAnswersEachRowAsTheBatchCommandWritesIt() async throws {
    let (_, expected) = try run(
      BuiltBinaries.policyWizard,
      [
        "batch", "-", "--input-format", "jsonl", "--format", "jsonl", "--no-progress", "--lang",
        "en",
      ],
      input: Self.rows)
    #expect(expected.split(separator: "\n").count == 5)
    try await withTestServer { _, client in
      let answer = try client.request(
        "POST", "/v1/batch?lang=en", body: Array(Self.rows.utf8),
        headers: ["Content-Type": "application/x-ndjson"])
      #expect(answer.status == 200, "\(answer)")
      #expect(answer.contentType == "application/x-ndjson")
      #expect(answer.text == expected)
      let lines = answer.text.split(separator: "\n")
      #expect(lines[2].contains("\"error\""), "a bad row is reported on its own line")
      #expect(lines[3].contains("city"), "the bad field is named")
      #expect(lines[4].contains("\"row\":5"), "the batch goes on after bad rows")
    }
  }

  @Test func aRowLongerThanTheLimitEndsTheBatchWithALineSayingSo() async throws {
    let short = #"{"city": "ordos", "applicant": "enterprise"}"#
    let long =
      #"{"city": "ordos", "applicant": "enterprise", "enterpriseName": ""#
      + String(repeating: "长", count: 200) + "\"}"
    var configuration = ServerConfiguration()
    configuration.maxBatchRowBytes = 100
    try await withTestServer(configuration) { _, client in
      let answer = try client.request(
        "POST", "/v1/batch", body: Array((short + "\n" + long + "\n" + short + "\n").utf8),
        headers: ["Content-Type": "application/x-ndjson"])
      #expect(answer.status == 200)
      let lines = answer.text.split(separator: "\n")
      #expect(lines.count == 2, "\(answer)")
      #expect(lines.first?.contains("\"row\":1") == true)
      #expect(lines.last?.contains("line 2 is longer than 100 bytes") == true, "\(answer)")
    }
  }
}
