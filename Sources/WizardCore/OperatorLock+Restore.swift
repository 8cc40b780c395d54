/// The PIN back-off carried over from an earlier run of the kiosk (kept beside the operator log
/// by the program): a restart — a crash, a power cut, a visitor's way to reset it — must not
/// give an attacker fresh tries.
extension OperatorLock {
  /// The longest PIN the prompt takes: the configuration allows no longer one, and what is
  /// typed (or pasted) beyond it is dropped at once.
  public static let longestPIN = 32

  /// A back-off after `failedAttempts` wrong PINs that still has `remainingMilliseconds` to
  /// run from the wizard's clock reading `clock`.
  public init(failedAttempts: Int, remainingMilliseconds: Int, at clock: Int = 0) {
    self.failedAttempts = max(0, failedAttempts)
    lockedUntil = clock + min(max(0, remainingMilliseconds), Self.maximumDelayMilliseconds)
  }
}

extension WizardState {
  /// Starts from the back-off of an earlier run (`OperatorLock.init(failedAttempts:…)`).
  public mutating func restore(operatorLock: OperatorLock) {
    self.operatorLock = operatorLock
  }
}
