import DefaultCatalog
import PolicyEngine
import Testing

@Suite struct ProfileEncoderTests {
  /// Every worked case's profile survives a round trip through JSON unchanged.
  @Test(arguments: WorkedCasesTests.cases)
  func roundTrip(_ named: WorkedCasesTests.Named) throws {
    let catalog = DefaultCatalog.catalog
    let workedCase = try #require(named.workedCase, "\(named.testDescription)")
    let profile = try ProfileDecoder(catalog: catalog).decode(
      try #require(workedCase.node["profile"]))
    let json = ProfileEncoder(catalog: catalog).json(profile)
    #expect(try ProfileDecoder(catalog: catalog).decode(json) == profile, "\(json)")
  }

  @Test func fenSurviveAsDecimals() throws {
    let catalog = DefaultCatalog.catalog
    let profile = try ProfileDecoder(catalog: catalog).decode(
      #"{"city":"ordos","applicant":"enterprise","rd":{"lastYear":1234.56}}"#)
    let json = ProfileEncoder(catalog: catalog).json(profile, pretty: false)
    #expect(json.contains("1234.56"))
    #expect(try ProfileDecoder(catalog: catalog).decode(json) == profile)
  }
}
