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
  @Flag(help: "Print the JSON Schema of the evaluation result instead of the profile's.")
  var output = false
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    if output {
      print(EvaluationReport.jsonSchema())
      return
    }
    let catalog = try catalogOptions.load()
    switch format {
    case .json: print(ProfileSchema(catalog: catalog, language: language.forJSON).json())
    case .jsonSchema:
      print(ProfileSchema(catalog: catalog, language: language.forJSON).jsonSchema())
    case .text:
      print(ProfileSchema(catalog: catalog, language: language.forText()).text(), terminator: "")
    }
  }
}
