/// The back-off on the operator's PIN: after each wrong PIN the prompt refuses input for longer
/// (1 s, 2 s, 4 s … at most 5 minutes), so that trying every PIN takes years, not seconds.
///
/// It belongs to the terminal, not to a visitor: the idle reset that wipes a visitor's answers
/// keeps it, and so does opening a case. Time is the wizard's own clock (`WizardState.clock`,
/// advanced by `.timePassed`), so tests move it without sleeping. The count lives as long as
/// the process; the operator log (`kiosk.operatorLog`) keeps every failed attempt.
public struct OperatorLock: Sendable, Equatable {
  /// Wrong PINs so far.
  public internal(set) var failedAttempts = 0
  /// The clock reading (milliseconds) until which the prompt refuses input.
  public internal(set) var lockedUntil = 0

  public static let firstDelayMilliseconds = 1_000
  public static let maximumDelayMilliseconds = 300_000

  public init() {}

  /// How long the prompt stays locked after the `failures`-th wrong PIN: 1 s, doubling, capped.
  public static func delayMilliseconds(afterFailures failures: Int) -> Int {
    guard failures > 0 else { return 0 }
    var delay = firstDelayMilliseconds
    for _ in 1..<min(failures, 32) where delay < maximumDelayMilliseconds { delay *= 2 }
    return min(delay, maximumDelayMilliseconds)
  }

  /// Milliseconds left before the prompt takes input again; 0 when it does now.
  public func remainingMilliseconds(at clock: Int) -> Int { max(0, lockedUntil - clock) }

  public func isLocked(at clock: Int) -> Bool { remainingMilliseconds(at: clock) > 0 }

  mutating func recordFailure(at clock: Int) {
    failedAttempts += 1
    lockedUntil = clock + Self.delayMilliseconds(afterFailures: failedAttempts)
  }
}
