import ArgumentParser
import Foundation
import PolicyEngine

struct PoliciesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policies", abstract: "List the catalog's clauses, or show one.",
    discussion: """
      Example:
        policy-wizard policies show hulunbuir-draft/1
      """,
    subcommands: [List.self, Show.self], defaultSubcommand: List.self)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List every clause.",
      discussion: """
        Example:
          policy-wizard policies list --format json
        """)
    @Option(help: ArgumentHelp("Output format: json or text.", valueName: "FORMAT"))
    var format: Format = .text
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      let catalog = try catalogOptions.load()
      switch format {
      case .json:
        let report = CatalogReport(catalog: catalog, language: language.forJSON)
        print(report.json(report.clauses()))
      case .text:
        let text = EngineText.of(language.forText())
        let report = CatalogReport(catalog: catalog, language: text.language)
        for document in catalog.documents {
          print("\(document.id)  \(report.documentLine(document, withNumber: false))")
          for article in document.articles {
            let summary = article.benefits.map { report.summary($0) }.joined(
              separator: text.separator)
            print(
              "  \(document.id)/\(article.number)  "
                + text.labelled(report.heading(document, article), summary))
          }
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one clause with its source text, e.g. ordos-2024/17.",
      discussion: """
        Example:
          policy-wizard policies show ordos-2024/17
        """)
    @Argument(help: ArgumentHelp("DOCUMENT/ARTICLE, e.g. ordos-2024/17.", valueName: "CLAUSE"))
    var id: String
    @Option(help: ArgumentHelp("Output format: json or text.", valueName: "FORMAT"))
    var format: Format = .text
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      let catalog = try catalogOptions.load()
      let (document, article) = try Self.clause(id, in: catalog)
      switch format {
      case .json:
        let report = CatalogReport(catalog: catalog, language: language.forJSON)
        print(report.json(report.clause(document, article)))
      case .text:
        let report = CatalogReport(catalog: catalog, language: language.forText())
        print(report.text(document, article))
      }
    }

    /// The clause `DOCUMENT/ARTICLE` names, or a message saying which part is wrong.
    static func clause(_ id: String, in catalog: Catalog) throws -> (PolicyDocument, Article) {
      let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      let ids = catalog.documents.map(\.id).joined(separator: ", ")
      guard parts.count == 2, let document = catalog.document(parts[0]) else {
        let guess = Suggestion.closest(
          to: parts.first ?? id, among: catalog.documents.map(\.id))
        throw CommandFailure.noSuchDocument(id, documents: ids, guess: guess)
      }
      guard let number = Int(parts[1]), let article = document.article(number) else {
        let numbers = document.articles.map(\.number)
        let range = numbers.isEmpty ? "none" : "\(numbers.min()!)–\(numbers.max()!)"
        let example = "\(document.id)/\(numbers.first ?? 1)"
        throw CommandFailure.noSuchArticle(
          id, document: document.id, range: range, example: example)
      }
      return (document, article)
    }
  }
}
