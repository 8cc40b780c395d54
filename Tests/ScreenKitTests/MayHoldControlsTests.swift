import ScreenKit
import Testing

/// The byte-level check that lets `terminalSafe` and the JSON output skip their scalar-by-scalar
/// pass: it must say yes for every scalar the pass would change, and no for every other.
@Suite struct MayHoldControlsTests {
  /// Every scalar of the Basic Multilingual Plane and a sample of the others, alone and between
  /// letters (so that a byte pattern split across neighbours is seen too).
  @Test(arguments: [false, true], [false, true])
  func everyScalarIsJudgedAsTheScalarPassWould(newlinesToo: Bool, lineSeparatorsToo: Bool) {
    func expected(_ value: UInt32) -> Bool {
      value < 0x20 && (value != 0x0A || newlinesToo) || (0x7F...0x9F).contains(value)
        || lineSeparatorsToo && (value == 0x2028 || value == 0x2029)
    }
    var wrong: [UInt32] = []
    let values: [UInt32] =
      Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1_0000, 0x1_F600, 0x10_FFFF]
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a" + String(Character(scalar)) + "中"
      if text.mayHoldControls(newlinesToo: newlinesToo, lineSeparatorsToo: lineSeparatorsToo)
        != expected(value)
      {
        wrong.append(value)
      }
    }
    #expect(wrong.isEmpty, "judged wrongly: \(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func aLongReportWithoutControlsIsLeftAsItIs() {
    let report = String(repeating: "呼伦贝尔 (1) · CNY 500,000\n", count: 1000)
    #expect(!report.mayHoldControls(newlinesToo: false, lineSeparatorsToo: true))
    #expect(report.terminalSafe(keepingNewlines: true) == report)
  }
}
