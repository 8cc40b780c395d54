import ArgumentParser
import PolicyEngine
import ScreenKit

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare", abstract: "Compare what the same profile gets in each city.",
    discussion: """
      Example:
        policy-wizard compare Data/samples/1-hohhot-dairy-tech.json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @OptionGroup var input: ProfileOptions
  @Option(help: ArgumentHelp("Output format: json or text.", valueName: "FORMAT"))
  var format: Format = .text
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    guard let city = catalog.fact(named: "city"), case .enumeration(let cities) = city.type else {
      return
    }
    switch format {
    case .json:
      if let json = CityComparison.json(profile, catalog: catalog, language: language.forJSON) {
        printJSON(json)
      }
    case .text:
      let rows = CityComparison(catalog: catalog).rows(profile)
      let language = language.forText()
      let explainer = Explainer(catalog: catalog, language: language)
      let strings = CLIStrings.of(language)
      // Per city, the totals lines every output prints (合计, 确定, 征求意见稿 …).
      for (index, row) in rows.enumerated() {
        let paying = row.result.matches.filter { $0.amount != nil && $0.stackedOut == nil }
        if index > 0 { print("") }
        print(strings.cityHeading(cities.label(row.city, in: language), paying.count))
        for line in explainer.totalsText(row.result) { print("  \(line)") }
      }
    }
  }
}
