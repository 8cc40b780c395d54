import ArgumentParser
import Foundation
import PolicyEngine

struct PoliciesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policies", abstract: "List the catalog's clauses, or show one.",
    subcommands: [List.self, Show.self], defaultSubcommand: List.self)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every clause.")
    @Option(help: "Output format: json or text.") var format: Format = .text
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
      let catalog = try catalogOptions.load()
      switch format {
      case .json:
        print(CatalogReport(catalog: catalog).json(CatalogReport(catalog: catalog).clauses()))
      case .text:
        let report = CatalogReport(catalog: catalog)
        for document in catalog.documents {
          let status = document.status == .draft ? "征求意见稿" : "施行"
          print("\(document.id)  \(document.title)［\(status)］")
          for article in document.articles {
            let summary = article.benefits.map { report.summary($0) }.joined(separator: "；")
            print("  \(document.id)/\(article.number)  \(Citation.of(document, article: article.number)) \(article.title)：\(summary)")
          }
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one clause with its source text, e.g. ordos-2024/17.")
    @Argument(help: "DOCUMENT/ARTICLE, e.g. ordos-2024/17.") var id: String
    @Option(help: "Output format: json or text.") var format: Format = .text
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
      let catalog = try catalogOptions.load()
      let parts = id.split(separator: "/").map(String.init)
      guard parts.count == 2, let document = catalog.document(parts[0]), let number = Int(parts[1]),
        let article = document.article(number)
      else {
        let ids = catalog.documents.map(\.id).joined(separator: ", ")
        throw CommandFailure("'\(id)' names no clause; write DOCUMENT/ARTICLE with DOCUMENT one of \(ids), e.g. ordos-2024/17")
      }
      let report = CatalogReport(catalog: catalog)
      switch format {
      case .json: print(report.json(report.clause(document, article)))
      case .text: print(report.text(document, article))
      }
    }
  }
}
