import ArgumentParser
import PolicyEngine
import ScreenKit

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare", abstract: "Compare what the same profile gets in each city.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  @OptionGroup var input: ProfileOptions
  @Option(help: "Output format: json or text.") var format: Format = .text
  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    let profile = try input.read(catalog: catalog)
    guard let city = catalog.fact(named: "city"), case .enumeration(let cities) = city.type else {
      return
    }
    let rows = CityComparison(catalog: catalog).rows(profile)
    let explainer = Explainer(catalog: catalog)
    switch format {
    case .json:
      let entries = rows.map { row -> String in
        let report = EvaluationReport(result: row.result, profile: profile, explainer: explainer)
        return "\"\(cities.names[row.city])\": \(report.json())"
      }
      print("{\n" + entries.joined(separator: ",\n") + "\n}")
    case .text:
      let report = TextReport(explainer: explainer)
      print("盟市".padded(toWidth: 14) + "合计".padded(toWidth: 24) + "资金项目")
      for row in rows {
        let paying = row.result.matches.filter { $0.amount != nil && $0.stackedOut == nil }
        print(
          cities.label(row.city).padded(toWidth: 14)
            + report.totals(row.result.totals).padded(toWidth: 24)
            + "\(paying.count)")
      }
    }
  }
}
