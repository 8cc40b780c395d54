import PolicyEngine
import Reports
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
    expirePendingDigit()
    // A visitor's language switch is undone by the reset too, even with nothing answered.
    if let times = kioskTimes, profileTouched || !showingWelcome || language != configuredLanguage {
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
    if modal != nil {
      // The quit prompt is open: the demo waits for the presenter's answer.
      progress.sinceLastKey = 0
      demo = progress
      return []
    }
    if currentFact == nil, modal == nil, !progress.paused {
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
    if progress.paused {
      demo = progress
      return []
    }
    // One step per elapsed interval, keeping the remainder, so the pace does not depend on how
    // often the session wakes up (a few steps at most per wake-up, so a stall does not race).
    var keys = 0
    while progress.sinceLastKey >= settings.keyMilliseconds, keys < 4, currentFact != nil {
      progress.sinceLastKey -= settings.keyMilliseconds
      keys += 1
      demo = progress
      demoStep(settings)
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
  mutating func pinKey(
    _ key: Key, _ action: BoxAction?, _ pin: String, _ settings: KioskSettings
  ) -> [WizardEffect] {
    var pin = pin
    if operatorLock.isLocked(at: clock) {
      // After a wrong PIN the prompt takes nothing, not even Enter, until the wait is over.
      if action == .close { modal = nil }
      return []
    }
    switch action {
    case .accept?:
      modal = nil
      if let expected = settings.operatorPIN, pin == expected { return [.quit] }
      operatorLock.recordFailure(at: clock)
      notice = strings.wrongPIN
      return [.operatorPINFailed(attempt: operatorLock.failedAttempts)]
    case .close?: modal = nil
    case .erase?:
      if !pin.isEmpty { pin.removeLast() }
      modal = .pinEntry(pin)
    case .type?:
      guard case .character(let character) = key, character.isNumber || character.isLetter
      else { return [] }
      // Capped: a pasted run of digits beyond the longest PIN costs one short check each.
      guard pin.count < OperatorLock.longestPIN else { return [] }
      pin.append(character)
      modal = .pinEntry(pin)
    default: break
    }
    return []
  }

  /// Input while the demo plays: the presenter's keys (1–5 a sample, Space pause, → a step);
  /// any other key or a click hands the demo over to the presenter, with the answers so far.
  mutating func demoInput(_ event: WizardEvent) -> [WizardEffect]? {
    guard var progress = demo, case .demo(let settings) = mode else { return nil }
    switch event {
    case .keyPressed(let key):
      switch KeyMap.standard.action(for: key, mode: .demo, screen: .demoPlaying, typing: false) {
      case .demoSample?:
        if case .character(let digit) = key, let number = digit.wholeNumberValue,
          number <= settings.samples.count
        {
          playDemo(sample: number - 1)
        }
      case .demoPause?:
        progress.paused.toggle()
        demo = progress
      case .demoStep?:
        progress.paused = true
        demo = progress
        demoStep(settings)
      case .quit?:
        // Asks first, as everywhere; the demo waits under the question.
        modal = .confirmQuit
      case .interrupt?:
        return [.quit]
      default:
        takenOverSample = progress.sample
        demo = nil
      }
      return []
    case .clicked:
      takenOverSample = progress.sample
      demo = nil
      return []
    default:
      return nil
    }
  }

  /// Starts a sample from a blank wizard.
  mutating func playDemo(sample: Int) {
    var next = fresh()
    next.demo = DemoProgress(sample: sample)
    self = next
  }

  /// One step of the demo: a key, or a whole typed value at once (so no half-typed amount
  /// ever shows in the panel), the changes marked against the result before it.
  mutating func demoStep(_ settings: DemoSettings) {
    guard let progress = demo else { return }
    let player = DemoPlayer(target: settings.samples[progress.sample].profile)
    let before = result
    guard let key = player.nextKey(self) else { return }
    _ = handleKey(key)
    var typed = 0
    while isOnTextField, typed < 64, let next = player.nextKey(self), next.isTyping {
      _ = handleKey(next)
      typed += 1
    }
    markChanges(from: before)
  }

  /// Remembers what the last answer added: new benefits and the change of the total.
  mutating func markChanges(from before: EvaluationResult) {
    let locations = { (result: EvaluationResult) in
      Set((result.matches + result.possible + result.general).map(\.location))
    }
    let added = locations(result).subtracting(locations(before))
    let change = Money(fen: result.totals.min.fen - before.totals.min.fen)
    if !added.isEmpty || change.fen != 0 {
      panel.newBenefits = added
      panel.lastChange = change
    }
  }
}
