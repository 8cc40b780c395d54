import Foundation
import Testing

/// `helpDesk.touchKeypad` (issue 16): a help desk on a touch screen asks for the on-screen
/// keypad; anything but true or false is refused with the file, the line and what is allowed.
@Suite struct TouchKeypadConfigurationTests {
  @Test func touchKeypadIsTrueOrFalse() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let environment: [String: String?] = ["TERM": "xterm-256color", "ACCESSIBLE": nil]
    let accepted = try directory.write("touch.yaml", "helpDesk:\n  touchKeypad: true\n")
    // Read and accepted: the run fails later only for want of a terminal (69), as any kiosk.
    let kiosk = try runPolicyWizard(["--kiosk", "--config", accepted], environment: environment)
    #expect(kiosk.status == 69, "\(kiosk)")
    let wrong = try directory.write("wrong.yaml", "helpDesk:\n  touchKeypad: sometimes\n")
    let refused = try runPolicyWizard(["--config", wrong], environment: environment)
    #expect(refused.status == 78, "\(refused)")
    #expect(
      refused.stderr.contains("\(wrong):2: helpDesk.touchKeypad must be true or false"),
      "\(refused)")
  }
}
