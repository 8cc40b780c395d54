/// `sameThingAs` names a benefit that exists (`article/benefit-id` in the same document, or
/// `document-id/article/benefit-id`), of the same city or the region, and says why in
/// `sameThingNote` (checked where the benefit is read).
enum SameThingAsNamesABenefit: Rule {
  static func check(_ documents: [PolicyDocument], into problems: inout [InputProblem]) {
    let catalog = Catalog(facts: [], documents: documents, version: "")
    for (d, document) in documents.enumerated() {
      for article in document.articles {
        for benefit in article.benefits {
          for reference in benefit.sameThingAs {
            guard let other = catalog.location(of: reference, from: d) else {
              problems.append(
                problem(
                  missingMessage(reference, benefit: benefit.id), file: document.file,
                  at: benefit.position))
              continue
            }
            if let city = documents[other.document].city, let own = document.city, city != own {
              problems.append(
                problem(
                  otherCityMessage(reference, benefit: benefit.id), file: document.file,
                  at: benefit.position))
            }
          }
        }
      }
    }
  }

  static func missingMessage(_ reference: String, benefit: String) -> String {
    "sameThingAs '\(reference)' of benefit '\(benefit)' names no benefit: write article/benefit-id, or document-id/article/benefit-id"
  }

  static func otherCityMessage(_ reference: String, benefit: String) -> String {
    "sameThingAs '\(reference)' of benefit '\(benefit)' names a benefit of another city"
  }
}
