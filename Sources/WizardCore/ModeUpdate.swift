import PolicyEngine
import ScreenKit

/// The self-service terminal's welcome, idle countdown, reset and operator exit; the demo's
/// autoplay and hand-over.
extension WizardState {
  /// Milliseconds of inactivity after which the countdown shows, and after which all is wiped.
  /// The result screen has a much shorter idle time: the next visitor must not find it.
  var kioskTimes: (countdownAt: Int, resetAt: Int)? {
    guard case .kiosk(let settings) = mode else { return nil }
    let idle =
      currentFact == nil
      ? min(settings.idleSeconds, settings.resultIdleSeconds) : settings.idleSeconds
    return (idle * 1000, (idle + settings.countdownSeconds) * 1000)
  }

  /// Whole seconds left before the reset, while the countdown shows.
  public var kioskCountdown: Int? {
    guard case .countdown = modal, let times = kioskTimes else { return nil }
    return max(0, (times.resetAt - idleMilliseconds + 999) / 1000)
  }

  /// Whether this visitor has left anything behind (answers, or a step past the first).
  var profileTouched: Bool {
    !answered.isEmpty || profile != Profile(factCount: catalog.facts.count)
      || currentFact != catalog.fact(named: "city")?.id
  }

  mutating func timePassed(_ milliseconds: Int) -> [WizardEffect] {
    clock += max(0, milliseconds)
    idleMilliseconds += milliseconds
    if let times = kioskTimes, profileTouched || !showingWelcome {
      if idleMilliseconds >= times.resetAt {
        self = fresh()
        return []
      }
      if idleMilliseconds >= times.countdownAt {
        if case .countdown = modal {} else { modal = .countdown(over: modal) }
      }
    }
    guard var progress = demo, case .demo(let settings) = mode else { return [] }
    progress.sinceLastKey += milliseconds
    if currentFact == nil, modal == nil {
      progress.holding += milliseconds
      if progress.holding >= settings.holdMilliseconds {
        var next = fresh()
        next.demo = DemoProgress(sample: (progress.sample + 1) % settings.samples.count)
        self = next
        return []
      }
      demo = progress
      return []
    }
    // One key per elapsed interval, keeping the remainder, so the pace does not depend on how
    // often the session wakes up (a few keys at most per wake-up, so a stall does not race).
    let player = DemoPlayer(target: settings.samples[progress.sample].profile)
    var keys = 0
    while progress.sinceLastKey >= settings.keyMilliseconds, keys < 4, currentFact != nil {
      progress.sinceLastKey -= settings.keyMilliseconds
      keys += 1
      demo = progress
      guard let key = player.nextKey(self) else { break }
      _ = handleKey(key)
    }
    if progress.sinceLastKey >= settings.keyMilliseconds { progress.sinceLastKey = 0 }
    demo = progress
    return []
  }

  /// Whole seconds the PIN prompt still refuses input after a wrong PIN; nil when it takes it.
  public var pinLockSeconds: Int? {
    let remaining = operatorLock.remainingMilliseconds(at: clock)
    return remaining > 0 ? (remaining + 999) / 1000 : nil
  }

  /// The PIN prompt's keys.
  mutating func pinKey(_ key: Key, _ pin: String, _ settings: KioskSettings) -> [WizardEffect] {
    var pin = pin
    if operatorLock.isLocked(at: clock) {
      // After a wrong PIN the prompt takes nothing, not even Enter, until the wait is over.
      if key == .escape { modal = nil }
      return []
    }
    switch key {
    case .enter:
      modal = nil
      if let expected = settings.operatorPIN, pin == expected { return [.quit] }
      operatorLock.recordFailure(at: clock)
      notice = strings.wrongPIN
      return [.operatorPINFailed(attempt: operatorLock.failedAttempts)]
    case .escape: modal = nil
    case .backspace:
      if !pin.isEmpty { pin.removeLast() }
      modal = .pinEntry(pin)
    case .character(let character) where character.isNumber || character.isLetter:
      pin.append(character)
      modal = .pinEntry(pin)
    default: break
    }
    return []
  }

  /// Input while the demo plays: any key or click hands it over to the presenter, with the
  /// answers so far.
  mutating func demoInput(_ event: WizardEvent) -> [WizardEffect]? {
    switch event {
    case .keyPressed, .clicked:
      demo = nil
      return []
    default:
      return nil
    }
  }
}
