import Foundation
import PolicyEngine
import Testing

/// `schema --format json-schema` and `docs/catalog.schema.json`: every sample profile, every
/// worked case's profile and every catalog file is valid, and the schemas do refuse what the
/// loader refuses.
@Suite struct JSONSchemaTests {
  static func files(_ directory: String, _ suffix: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(
      at: RepositoryFiles.url(directory), includingPropertiesForKeys: nil
    ).filter { $0.lastPathComponent.hasSuffix(suffix) }.sorted { $0.path < $1.path }
  }

  @Test func profileSchemaIsDraft2020AndRefusesUnknownFields() throws {
    let result = try runPolicyWizard(["schema", "--format", "json-schema"])
    try #require(result.status == 0, "\(result)")
    let schema = try JSONOutput.object(result.stdout)
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["additionalProperties"] as? Bool == false)
    let properties = try #require(schema["properties"] as? [String: Any])
    for name in ["city", "applicant", "rd", "platforms", "asOf", "unknown", "enterpriseName"] {
      #expect(properties[name] != nil, "no \(name)")
    }
    let city = try #require(properties["city"] as? [String: Any])
    #expect((city["enum"] as? [Any])?.contains { $0 as? String == "hulunbuir" } == true)
  }

  @Test(JSONSchemaCheck.requirement) func everySampleAndCaseProfileIsValid() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let result = try runPolicyWizard(["schema", "--format", "json-schema"])
    try #require(result.status == 0, "\(result)")
    let schema = URL(fileURLWithPath: try scratch.write("profile.schema.json", result.stdout))

    var instances = try Self.files("Data/samples", ".json")
    #expect(instances.count >= 5)
    var cases = 0
    for file in try Self.files("Data/cases", ".yaml") {
      let root = try DataNodeParser.parse(
        try String(contentsOf: file, encoding: .utf8), file: file.path)
      guard case .sequence(let items, _)? = root["cases"] else {
        Issue.record("\(file.path) has no cases")
        continue
      }
      for (index, item) in items.enumerated() {
        guard let profile = item["profile"] else { continue }
        let url = scratch.url.appendingPathComponent(
          "\(file.deletingPathExtension().lastPathComponent)-\(index + 1).json")
        try JSONSchemaCheck.write(JSONSchemaCheck.json(profile), to: url)
        instances.append(url)
        cases += 1
      }
    }
    #expect(cases > 20, "\(cases) case profiles")
    let problems = try JSONSchemaCheck.problems(schema: schema, instances: instances)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")

    // And the schema is not vacuous: what the decoder refuses, it refuses.
    let bad = [
      #"{"city": "hohhot", "applicant": "enterprise", "highTec": "new"}"#, #"{"city": "beijing"}"#,
      #"{"applicant": "enterprise"}"#,
      #"{"city": "hohhot", "applicant": "enterprise", "rd": {"lastYear": -5}}"#,
      #"{"city": "hohhot", "applicant": "enterprise", "platforms": [{"type": "keyLab", "colour": "red"}]}"#,
    ]
    for (index, text) in bad.enumerated() {
      let url = URL(fileURLWithPath: try scratch.write("bad-\(index).json", text))
      let found = try JSONSchemaCheck.problems(schema: schema, instances: [url])
      #expect(!found.isEmpty, "accepted \(text)")
    }
  }

  @Test(JSONSchemaCheck.requirement) func everyCatalogFileIsValidAgainstTheCatalogSchema() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let schema = RepositoryFiles.url("docs/catalog.schema.json")
    var instances: [URL] = []
    for file in try Self.files("Data/catalog", ".yaml") {
      let root = try DataNodeParser.parse(
        try String(contentsOf: file, encoding: .utf8), file: file.path)
      let url = scratch.url.appendingPathComponent(
        file.deletingPathExtension().lastPathComponent + ".json")
      try JSONSchemaCheck.write(JSONSchemaCheck.json(root), to: url)
      instances.append(url)
    }
    #expect(instances.count >= 6)
    let problems = try JSONSchemaCheck.problems(schema: schema, instances: instances)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")

    // What the loader refuses for its shape, the schema refuses too; each bad document differs
    // from the good one in one thing.
    let head = "id: x\ntitle: t\narticleCount: 1\n"
    let article = "articles: [{ article: 1, text: t, benefits: [BENEFIT] }]"
    let good = head + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a, kind: reform }")
    let goodURL = scratch.url.appendingPathComponent("good.json")
    try JSONSchemaCheck.write(
      JSONSchemaCheck.json(try DataNodeParser.parse(good, file: "good")), to: goodURL)
    #expect(try JSONSchemaCheck.problems(schema: schema, instances: [goodURL]).isEmpty)
    let bad = [
      head + "statuz: draft\n"
        + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a, kind: reform }"),
      head
        + article.replacingOccurrences(
          of: "BENEFIT", with: "{ id: a, kind: money, amount: { fixed: 10万, upTo: 20万 } }"),
      head + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a, kind: gift }"),
      head + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a }"),
      "id: x\ntitle: t\n"
        + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a, kind: reform }"),
      head + "articles: [{ article: 1, text: t, benfits: [] }]",
      "facts: [{ name: x, type: enum }]",
      head + "en: { titel: T }\n"
        + article.replacingOccurrences(of: "BENEFIT", with: "{ id: a, kind: reform }"),
    ]
    for (index, text) in bad.enumerated() {
      let url = scratch.url.appendingPathComponent("bad-\(index).json")
      try JSONSchemaCheck.write(
        JSONSchemaCheck.json(try DataNodeParser.parse(text, file: "bad")), to: url)
      let found = try JSONSchemaCheck.problems(schema: schema, instances: [url])
      #expect(!found.isEmpty, "accepted \(text)")
    }
  }
}
