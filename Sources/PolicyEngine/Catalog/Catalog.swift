/// The loaded, checked catalog: the fact table and every document.
public struct Catalog: Sendable {
  public var facts: [FactDefinition]
  public var documents: [PolicyDocument]
  /// Every benefit, flattened in catalog order, for evaluation.
  public var benefits: [BenefitLocation]
  /// A short fingerprint of the catalog's text, saved with cases and reports.
  public var version: String
  /// What the rules found that does not stop the catalog from loading (severity warning).
  public internal(set) var warnings: [InputProblem] = []

  /// The catalog's date, as reports and `--version` show it: its newest document's (published,
  /// or in force from).
  public var date: CalendarDay? {
    documents.flatMap { [$0.published, $0.effectiveFrom] }.compactMap { $0 }.max()
  }

  public func fact(named name: String) -> FactDefinition? {
    factIndex[name].map { facts[$0] }
  }

  /// The id of the fact with this name: for a caller that needs one field of the definition
  /// (`facts[id].type`), where `fact(named:)` copies all of it, retaining each of its texts (a
  /// profile read does it for every field, the server for every request).
  public func factID(named name: String) -> FactID? { factIndex[name] }

  public func document(_ id: String) -> PolicyDocument? {
    documents.first(where: { $0.id == id })
  }

  public subscript(location: BenefitLocation) -> Benefit {
    // Borrowed in place: `catalog[location].id` reads one field without copying (retaining)
    // the whole benefit, which the result writers do for every entry.
    _read {
      yield documents[location.document].articles[location.article].benefits[location.benefit]
    }
  }

  public func article(of location: BenefitLocation) -> Article {
    documents[location.document].articles[location.article]
  }

  private var factIndex: [String: FactID]

  init(facts: [FactDefinition], documents: [PolicyDocument], version: String) {
    self.facts = facts
    self.documents = documents
    self.version = version
    self.factIndex = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0.id) })
    var benefits: [BenefitLocation] = []
    for (d, document) in documents.enumerated() {
      for (a, article) in document.articles.enumerated() {
        for b in article.benefits.indices {
          benefits.append(BenefitLocation(document: d, article: a, benefit: b))
        }
      }
    }
    self.benefits = benefits
  }
}

/// Where a benefit sits in the catalog.
public struct BenefitLocation: Hashable, Sendable {
  public var document: Int
  public var article: Int
  public var benefit: Int
}
