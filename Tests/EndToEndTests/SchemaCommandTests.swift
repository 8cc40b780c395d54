import Foundation
import PolicyEngine
import Testing

/// `policy-wizard schema`: the profile's fields, read off the catalog, as text and as JSON.
@Suite struct SchemaCommandTests {
  static func factNames() throws -> [String] {
    try CatalogLoader.load(directory: RepositoryFiles.url("Data/catalog")).facts.map(\.name)
  }

  @Test func textNamesEveryField() throws {
    let result = try runPolicyWizard(["schema"])
    try #require(result.status == 0, "\(result)")
    let names = try Self.factNames()
    #expect(names.count > 20)
    let fields = [
      "city", "applicant", "highTech", "rd", "platforms", "asOf", "includeDrafts", "unknown",
    ]
    for name in Set(names + fields) {
      #expect(result.stdout.contains("  \(name) "), "schema does not name \(name)")
    }
    #expect(result.stdout.contains(".lastYear"))
    #expect(result.stdout.contains("hulunbuir"))
  }

  @Test func jsonListsEveryFact() throws {
    let result = try runPolicyWizard(["schema", "--format", "json"])
    try #require(result.status == 0, "\(result)")
    let schema = try JSONOutput.object(result.stdout)
    let fields = JSONOutput.objects(schema["fields"])
    #expect(fields.map { $0["name"] as? String ?? "" } == (try Self.factNames()))

    let rd = try #require(fields.first { $0["name"] as? String == "rd" })
    #expect(
      JSONOutput.objects(rd["fields"]).map { $0["name"] as? String } == ["lastYear", "yearBefore"])
    let city = try #require(fields.first { $0["name"] as? String == "city" })
    #expect((city["values"] as? [String: Any])?["ordos"] as? String == "鄂尔多斯市")
  }
}
