import Foundation
import PolicyEngine
import Testing

/// `schema --output`: the evaluation result's JSON Schema. Every result `evaluate --format json`
/// prints for a sample or a worked case validates against it (with Python's jsonschema, an
/// implementation independent of ours), and it is not vacuous.
@Suite struct ResultSchemaTests {
  func schema() throws -> [String: Any] {
    let result = try runPolicyWizard(["schema", "--output"])
    try #require(result.status == 0, "\(result)")
    return try JSONOutput.object(result.stdout)
  }

  /// Issue 15: an entry without its level was dropped silently (合计 0, exit 0).
  @Test func anIncompleteEntryIsRefusedNamingTheField() throws {
    let result = try runPolicyWizard(
      ["evaluate", "-", "--format", "json"],
      stdin:
        #"{"city":"hohhot","applicant":"enterprise","platforms":[{"type":"keyLab","new":true}]}"#
    )
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("platforms[0].level"), "\(result.stderr)")
    #expect(result.stderr.contains("national, region, city"), "\(result.stderr)")
  }

  @Test func theSchemaIsVersionedAndClosed() throws {
    let schema = try schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["additionalProperties"] as? Bool == false)
    let properties = try #require(schema["properties"] as? [String: Any])
    let format = try #require(properties["resultFormat"] as? [String: Any])
    #expect(format["const"] as? Int == EvaluationReport.format)
    #expect((schema["required"] as? [String])?.contains("resultFormat") == true)
  }

  @Test(JSONSchemaCheck.requirement)
  func everySampleAndWorkedCaseResultIsValid() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let schemaResult = try runPolicyWizard(["schema", "--output"])
    try #require(schemaResult.status == 0, "\(schemaResult)")
    let schema = URL(fileURLWithPath: try scratch.write("result.schema.json", schemaResult.stdout))

    var profiles = try JSONSchemaTests.files("Data/samples", ".json")
    for file in try JSONSchemaTests.files("Data/cases", ".yaml") {
      let root = try DataNodeParser.parse(
        try String(contentsOf: file, encoding: .utf8), file: file.path)
      guard case .sequence(let items, _)? = root["cases"] else { continue }
      for (index, item) in items.enumerated() {
        guard let profile = item["profile"] else { continue }
        let url = scratch.url.appendingPathComponent(
          "\(file.deletingPathExtension().lastPathComponent)-\(index + 1).profile.json")
        try JSONSchemaCheck.write(JSONSchemaCheck.json(profile), to: url)
        profiles.append(url)
      }
    }
    #expect(profiles.count > 100, "\(profiles.count) profiles")
    var results: [URL] = []
    for (index, profile) in profiles.enumerated() {
      for language in ["zh", "en"] {
        let result = try runPolicyWizard(
          ["evaluate", profile.path, "--format", "json", "--lang", language])
        #expect(result.status == 0, "\(profile.lastPathComponent): \(result)")
        let url = URL(
          fileURLWithPath: try scratch.write("result-\(index)-\(language).json", result.stdout))
        results.append(url)
      }
    }
    let problems = try JSONSchemaCheck.problems(schema: schema, instances: results)
    #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")

    // Not vacuous: a result with a field the schema does not describe, or without its
    // version, is refused.
    let sample = try String(contentsOf: results[0], encoding: .utf8)
    var object = try JSONOutput.object(sample)
    object["surprise"] = 1
    let extra = scratch.url.appendingPathComponent("extra.json")
    try JSONSchemaCheck.write(object, to: extra)
    object.removeValue(forKey: "surprise")
    object.removeValue(forKey: "resultFormat")
    let unversioned = scratch.url.appendingPathComponent("unversioned.json")
    try JSONSchemaCheck.write(object, to: unversioned)
    for bad in [extra, unversioned] {
      #expect(!(try JSONSchemaCheck.problems(schema: schema, instances: [bad])).isEmpty, "\(bad)")
    }
  }
  /// Each `batch` row's `result` is the same document and validates too: every worked case and
  /// a hundred seeded random profiles (`BatchDifferentialTests`' generators), as JSON Lines.
  @Test(JSONSchemaCheck.requirement)
  func everyBatchRowResultIsValid() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let schemaResult = try runPolicyWizard(["schema", "--output"])
    try #require(schemaResult.status == 0, "\(schemaResult)")
    let schema = URL(fileURLWithPath: try scratch.write("result.schema.json", schemaResult.stdout))
    let profiles =
      try BatchDifferentialTests.workedCaseProfiles()
      + (1...100).map { BatchDifferentialTests.randomProfile(seed: UInt64($0)) }
    let list = try scratch.write("profiles.jsonl", profiles.joined(separator: "\n") + "\n")
    let run = try runPolicyWizard(["batch", list, "--no-progress"])
    let rows = run.stdout.split(separator: "\n")
    try #require(rows.count == profiles.count, "\(run)")
    var results: [URL] = []
    for (index, row) in rows.enumerated() {
      guard let result = try JSONOutput.object(String(row))["result"] as? [String: Any] else {
        continue
      }
      let url = scratch.url.appendingPathComponent("row-\(index).json")
      try JSONSchemaCheck.write(result, to: url)
      results.append(url)
    }
    #expect(results.count > profiles.count / 2, "most rows have a result: \(results.count)")
    let problems = try JSONSchemaCheck.problems(schema: schema, instances: results)
    #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
  }
}
