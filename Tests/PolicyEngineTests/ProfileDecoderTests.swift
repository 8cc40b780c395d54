import PolicyEngine
import Testing

@Suite struct ProfileDecoderTests {
  let catalog = try! Fixtures.catalog()

  func decodeProblem(_ json: String) -> ProfileProblem? {
    do {
      _ = try ProfileDecoder(catalog: catalog).decode(json)
      return nil
    } catch {
      return error
    }
  }

  @Test func unknownCityNamesTheAllowedValues() throws {
    let problem = try #require(decodeProblem(#"{"city":"beijing"}"#))
    #expect(problem.field == "city")
    #expect(problem.message.contains("'beijing' is not allowed"))
    #expect(problem.message.contains("hohhot, baotou, ordos, hulunbuir"))
  }

  @Test func cityIsRequired() throws {
    #expect(try #require(decodeProblem(#"{"highTech":"new"}"#)).field == "city")
  }

  @Test func negativeAndNonNumericAmounts() throws {
    let negative = try #require(
      decodeProblem(#"{"city":"ordos","applicant":"enterprise","rd":{"lastYear":-5}}"#))
    #expect(negative.field == "rd.lastYear")
    #expect(negative.message.contains("must not be negative"))
    let text = try #require(
      decodeProblem(#"{"city":"ordos","applicant":"enterprise","rd":{"lastYear":"lots"}}"#))
    #expect(text.message.contains("must be a sum of money"))
  }

  @Test func unknownPlatformType() throws {
    let problem = try #require(
      decodeProblem(#"{"city":"ordos","applicant":"enterprise","platforms":[{"type":"castle"}]}"#))
    #expect(problem.field == "platforms[0].type")
    #expect(problem.message.contains("keyLab, incubator"))
  }

  @Test func badDateAndBadJSON() throws {
    #expect(
      try #require(decodeProblem(#"{"city":"ordos","applicant":"enterprise","asOf":"2026-02-30"}"#))
        .field == "asOf")
    let broken = try #require(decodeProblem(#"{"city": "ordos", "applicant": "enterprise", "#))
    #expect(broken.message.contains("not valid"))
  }

  @Test func unknownFieldListsTheFields() throws {
    let problem = try #require(
      decodeProblem(#"{"city":"ordos","applicant":"enterprise","turnover":5}"#))
    #expect(problem.message.contains("is not a profile field"))
    #expect(problem.message.contains("highTech"))
  }

  @Test func amountsMayCarryUnits() throws {
    let profile = try ProfileDecoder(catalog: catalog).decode(
      #"{"city":"ordos","applicant":"enterprise","investment":"0.8亿"}"#)
    #expect(
      profile[try #require(catalog.fact(named: "investment")).id] == .number(Money.wan(8000).fen))
  }
}
