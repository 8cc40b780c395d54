import PolicyEngine
import ScreenKit

/// The self-service terminal's welcome, idle countdown, reset and operator exit; the demo's
/// autoplay and hand-over.
extension WizardState {
  /// Milliseconds of inactivity after which the countdown shows, and after which all is wiped.
  var kioskTimes: (countdownAt: Int, resetAt: Int)? {
    guard case .kiosk(let settings) = mode else { return nil }
    return (settings.idleSeconds * 1000, (settings.idleSeconds + settings.countdownSeconds) * 1000)
  }

  /// Whole seconds left before the reset, once the countdown shows.
  public var kioskCountdown: Int? {
    guard let times = kioskTimes, idleMilliseconds >= times.countdownAt,
      !showingWelcome || profileTouched
    else {
      return nil
    }
    return max(0, (times.resetAt - idleMilliseconds + 999) / 1000)
  }

  /// Whether this visitor has left anything behind (answers, or a step past the first).
  var profileTouched: Bool {
    !answered.isEmpty || profile != Profile(factCount: catalog.facts.count)
      || currentFact != catalog.fact(named: "city")?.id
  }

  mutating func timePassed(_ milliseconds: Int) -> [WizardEffect] {
    idleMilliseconds += milliseconds
    if let times = kioskTimes, idleMilliseconds >= times.resetAt, profileTouched || !showingWelcome
    {
      self = fresh()
      return []
    }
    guard var progress = demo, case .demo(let settings) = mode else { return [] }
    progress.sinceLastKey += milliseconds
    if currentFact == nil, overlay == nil {
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

  /// Keys that mean something only in the kiosk: the operator's PIN prompt; nil when not handled.
  mutating func kioskKey(_ key: Key, _ settings: KioskSettings) -> [WizardEffect]? {
    if showingWelcome, key != .function(12) {
      showingWelcome = false
      return []
    }
    if var pin = pinEntry {
      switch key {
      case .enter:
        pinEntry = nil
        if let expected = settings.operatorPIN, pin == expected { return [.quit] }
        notice = strings.wrongPIN
      case .escape: pinEntry = nil
      case .backspace:
        if !pin.isEmpty { pin.removeLast() }
        pinEntry = pin
      case .character(let character) where character.isNumber || character.isLetter:
        pin.append(character)
        pinEntry = pin
      default: break
      }
      return []
    }
    switch key {
    case .function(12):
      if settings.operatorPIN != nil {
        showingWelcome = false
        pinEntry = ""
      }
      return []
    case .control, .character("q"), .function(10):
      // A visitor cannot leave, suspend or reach a shell.
      return []
    case .character("m") where currentFact == nil && overlay == nil,
      .character("M") where currentFact == nil && overlay == nil:
      overlay = .takeHome
      return []
    case .character("p") where currentFact == nil && settings.canPrint:
      return [
        .print(TextReport(explainer: Explainer(catalog: catalog)).render(result, profile: profile))
      ]
    default:
      return nil
    }
  }
}
