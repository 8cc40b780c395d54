/// A `subject` links benefits of different documents of one city for 就高、从优、不重复
/// (docs/combination.md). One that no other document of the city shares links nothing — a
/// misspelling, or a link inside one document, which is what `group` (tiers of one clause) and
/// `sameThingAs` (an explicit, cited decision) say; a region document has no city to link in.
enum SubjectsLinkDocumentsOfOneCity: Rule {
  static func check(_ documents: [PolicyDocument], into problems: inout [InputProblem]) {
    var uses: [String: [(document: Int, benefit: Benefit)]] = [:]
    for (d, document) in documents.enumerated() {
      for article in document.articles {
        for benefit in article.benefits {
          guard let subject = benefit.subject else { continue }
          guard let city = document.city else {
            problems.append(
              problem(
                regionMessage(benefit: benefit.id, subject: subject), file: document.file,
                at: benefit.position))
            continue
          }
          uses["\(city)/\(subject)", default: []].append((d, benefit))
        }
      }
    }
    var unshared: [InputProblem] = []
    for (key, list) in uses where Set(list.map(\.document)).count < 2 {
      let subject = String(key.split(separator: "/", maxSplits: 1).last ?? "")
      for use in list {
        unshared.append(
          problem(
            unsharedMessage(benefit: use.benefit.id, subject: subject),
            file: documents[use.document].file, at: use.benefit.position))
      }
    }
    // In file order, whatever order the subjects were gathered in.
    problems += unshared.sorted { ($0.file, $0.position) < ($1.file, $1.position) }
  }

  static func regionMessage(benefit: String, subject: String) -> String {
    "benefit '\(benefit)' has subject '\(subject)', but a subject links benefits of one city's documents and this document is the region's: remove it"
  }

  static func unsharedMessage(benefit: String, subject: String) -> String {
    "subject '\(subject)' of benefit '\(benefit)' is not shared with another document of the city: inside one document use group (tiers of one clause) or sameThingAs with a sameThingNote; check the spelling"
  }
}
