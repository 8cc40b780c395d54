import ScreenKit

/// An in-memory terminal (as ratatui's `TestBackend`): scripted input, a fake clock that the
/// waits advance, every drawn screen kept. Nothing sleeps.
public final class TestTerminal: WizardTerminal, RuntimeClock {
  public var size: Size
  public var usesColor = true
  /// What the terminal will report, in order; `.wait(ms)` lets time pass with no input.
  public var script: [Step]
  /// Every screen drawn, last one last.
  public private(set) var screens: [Screen] = []
  public private(set) var cursor: (x: Int, y: Int)?
  public private(set) var suspensions = 0
  public private(set) var milliseconds = 0
  /// Once the script is used up: the terminal has gone (every read returns nil at once), or
  /// reads wait out their timeout.
  public var goneWhenScriptEnds: Bool
  /// Whether scripted input right behind other input is handed to the run loop as already
  /// arrived (`nextQueuedEvent`), so that it is handled before the next frame. Off: every input
  /// gets a frame of its own.
  public var deliversQueuedInput = false

  public enum Step: Sendable, Equatable {
    case input(InputEvent)
    /// No input for this long (the read times out, perhaps several times).
    case wait(milliseconds: Int)
  }

  public init(
    size: Size = Size(width: 100, height: 30), script: [Step] = [], goneWhenScriptEnds: Bool = true
  ) {
    self.size = size
    self.script = script
    self.goneWhenScriptEnds = goneWhenScriptEnds
  }

  public var lastScreen: Screen? { screens.last }

  public func draw(_ screen: Screen, cursor: (x: Int, y: Int)?) {
    screens.append(screen)
    self.cursor = cursor
  }

  public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
    guard let step = script.first else {
      if !goneWhenScriptEnds, let timeoutMilliseconds { milliseconds += timeoutMilliseconds }
      return nil
    }
    switch step {
    case .input(let event):
      script.removeFirst()
      if case .resize(let width, let height) = event { size = Size(width: width, height: height) }
      return event
    case .wait(let left):
      let timeout = timeoutMilliseconds ?? left
      let step = min(timeout, left)
      milliseconds += step
      if left - step > 0 {
        script[0] = .wait(milliseconds: left - step)
      } else {
        script.removeFirst()
      }
      return nil
    }
  }

  public func suspend() { suspensions += 1 }
}

extension TestTerminal {
  /// With `deliversQueuedInput`, input next in the script counts as already arrived (a paste,
  /// keys typed ahead), as a real terminal's does.
  public func nextQueuedEvent() -> InputEvent? {
    guard deliversQueuedInput, case .input? = script.first else { return nil }
    return nextEvent(timeoutMilliseconds: 0)
  }
}
