import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

@testable import policy_wizard

/// Issue 16, defect 9, in the session's own effects: the PIN back-off kept beside the operator
/// log (private, atomic, nothing of a visitor) and read back by the next run; a log that cannot
/// be written said to the operator; a print that runs too long killed and told.
@Suite struct KioskSessionEffectsTests {
  static func state() -> WizardState {
    WizardState(
      catalog: DefaultCatalog.catalog, size: Size(width: 100, height: 30),
      mode: .kiosk(KioskSettings(operatorPIN: "246813", canPrint: true)))
  }

  @Test func theBackOffIsKeptBesideTheLogAndSurvivesARestart() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = OperatorLog(path: directory.url.appendingPathComponent("operator.log").path)
    var effects = SessionEffects(printCommand: nil, helpDesk: nil, operatorLog: log)
    let started = Date()
    #expect(effects.perform(.operatorPINFailed(attempt: 7), state: Self.state()) == .answer(nil))

    let file = log.backOffPath
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix("failedAttempts 7\nlockedUntil "), "\(text)")
    #expect(!text.contains("246813"))
    let backOff = try #require(OperatorBackOff.read(path: file))
    #expect(backOff.failedAttempts == 7)
    // The seventh wrong PIN locks for 64 s: the next run starts with what is left of it.
    let lock = backOff.lock(at: started)
    #expect(lock.failedAttempts == 7)
    #expect((63_000...65_000).contains(lock.remainingMilliseconds(at: 0)), "\(lock)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(Set(leftovers) == ["operator.log", "operator.log.backoff"], "no temporary file left")

    // The right PIN (the kiosk's only way out) ends the back-off.
    #expect(effects.perform(.quit, state: Self.state()) == .quit)
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  @Test func anUnwritableLogIsShownToTheOperator() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = OperatorLog(path: directory.url.appendingPathComponent("missing/operator.log").path)
    var effects = SessionEffects(printCommand: nil, helpDesk: nil, operatorLog: log)
    let outcome = effects.perform(.operatorPINFailed(attempt: 1), state: Self.state())
    guard case .answer(.noticePosted(let notice)?) = outcome else {
      Issue.record("nothing said: \(outcome)")
      return
    }
    #expect(notice.hasPrefix("操作员日志无法写入（"), "\(notice)")
    #expect(notice.contains("kiosk.operatorLog"))
  }

  @Test func aPrintPastItsTimeoutIsKilledAndTold() throws {
    var effects = SessionEffects(
      printCommand: "sleep 100000", printTimeoutSeconds: 1, helpDesk: nil, operatorLog: nil)
    let state = Self.state()
    #expect(effects.perform(.print("report"), state: state) == .answer(.noticePosted("已发送打印")))
    #expect(
      effects.perform(.print("report"), state: state)
        == .answer(.noticePosted("上一份仍在打印，请稍候")))
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(30)
    var events: [WizardEvent] = []
    while events.isEmpty, clock.now < deadline {
      events = effects.pendingEvents()
      if events.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
    }
    #expect(events == [.printFailed(.timedOut(seconds: 1))])
    #expect(effects.perform(.print("report"), state: state) == .answer(.noticePosted("已发送打印")))
    effects.endPrintJob()
  }
}
