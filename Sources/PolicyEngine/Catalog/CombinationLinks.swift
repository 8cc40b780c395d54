/// Checks of the links that make benefits compete for the same thing (docs/combination.md):
/// a `subject` links benefits of different documents of one city, and `sameThingAs` names a
/// benefit that exists, in the same city or the region.
enum CombinationLinks {
  static func problems(in documents: [PolicyDocument]) -> [InputProblem] {
    var problems: [InputProblem] = []
    // Every use of a subject, by city.
    var uses: [String: [(document: Int, benefit: Benefit)]] = [:]
    for (d, document) in documents.enumerated() {
      for article in document.articles {
        for benefit in article.benefits {
          guard let subject = benefit.subject else { continue }
          guard let city = document.city else {
            problems.append(
              InputProblem(
                file: document.file, line: benefit.line,
                message:
                  "benefit '\(benefit.id)' has subject '\(subject)', but a subject links benefits of one city's documents and this document is the region's: remove it"
              ))
            continue
          }
          uses["\(city)/\(subject)", default: []].append((d, benefit))
        }
      }
    }
    for (key, list) in uses {
      let subject = String(key.split(separator: "/", maxSplits: 1).last ?? "")
      if Set(list.map(\.document)).count < 2 {
        for use in list {
          problems.append(
            InputProblem(
              file: documents[use.document].file, line: use.benefit.line,
              message:
                "subject '\(subject)' of benefit '\(use.benefit.id)' is not shared with another document of the city: inside one document use group (tiers of one clause) or sameThingAs with a sameThingNote; check the spelling"
            ))
        }
      }
    }
    // sameThingAs: the named benefit exists, and belongs to the same city or the region.
    let catalog = Catalog(facts: [], documents: documents, version: "")
    for (d, document) in documents.enumerated() {
      for article in document.articles {
        for benefit in article.benefits {
          for reference in benefit.sameThingAs {
            guard let other = catalog.location(of: reference, from: d) else {
              problems.append(
                InputProblem(
                  file: document.file, line: benefit.line,
                  message:
                    "sameThingAs '\(reference)' of benefit '\(benefit.id)' names no benefit: write article/benefit-id, or document-id/article/benefit-id"
                ))
              continue
            }
            let city = documents[other.document].city
            if let city, let own = document.city, city != own {
              problems.append(
                InputProblem(
                  file: document.file, line: benefit.line,
                  message:
                    "sameThingAs '\(reference)' of benefit '\(benefit.id)' names a benefit of another city"
                ))
            }
          }
        }
      }
    }
    return problems.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
  }
}
