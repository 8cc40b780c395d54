import ArgumentParser
import PolicyEngine

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema", abstract: "Print the profile's fields, their types and allowed values.",
    discussion: """
      --format json-schema prints a JSON Schema (draft 2020-12) of the profile, for editors \
      that check a profile while it is typed; docs/catalog.schema.json is the catalog's.

      Example:
        policy-wizard schema --format json-schema > profile.schema.json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
    case jsonSchema = "json-schema"
  }

  @Option(help: ArgumentHelp("Output format: json, json-schema or text.", valueName: "FORMAT"))
  var format: Format = .text
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let schema = ProfileSchema(catalog: catalog)
    switch format {
    case .json: print(schema.json())
    case .jsonSchema: print(schema.jsonSchema())
    case .text: print(schema.text(), terminator: "")
    }
  }
}
