import ScreenKit
import WizardCore

/// Carries out the wizard's effects: cases, reports, prints. Each answer is an event for the
/// wizard; `pendingEvents` reports what finished on its own (a print that failed).
public protocol EffectHandler {
  /// nil: quit; otherwise the event to send back, if any.
  mutating func perform(_ effect: WizardEffect, state: WizardState) -> EffectOutcome
  mutating func pendingEvents() -> [WizardEvent]
}

public enum EffectOutcome: Sendable, Equatable {
  case quit
  case answer(WizardEvent?)
}

/// Runs the wizard on a terminal: draw the state, wait for an event, update, carry out the
/// effects, repeat. All the behaviour is in `WizardState`; this loop only moves events, time
/// and frames.
public struct WizardRuntime<Terminal: WizardTerminal, Handler: EffectHandler> {
  public let terminal: Terminal
  public var state: WizardState
  public var handler: Handler
  let clock: RuntimeClock

  /// How the run ended.
  public enum Ending: Sendable, Equatable {
    case quit
    /// Input stopped arriving with no time passing (a closed pty whose SIGHUP never came).
    case terminalGone
  }

  public init(state: WizardState, terminal: Terminal, handler: Handler, clock: RuntimeClock) {
    self.state = state
    self.terminal = terminal
    self.handler = handler
    self.clock = clock
  }

  /// How long to wait for input: kiosk and demo need time to pass without input.
  public var timeout: Int? {
    switch state.mode {
    case .helpDesk: return state.isWaitingForDigit ? 250 : nil
    case .kiosk: return 250
    case .demo(let settings): return max(10, min(250, settings.keyMilliseconds))
    }
  }

  /// Wake-ups with no input, each long before the timeout, after which the terminal counts as
  /// gone.
  public static var silentWakeUpLimit: Int { 100 }

  /// How long input that keeps arriving may hold back the next frame: the screen still moves
  /// during a long burst.
  public static var queuedInputMilliseconds: Int { 100 }

  public mutating func run() -> Ending {
    var last = clock.milliseconds
    var lastFrame = last
    var silentWakeUps = 0
    // Input taken without waiting, after the previous one: handled before the next frame.
    var queued: InputEvent? = nil
    while true {
      if queued == nil {
        let frame = state.render()
        terminal.draw(frame.screen, cursor: frame.cursor)
        lastFrame = clock.milliseconds
      }
      let wasQueued = queued != nil
      let input = queued ?? terminal.nextEvent(timeoutMilliseconds: timeout)
      queued = nil
      let now = clock.milliseconds
      let elapsed = max(0, now - last)
      last = now
      // Time is told before the input, so that the state's clock (the PIN back-off) runs
      // while keys arrive too.
      var effects = state.update(.timePassed(milliseconds: elapsed))
      for event in handler.pendingEvents() { effects += state.update(event) }
      if input == nil {
        let early = timeout.map { elapsed < $0 / 2 } ?? true
        silentWakeUps = early ? silentWakeUps + 1 : 0
        if silentWakeUps > Self.silentWakeUpLimit { return .terminalGone }
      } else if !wasQueued {
        silentWakeUps = 0
      }
      if let input {
        if input == .key(.control("z")) {
          if !state.mode.isKiosk { terminal.suspend() }
          continue
        }
        if let event = WizardEvent(input) { effects += state.update(event) }
      }
      // Effects may answer with events, which may ask for more: follow them through.
      while !effects.isEmpty {
        let effect = effects.removeFirst()
        switch handler.perform(effect, state: state) {
        case .quit: return .quit
        case .answer(let event?): effects += state.update(event)
        case .answer(nil): break
        }
      }
      if input != nil, clock.milliseconds - lastFrame < Self.queuedInputMilliseconds {
        queued = terminal.nextQueuedEvent()
      }
    }
  }
}
