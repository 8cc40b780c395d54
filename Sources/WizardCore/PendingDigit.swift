/// Two-digit picking on a long list: the first digit waits, shown beside the list, for a second
/// one; when none follows in time it is taken alone. Time comes in as `.timePassed` events (the
/// session's timer), so the wait is tested with a set clock.
extension WizardState {
  /// How long the first digit waits for a second one.
  public static let pendingDigitMilliseconds = 1000

  /// Whether the session must wake up soon although no key comes: a digit is waiting.
  public var isWaitingForDigit: Bool { !flow.pendingDigits.isEmpty }

  /// Takes the waiting digit alone once its time is up.
  mutating func expirePendingDigit() {
    guard !flow.pendingDigits.isEmpty,
      clock - flow.pendingDigitsSince >= Self.pendingDigitMilliseconds
    else { return }
    pickNumber(flow.pendingDigits, final: true)
  }
}
