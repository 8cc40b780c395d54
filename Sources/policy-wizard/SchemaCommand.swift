import ArgumentParser
import PolicyEngine

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema", abstract: "Print the profile's fields, their types and allowed values.")

  @Option(help: "Output format: json or text.") var format: PoliciesCommand.Format = .text
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let schema = ProfileSchema(catalog: catalog)
    switch format {
    case .json: print(schema.json())
    case .text: print(schema.text(), terminator: "")
    }
  }
}
