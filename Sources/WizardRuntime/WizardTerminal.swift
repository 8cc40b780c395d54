import ScreenKit

/// What the run loop needs of a terminal: its size and colours, drawing a screen with an
/// optional cursor, and the next input. `CursesTerminal` is one; `TestTerminal` is the
/// in-memory one the tests use (as ratatui's `TestBackend`).
public protocol WizardTerminal: AnyObject {
  var size: Size { get }
  var usesColor: Bool { get }
  func draw(_ screen: Screen, cursor: (x: Int, y: Int)?)
  /// The next input, or nil when the time ran out (or the input has ended).
  func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
  /// Ctrl-Z outside a kiosk.
  func suspend()
  /// Input that has already arrived, without waiting; nil when there is none. The run loop
  /// takes it before drawing again, so that a burst of input (a paste, keys queued behind a
  /// slow frame) costs one frame, not one per character.
  func nextQueuedEvent() -> InputEvent?
}

extension WizardTerminal {
  /// A terminal that does not say: every input gets its own frame.
  public func nextQueuedEvent() -> InputEvent? { nil }
}

/// Milliseconds since some fixed point: the run loop's clock, a fake one in tests.
public protocol RuntimeClock: AnyObject {
  var milliseconds: Int { get }
}

/// The real clock.
public final class SystemClock: RuntimeClock {
  private let start = ContinuousClock.now

  public init() {}

  public var milliseconds: Int {
    let elapsed = ContinuousClock.now - start
    return Int(
      elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
  }
}
