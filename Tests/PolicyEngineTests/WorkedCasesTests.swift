import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// Runs the hand-worked cases of `Data/cases/*.yaml` against the shipped catalog, through the
/// same `WorkedCases` runner as `policy-wizard test`.
@Suite struct WorkedCasesTests {
  struct Named: CustomTestStringConvertible, Sendable {
    var workedCase: WorkedCases.Case?
    var failure: WorkedCases.Failure?
    var testDescription: String {
      workedCase.map { "\($0.file): \($0.name)" } ?? failure?.description ?? "?"
    }
  }

  static let cases: [Named] = RepositoryFiles.files(in: "Data/cases").flatMap { url -> [Named] in
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    switch WorkedCases.cases(in: text, file: url.lastPathComponent) {
    case .success(let cases): return cases.map { Named(workedCase: $0) }
    case .failure(let failure): return [Named(failure: failure)]
    }
  }

  @Test func thereAreCasesForEveryDocument() {
    let files = Set(Self.cases.compactMap { $0.workedCase?.file })
    #expect(files.isSuperset(of: ["hohhot.yaml", "ordos.yaml", "hulunbuir.yaml", "region.yaml"]))
    #expect(Self.cases.count >= 40)
  }

  @Test(arguments: cases)
  func workedCase(_ named: Named) throws {
    let workedCase = try #require(named.workedCase, "\(named.failure.map { "\($0)" } ?? "")")
    for failure in WorkedCases(catalog: DefaultCatalog.catalog).run(workedCase) {
      Issue.record("\(failure)")
    }
  }

  /// The runner itself: a typo in a key, an unreadable sum, a wrong amount and a wrong
  /// certainty each fail, with the line of the offending value.
  @Test func theRunnerRefusesWhatItCannotCheck() throws {
    let text = """
      cases:
        - name: 呼伦贝尔：首次认定高企
          profile: { city: hulunbuir, applicant: enterprise, highTech: new, asOf: 2026-06-01 }
          matchs: []
          matches:
            - { benefit: hulunbuir-draft/1/high-tech-first, min: 5O万 }
            - { benefit: hulunbuir-draft/1/high-tech-first, max: 60万 }
            - { benefit: hulunbuir-draft/1/no-such-benefit }
          certainty: { hulunbuir-draft/1/high-tech-first: certain }
          totals: { min: 50万, certian: 50万 }
      """
    let cases = try WorkedCases.cases(in: text, file: "bad.yaml").get()
    let failures = WorkedCases(catalog: DefaultCatalog.catalog).run(try #require(cases.first))
    let messages = failures.map { "\($0.line): \($0.message)" }
    #expect(messages.contains { $0.hasPrefix("4: unknown key 'matchs'") }, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("6:") && $0.contains("'5O万' is not a sum") })
    #expect(messages.contains { $0.hasPrefix("7:") && $0.contains("max: got 50万元") })
    #expect(messages.contains { $0.hasPrefix("8:") && $0.contains("names no benefit") })
    // A draft's sum is 征求意见稿, never 确定.
    #expect(messages.contains { $0.hasPrefix("9:") && $0.contains("certainty: draft") })
    #expect(messages.contains { $0.hasPrefix("10:") && $0.contains("unknown key 'certian'") })
    #expect(failures.count == 6, "\(messages)")
  }
}
