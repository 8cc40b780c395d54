import ScreenKit

/// A box over the wizard, as far as keys are concerned: one per `Modal` case.
public enum KeyBox: String, Sendable, Hashable, CaseIterable {
  case confirmQuit, help, compare, takeHome, detail, steps
  case saveForm, caseList, confirmDiscard
  case pinEntry, confirmRestart, countdown
  case saveConflict, handOff, handOffEntry

  public init(_ modal: Modal) {
    switch modal {
    case .confirmQuit: self = .confirmQuit
    case .help: self = .help
    case .compare: self = .compare
    case .takeHome: self = .takeHome
    case .detail: self = .detail
    case .steps: self = .steps
    case .saveForm: self = .saveForm
    case .caseList: self = .caseList
    case .confirmDiscard: self = .confirmDiscard
    case .pinEntry: self = .pinEntry
    case .confirmRestart: self = .confirmRestart
    case .countdown: self = .countdown
    case .saveConflict: self = .saveConflict
    case .handOff: self = .handOff
    case .handOffEntry: self = .handOffEntry
    }
  }

  /// The modes the box opens in.
  public var modes: Set<ModeKind> {
    switch self {
    case .saveForm, .caseList, .confirmDiscard, .saveConflict, .handOffEntry: return [.helpDesk]
    case .takeHome, .pinEntry, .confirmRestart, .countdown, .handOff: return [.kiosk]
    default: return Set(ModeKind.allCases)
    }
  }

  /// Boxes whose hint is a line of its own (in the box and under it), spaced apart; the others'
  /// hint is a footer like the wizard's.
  public var hasHintLine: Bool {
    switch self {
    case .confirmQuit, .saveForm, .caseList, .confirmDiscard, .handOffEntry: return true
    default: return false
    }
  }
}

/// What a key does inside a box.
public enum BoxAction: String, Sendable, Hashable, CaseIterable {
  /// Go on with what the box asks (quit, discard, save, open, wipe, jump, the PIN).
  case accept
  /// Close the box, leaving everything as it was.
  case close
  case moveUp, moveDown, pageUp, pageDown, first, last
  case nextField, previousField
  /// A printable character, into the box's field.
  case type
  case erase, clearField
  /// From the discard question: save first.
  case save
  /// The take-home: the next code (closed after the last).
  case nextCode
  /// The case list: 输入取件码 instead of a saved case (issue 17).
  case enterCode
  /// A save conflict: save mine over theirs, or load theirs (issue 17).
  case keepMine, takeTheirs
  /// The quit question, from a box that covers the screen.
  case quit
  case interrupt
}

/// One key binding of a box (as bubbles' `key.Binding`): its keys, how the hint names them,
/// and in which modes. The same value drives the box's dispatch and its hint line.
public struct BoxBinding: Sendable {
  public var action: BoxAction
  public var keys: [Key]
  /// The keys as the hint names them, e.g. `n / Esc`; empty for typing.
  public var label: String
  public var modes: Set<ModeKind> = KeyMap.allModes
  /// Named in the box's hint (never in a kiosk: a kiosk box says what to touch).
  public var inHint = true
  /// Also every printable character no key above takes (typed into the box's field).
  public var typing = false
  /// Also every other key of the box (e.g. any key closes help).
  public var otherKeys = false
}

extension KeyMap {
  static let notKioskModes: Set<ModeKind> = [.helpDesk, .demo]
  static let interruptInBox = BoxBinding(
    action: .interrupt, keys: [.control("c")], label: "Ctrl-C", modes: notKioskModes,
    inHint: false)

  /// Every box's bindings, first match wins (a key, then typing, then other keys).
  public static let standardBoxes: [KeyBox: [BoxBinding]] = [
    .confirmQuit: [
      BoxBinding(
        action: .accept, keys: [.character("y"), .character("Y"), .character("q"), .enter],
        label: "y"),
      BoxBinding(
        action: .close, keys: [.character("n"), .character("N"), .escape], label: "n / Esc"),
      interruptInBox,
    ],
    .help: [
      interruptInBox,
      BoxBinding(action: .close, keys: [], label: "", otherKeys: true),
    ],
    .compare: [
      interruptInBox,
      BoxBinding(action: .close, keys: [], label: "", otherKeys: true),
    ],
    .takeHome: [
      interruptInBox,
      BoxBinding(action: .nextCode, keys: [], label: "", otherKeys: true),
    ],
    .detail: [
      BoxBinding(action: .moveUp, keys: [.up], label: "↑↓"),
      BoxBinding(action: .moveDown, keys: [.down], label: "↓", inHint: false),
      BoxBinding(action: .pageUp, keys: [.pageUp], label: "PgUp", inHint: false),
      BoxBinding(action: .pageDown, keys: [.pageDown], label: "PgDn", inHint: false),
      BoxBinding(
        action: .quit, keys: [.character("q")], label: "q", modes: notKioskModes, inHint: false),
      interruptInBox,
      BoxBinding(action: .close, keys: [.escape], label: "Esc", otherKeys: true),
    ],
    .steps: [
      BoxBinding(action: .moveUp, keys: [.up], label: "↑↓"),
      BoxBinding(action: .moveDown, keys: [.down], label: "↓", inHint: false),
      BoxBinding(action: .pageUp, keys: [.pageUp], label: "PgUp", inHint: false),
      BoxBinding(action: .pageDown, keys: [.pageDown], label: "PgDn", inHint: false),
      BoxBinding(action: .first, keys: [.home], label: "Home", inHint: false),
      BoxBinding(action: .last, keys: [.end], label: "End", inHint: false),
      BoxBinding(action: .accept, keys: [.enter], label: "Enter"),
      BoxBinding(
        action: .quit, keys: [.character("q")], label: "q", modes: notKioskModes, inHint: false),
      interruptInBox,
      BoxBinding(action: .close, keys: [.escape], label: "Esc", otherKeys: true),
    ],
    .saveForm: [
      BoxBinding(action: .nextField, keys: [.tab, .down], label: "Tab"),
      BoxBinding(action: .previousField, keys: [.backTab, .up], label: "Shift-Tab", inHint: false),
      BoxBinding(action: .accept, keys: [.enter, .control("s")], label: "Enter"),
      BoxBinding(action: .close, keys: [.escape], label: "Esc"),
      BoxBinding(action: .erase, keys: [.backspace], label: "Backspace", inHint: false),
      BoxBinding(action: .clearField, keys: [.control("u")], label: "Ctrl-U", inHint: false),
      BoxBinding(action: .type, keys: [], label: "", inHint: false, typing: true),
    ],
    .caseList: [
      BoxBinding(action: .type, keys: [], label: "", typing: true),
      BoxBinding(action: .moveUp, keys: [.up], label: "↑↓"),
      BoxBinding(action: .moveDown, keys: [.down], label: "↓", inHint: false),
      BoxBinding(action: .accept, keys: [.enter], label: "Enter"),
      BoxBinding(action: .close, keys: [.escape], label: "Esc"),
      BoxBinding(action: .erase, keys: [.backspace], label: "Backspace", inHint: false),
      BoxBinding(action: .enterCode, keys: [.tab], label: "Tab"),
    ],
    .confirmDiscard: [
      BoxBinding(action: .accept, keys: [.character("y"), .character("Y"), .enter], label: "y"),
      BoxBinding(
        action: .close, keys: [.character("n"), .character("N"), .escape], label: "n / Esc"),
      BoxBinding(action: .save, keys: [.character("s"), .control("s")], label: "s"),
    ],
    .pinEntry: [
      BoxBinding(action: .accept, keys: [.enter], label: "Enter", inHint: false),
      BoxBinding(action: .close, keys: [.escape], label: "Esc", inHint: false),
      BoxBinding(action: .erase, keys: [.backspace], label: "Backspace", inHint: false),
      BoxBinding(action: .type, keys: [], label: "", inHint: false, typing: true),
    ],
    .confirmRestart: [
      BoxBinding(action: .accept, keys: [.enter], label: "Enter", inHint: false),
      BoxBinding(action: .close, keys: [.escape], label: "Esc", inHint: false),
    ],
    .countdown: [
      BoxBinding(action: .close, keys: [], label: "", inHint: false, otherKeys: true)
    ],
    .saveConflict: [
      BoxBinding(
        action: .keepMine, keys: [.character("m"), .character("M"), .character("1")], label: "M"),
      BoxBinding(
        action: .takeTheirs, keys: [.character("t"), .character("T"), .character("2")],
        label: "T"),
      BoxBinding(action: .close, keys: [.escape], label: "Esc"),
      BoxBinding(action: .moveUp, keys: [.up], label: "↑↓", inHint: false),
      BoxBinding(action: .moveDown, keys: [.down], label: "↓", inHint: false),
      BoxBinding(action: .pageUp, keys: [.pageUp], label: "PgUp", inHint: false),
      BoxBinding(action: .pageDown, keys: [.pageDown], label: "PgDn", inHint: false),
      interruptInBox,
    ],
    .handOff: [
      BoxBinding(action: .close, keys: [], label: "", inHint: false, otherKeys: true)
    ],
    .handOffEntry: [
      BoxBinding(action: .accept, keys: [.enter], label: "Enter"),
      BoxBinding(action: .close, keys: [.escape], label: "Esc"),
      BoxBinding(action: .erase, keys: [.backspace], label: "Backspace", inHint: false),
      BoxBinding(action: .clearField, keys: [.control("u")], label: "Ctrl-U", inHint: false),
      BoxBinding(action: .type, keys: [], label: "", inHint: false, typing: true),
      interruptInBox,
    ],
  ]

  /// The bindings of a box in a mode.
  public func bindings(box: KeyBox, mode: ModeKind) -> [BoxBinding] {
    guard box.modes.contains(mode) else { return [] }
    return (boxes[box] ?? []).filter { $0.modes.contains(mode) }
  }

  /// What a key does in a box: its binding, else typing (a printable character), else the
  /// box's binding for every other key; nil: nothing.
  public func action(for key: Key, box: KeyBox, mode: ModeKind) -> BoxAction? {
    let bindings = bindings(box: box, mode: mode)
    if let binding = bindings.first(where: { $0.keys.contains(key) }) { return binding.action }
    if case .character = key, let typing = bindings.first(where: \.typing) {
      return typing.action
    }
    return bindings.first(where: \.otherKeys)?.action
  }

  /// The box's hint: "keys help" for each binding it names. Empty in a kiosk, whose boxes say
  /// what to touch (`TouchStrings`) and never name a key.
  public func hint(box: KeyBox, mode: ModeKind, strings: WizardStrings) -> String {
    guard mode != .kiosk else { return "" }
    let words = strings.boxKeys
    let parts = bindings(box: box, mode: mode).filter(\.inHint).map { binding in
      let (label, help) = Self.words(of: binding, in: box, strings: strings)
      if label.isEmpty { return help }
      return box.hasHintLine ? words.lineHint(label, help) : strings.keyHint(label, help)
    }
    return parts.joined(separator: box.hasHintLine ? words.lineSeparator : words.footerSeparator)
  }

  /// A binding's keys as a language names them, and what it does there (`M`, `保留我的`): the
  /// words of its hint and of a button standing for it.
  public static func words(of binding: BoxBinding, in box: KeyBox, strings: WizardStrings)
    -> (label: String, help: String)
  {
    let help = strings.boxKeys.help["\(box.rawValue).\(binding.action.rawValue)"] ?? ""
    return (strings.keyNames[binding.label] ?? binding.label, help)
  }

  /// The help screen's lines for the boxes with a hint line of their own, in a mode: the box's
  /// name and its hint, from the same table.
  public func boxHelpLines(mode: ModeKind, strings: WizardStrings) -> [String] {
    KeyBox.allCases.filter(\.hasHintLine).compactMap { box in
      let hint = hint(box: box, mode: mode, strings: strings)
      guard !hint.isEmpty, let title = strings.boxKeys.titles[box.rawValue] else { return nil }
      return title + hint
    }
  }
}
