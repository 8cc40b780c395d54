import PolicyEngine

/// Who the wizard is serving: a consultant at a help desk, a stranger at a self-service
/// terminal, or an audience watching a demo.
public enum WizardMode: Sendable, Equatable {
  case helpDesk
  case kiosk(KioskSettings)
  case demo(DemoSettings)

  public var isKiosk: Bool {
    if case .kiosk = self { return true }
    return false
  }
}

public struct KioskSettings: Sendable, Equatable {
  /// Seconds without input before the countdown starts.
  public var idleSeconds: Int
  /// Seconds the countdown shows before every answer is wiped.
  public var countdownSeconds: Int
  /// The PIN an operator types after F12 to leave; nil: the wizard cannot be left from the keyboard.
  public var operatorPIN: String?
  /// Whether a printer command is set, so the result screen offers printing.
  public var canPrint: Bool
  /// Seconds without input on the result screen before the countdown: much shorter, so the
  /// next visitor does not find the last one's result.
  public var resultIdleSeconds: Int
  /// Whether a shared store is configured, so the result offers 到窗口继续办理 (issue 17).
  public var canHandOff = false

  public init(
    idleSeconds: Int = 120, countdownSeconds: Int = 15, operatorPIN: String? = nil,
    canPrint: Bool = false, resultIdleSeconds: Int = 20, canHandOff: Bool = false
  ) {
    self.canHandOff = canHandOff
    self.resultIdleSeconds = min(max(1, resultIdleSeconds), Self.maximumSeconds)
    // Clamped to a week: the timer counts milliseconds in an Int, which must never overflow.
    self.idleSeconds = min(max(1, idleSeconds), Self.maximumSeconds)
    self.countdownSeconds = min(max(1, countdownSeconds), Self.maximumSeconds)
    self.operatorPIN = operatorPIN
    self.canPrint = canPrint
  }
}

extension KioskSettings {
  /// The longest idle time or countdown accepted: a week.
  public static let maximumSeconds = 7 * 24 * 3600
}

public struct DemoSettings: Sendable, Equatable {
  public var samples: [DemoSample]
  /// Milliseconds between two simulated keys.
  public var keyMilliseconds: Int
  /// Milliseconds the result of a sample stays on screen before the next one.
  public var holdMilliseconds: Int

  public init(samples: [DemoSample], keyMilliseconds: Int = 350, holdMilliseconds: Int = 8000) {
    self.samples = samples
    self.keyMilliseconds = keyMilliseconds
    self.holdMilliseconds = holdMilliseconds
  }
}

/// A sample enterprise the demo plays.
public struct DemoSample: Sendable, Equatable {
  public var name: String
  public var profile: Profile

  public init(name: String, profile: Profile) {
    self.name = name
    self.profile = profile
  }
}
