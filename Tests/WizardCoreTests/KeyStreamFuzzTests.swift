import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// SplitMix64, as in PolicyEngineTests' fuzz tests: a fixed seed draws the same stream.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The fuzz target's key stream (issue 10, "Done when"): random keys, pastes, clicks,
/// resizes and time through the wizard's state machine in each mode, from a fixed seed.
/// Nothing may crash; every screen keeps the layout rules; every field stays within its bound.
@Suite struct KeyStreamFuzzTests {
  static let seed: UInt64 = 0x4B45_5953_0010
  static let events = 5_000

  static let keys: [Key] = [
    .enter, .tab, .backTab, .escape, .backspace, .delete, .up, .down, .left, .right, .home, .end,
    .pageUp, .pageDown, .function(1), .function(2), .function(3), .function(12), .control("g"),
    .control("u"), .control("s"), .character(" "), .character("?"), .character("s"),
    .character("o"), .character("e"), .character("c"), .character("q"), .character("p"),
    // Forward keys weigh more, so that the stream walks through the questions.
    .right, .right, .right, .enter, .enter, .down, .character("1"), .character("2"),
  ]
  static let typed: [Character] = Array("0123456789.,，万亿元-%abc企业😀\u{301}\u{7}\u{1B}１２")
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
    Size(width: 200, height: 60), Size(width: 40, height: 10),
  ]

  static func randomEvent(_ random: inout SplitMix64, size: Size) -> [WizardEvent] {
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<45: return [.keyPressed(keys.randomElement(using: &random)!)]
    case 45..<80: return [.keyPressed(.character(typed.randomElement(using: &random)!))]
    case 80..<82:
      // A paste: a burst of characters, as the terminal delivers it.
      let length = Int.random(in: 100...3_000, using: &random)
      return (0..<length).map { _ in .keyPressed(.character(typed.randomElement(using: &random)!)) }
    case 82..<90:
      return [
        .clicked(
          x: Int.random(in: -2...size.width + 2, using: &random),
          y: Int.random(in: -2...size.height + 2, using: &random))
      ]
    case 90..<93:
      return [
        .wheelScrolled(
          up: Bool.random(using: &random), x: Int.random(in: 0..<size.width, using: &random),
          y: Int.random(in: 0..<size.height, using: &random))
      ]
    case 93..<96: return [.terminalResized(sizes.randomElement(using: &random)!)]
    default: return [.timePassed(milliseconds: Int.random(in: 0...40_000, using: &random))]
    }
  }

  static let modes: [(String, WizardMode)] = [
    ("help desk", .helpDesk),
    ("kiosk", .kiosk(KioskSettings(idleSeconds: 30, countdownSeconds: 5, operatorPIN: "246810"))),
  ]

  @Test(arguments: 0..<2)
  func aRandomKeyStreamNeverBreaksTheWizard(mode index: Int) {
    let (name, mode) = Self.modes[index]
    var random = SplitMix64(seed: Self.seed &+ UInt64(index))
    var state = WizardState(
      catalog: DefaultCatalog.catalog, size: Self.sizes[0], today: testDay, mode: mode)
    var sent = 0
    var questionsSeen: Set<FactID> = []
    while sent < Self.events {
      if let fact = state.currentFact { questionsSeen.insert(fact) }
      for event in Self.randomEvent(&random, size: state.size) {
        _ = state.update(event)
        sent += 1
      }
      // Bounded: no field holds more than its bound, however much was pasted.
      for draft in state.drafts.values {
        #expect(draft.count <= FieldLimits.numberCharacters, "\(name): \(draft.count)")
      }
      if sent % 7 == 0 {
        let frame = state.render()
        expectSoundLayout(frame, size: state.size)
        expectWholeAmounts(frame, state: state)
      }
    }
    expectSoundLayout(state.render(), size: state.size)
    expectWholeAmounts(state.render(), state: state)
    // The stream reached well into the questions, not just the first screen.
    #expect(questionsSeen.count >= 4, "\(name): \(questionsSeen.count) questions seen")
  }
}
