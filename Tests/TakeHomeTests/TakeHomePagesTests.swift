import DefaultCatalog
import PolicyEngine
import TakeHome
import Testing

/// Issue 16, defect 6: at the smallest kiosk (80×24, version 5) the take-home result is whole
/// across several codes, each a message of its own; zbarimg reads every code back, and every
/// benefit the result counts — its certainty badge, amount and citation, as the result screen
/// and the report word them — is in one of the messages, with the totals.
@Suite struct TakeHomePagesTests {
  @Test(QRImage.zbarimgRequirement, arguments: TakeHomeCodeTests.sampleNames)
  func everyBenefitIsInTheDecodedCodes(sample: String) throws {
    let (_, result, profile) = try TakeHomeCodeTests.code(sample)
    let catalog = DefaultCatalog.catalog
    let pages = TakeHomePages(
      catalog: catalog, profile: profile, result: result,
      maximumVersion: TakeHomeCodeTests.smallest
    ).pages
    var decoded: [String] = []
    for page in pages {
      #expect(page.code.version <= TakeHomeCodeTests.smallest)
      let modules = QRImage.modules(fromHalfBlockLines: page.code.halfBlockLines())
      let text = try QRImage.decode(QRImage.png(modules))
      #expect(text == page.text)
      decoded.append(text)
    }
    let all = decoded.joined(separator: "\n")
    // The messages' lines after their headers, run together: a long line broken across
    // codes reads whole here.
    let body = decoded.map { $0.split(separator: "\n").dropFirst().joined() }.joined()
    let explainer = Explainer(catalog: catalog)
    let counted = result.matches.filter { $0.stackedOut == nil && $0.amount != nil }
    for outcome in counted {
      let amount = try #require(outcome.amount.map(explainer.amount))
      let line =
        (outcome.certainty.map(explainer.certaintyBadge) ?? "") + amount + " "
        + explainer.citation(outcome.location)
      #expect(body.contains(line), "\(sample): “\(line)” is in no code:\n\(all)")
    }
    for line in explainer.totalsText(result) {
      #expect(body.contains(line), "\(sample): the totals line “\(line)”:\n\(all)")
    }
    #expect(!all.contains("详见完整报告"), "\(all)")
    if pages.count > 1 {
      for (index, text) in decoded.enumerated() {
        let header = text.split(separator: "\n").first ?? ""
        #expect(header.hasPrefix(result.asOf.description), "each message names its day")
        #expect(header.hasSuffix(" \(index + 1)/\(pages.count)"), "\(header)")
      }
    }
  }
}
