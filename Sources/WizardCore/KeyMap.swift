import ScreenKit

/// What a key does in the wizard, whatever key it is.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
  case moveUp, moveDown, pageUp, pageDown, first, last
  case pick, filter, confirm, back, forward, cycle, remove
  case switchFocus, steps, compare, help
  case save, open, export, newCase
  case print, takeHome
  /// Issue 17: the kiosk's 到窗口继续办理, the desk's 输入取件码.
  case handOff, handOffCode
  case demoSample, demoPause, demoStep, demoResume
  case quit, interrupt
  case operatorExit
  /// A key that does something elsewhere but nothing here, e.g. `q` in a kiosk: swallowed,
  /// never typed into a field.
  case ignored
}

/// Where the user is, as far as keys are concerned.
public enum KeyScreen: Sendable, Hashable, CaseIterable {
  /// A question with options or a typed field.
  case question
  /// A ‹ › field of a record (yes/no or a choice).
  case choiceField
  /// The result panel beside a question.
  case panel
  /// The result summary after the last question.
  case summary
  /// The demo while it plays: the presenter's keys (any other key takes over).
  case demoPlaying
}

/// Who the wizard serves, for the key map.
public enum ModeKind: Sendable, Hashable, CaseIterable {
  case helpDesk, kiosk, demo

  init(_ mode: WizardMode) {
    switch mode {
    case .helpDesk: self = .helpDesk
    case .kiosk: self = .kiosk
    case .demo: self = .demo
    }
  }
}

/// One binding (as bubbles' `key.Binding`): its keys, how the footer and help name them, and
/// where it applies. The same value drives dispatch, the footer, the help screen and the
/// README's table of keys, so none of them can name a key that does nothing.
public struct KeyBinding: Sendable {
  public var action: KeyAction
  public var keys: [Key]
  /// The keys as the footer and help show them, e.g. "↑↓" (a name a language spells its own
  /// way, `Space`, is translated by `WizardStrings.keyNames`).
  public var label: String
  /// What the binding does, for the README (the wizard's own words are in `WizardStrings`).
  public var readme: String
  public var modes: Set<ModeKind>
  public var screens: Set<KeyScreen>
  /// Shown in the footer (else only in help).
  public var inFooter = false
  /// Neither in the footer nor in help (the operator's exit is not for visitors).
  public var hidden = false
  /// Only with a printer configured.
  public var needsPrinter = false
  /// Also on a text field (no amount contains the key).
  public var whileTyping = false
}

/// Every key binding of the wizard.
public struct KeyMap: Sendable {
  public var bindings: [KeyBinding]
  /// Each box's own bindings (`KeyMap+Boxes.swift`).
  public var boxes: [KeyBox: [BoxBinding]] = KeyMap.standardBoxes

  static let allModes = Set(ModeKind.allCases)
  /// Every screen but the playing demo's, where only the presenter's keys (and quitting) work:
  /// any other key takes the demo over.
  static let allScreens = Set(KeyScreen.allCases).subtracting([.demoPlaying])
  static let questions: Set<KeyScreen> = [.question, .choiceField]
  static let lists: Set<KeyScreen> = [.question, .choiceField, .panel, .summary]
  static let notKiosk: Set<ModeKind> = [.helpDesk, .demo]

  public static let standard = KeyMap(bindings: [
    KeyBinding(
      action: .moveUp, keys: [.up], label: "↑↓", readme: "previous option, benefit or case",
      modes: allModes, screens: lists, inFooter: true),
    KeyBinding(
      action: .moveDown, keys: [.down], label: "↓", readme: "next option, benefit or case",
      modes: allModes, screens: lists,
      hidden: true),
    KeyBinding(
      action: .pick, keys: [], label: "1–99",
      readme: "pick an option by its number (two digits on long lists)", modes: allModes,
      screens: [.question]),
    KeyBinding(
      action: .filter, keys: [.character("/")], label: "/",
      readme: "filter a long option list by typing (Esc ends the filter)", modes: allModes,
      screens: [.question]),
    KeyBinding(
      action: .confirm, keys: [.enter], label: "Enter",
      readme: "confirm and go on; on a benefit: its detail", modes: allModes,
      screens: allScreens, inFooter: true),
    KeyBinding(
      action: .back, keys: [.escape, .left], label: "←/Esc",
      readme: "previous question (every answer is kept)", modes: allModes, screens: allScreens,
      inFooter: true),
    KeyBinding(
      action: .forward, keys: [.right], label: "→",
      readme: "next question, keeping the answer shown", modes: allModes, screens: questions,
      inFooter: true),
    KeyBinding(
      action: .cycle, keys: [.character(" ")], label: "Space",
      readme: "change a ‹ › field", modes: allModes, screens: [.choiceField], inFooter: true),
    KeyBinding(
      action: .remove, keys: [.delete], label: "Del",
      readme: "delete a list entry or clear a field", modes: allModes, screens: [.question]),
    KeyBinding(
      action: .pageUp, keys: [.pageUp], label: "PgUp/PgDn",
      readme: "previous page of a long list or the result (never skips an entry)", modes: allModes,
      screens: lists),
    KeyBinding(
      action: .pageDown, keys: [.pageDown], label: "PgDn", readme: "next page", modes: allModes,
      screens: lists, hidden: true),
    KeyBinding(
      action: .first, keys: [.home], label: "Home/End", readme: "first entry",
      modes: allModes, screens: lists),
    KeyBinding(
      action: .last, keys: [.end], label: "End", readme: "last entry", modes: allModes,
      screens: lists,
      hidden: true),
    KeyBinding(
      action: .switchFocus, keys: [.tab, .backTab], label: "Tab",
      readme: "switch between the question and the result panel", modes: allModes,
      screens: [.question, .choiceField, .panel], inFooter: true),
    KeyBinding(
      action: .steps, keys: [.function(2), .control("g")], label: "F2",
      readme: "every question with its answer; jump to any", modes: allModes,
      screens: allScreens, inFooter: true),
    KeyBinding(
      action: .compare, keys: [.character("c"), .function(3)], label: "c",
      readme: "the same answers in every city (comparison)", modes: allModes,
      screens: allScreens),
    KeyBinding(
      action: .save, keys: [.character("s"), .control("s")], label: "s",
      readme: "save the case (a reopened case is updated in place)", modes: [.helpDesk],
      screens: allScreens, inFooter: true),
    KeyBinding(
      action: .open, keys: [.character("o"), .control("o")], label: "o",
      readme: "open a saved case (asks first if answers are unsaved)", modes: [.helpDesk],
      screens: allScreens),
    KeyBinding(
      action: .export, keys: [.character("e"), .control("e")], label: "e",
      readme: "export the report as HTML and text", modes: [.helpDesk], screens: allScreens),
    KeyBinding(
      action: .newCase, keys: [.character("n"), .control("n")], label: "n",
      readme: "新建案例: start a new case for the next applicant", modes: [.helpDesk],
      screens: allScreens),
    KeyBinding(
      action: .print, keys: [.character("p"), .character("P")], label: "P",
      readme: "print the result (kiosk with a print command)", modes: [.kiosk],
      screens: [.summary], inFooter: true, needsPrinter: true),
    KeyBinding(
      action: .takeHome, keys: [.character("m"), .character("M")], label: "M",
      readme: "the take-home QR code of the result (扫码带走结果)", modes: [.kiosk],
      screens: [.summary], inFooter: true),
    KeyBinding(
      action: .handOff, keys: [.character("h"), .character("H")], label: "H",
      readme: "kiosk with a shared store: 到窗口继续办理, the answers under a hand-off code",
      modes: [.kiosk], screens: [.summary], hidden: true),
    KeyBinding(
      action: .handOffCode, keys: [.function(4)], label: "F4",
      readme:
        "输入取件码: open a kiosk visitor's answers by their hand-off code (also Tab in the case list)",
      // Not in help: at 80×24 its line would push `q` out; the case list names Tab.
      modes: [.helpDesk], screens: allScreens, hidden: true, whileTyping: true),
    KeyBinding(
      action: .help, keys: [.character("?"), .function(1)], label: "?",
      readme: "help: the keys that work here", modes: allModes, screens: allScreens,
      inFooter: true, whileTyping: true),
    KeyBinding(
      action: .quit, keys: [.character("q"), .function(10)], label: "q",
      readme: "quit (asks first)", modes: notKiosk, screens: allScreens.union([.demoPlaying]),
      inFooter: true,
      whileTyping: true),
    KeyBinding(
      action: .interrupt, keys: [.control("c")], label: "Ctrl-C", readme: "quit at once",
      modes: notKiosk, screens: allScreens.union([.demoPlaying])),
    KeyBinding(
      action: .demoSample, keys: (1...5).map { Key.character(Character("\($0)")) }, label: "1–5",
      readme: "demo: play that sample", modes: [.demo], screens: [.demoPlaying], inFooter: true),
    KeyBinding(
      action: .demoPause, keys: [.character(" ")], label: "Space",
      readme: "demo: pause / resume", modes: [.demo], screens: [.demoPlaying], inFooter: true),
    KeyBinding(
      action: .demoStep, keys: [.right], label: "→", readme: "demo: one step (paused)",
      modes: [.demo], screens: [.demoPlaying], inFooter: true),
    KeyBinding(
      action: .demoResume, keys: [.function(5)], label: "F5",
      readme: "demo: after taking over, resume the loop", modes: [.demo],
      screens: [.question, .choiceField, .panel, .summary], inFooter: true),
    KeyBinding(
      action: .operatorExit, keys: [.function(12)], label: "F12",
      readme: "kiosk: the operator's PIN prompt (leaves with the PIN)", modes: [.kiosk],
      screens: allScreens, hidden: true),
  ])

  /// The bindings that apply in a mode on a screen.
  public func bindings(mode: ModeKind, screen: KeyScreen, canPrint: Bool = false)
    -> [KeyBinding]
  {
    bindings.filter {
      $0.modes.contains(mode) && $0.screens.contains(screen) && (!$0.needsPrinter || canPrint)
    }
  }

  /// The action of a key; `typing` (on a text field, or filtering) leaves printable
  /// characters to the field.
  public func action(
    for key: Key, mode: ModeKind, screen: KeyScreen, typing: Bool, canPrint: Bool = false
  ) -> KeyAction? {
    // A kiosk has no control keys: a visitor cannot leave, suspend or reach a shell.
    if mode == .kiosk, case .control = key { return nil }
    if mode == .kiosk,
      bindings.contains(where: {
        !$0.modes.contains(.kiosk) && $0.whileTyping && $0.keys.contains(key)
      })
    {
      return .ignored
    }
    let binding = bindings(mode: mode, screen: screen, canPrint: canPrint).first {
      $0.keys.contains(key)
    }
    if typing, case .character = key, binding?.whileTyping != true { return nil }
    return binding?.action
  }

  /// The footer's key hints: "label help" pairs in order. On a text field a letter key
  /// is typed, so its binding is named by the key that still works there (Ctrl-S), or left out.
  public func footer(
    mode: ModeKind, screen: KeyScreen, canPrint: Bool, strings: WizardStrings,
    typing: Bool = false
  ) -> String {
    bindings(mode: mode, screen: screen, canPrint: canPrint)
      .filter { $0.inFooter && !$0.hidden }
      .compactMap { binding -> String? in
        var label = binding.label
        if typing, !binding.whileTyping, case .character? = binding.keys.first {
          guard
            let other = binding.keys.first(where: { key in
              if case .character = key { return false }
              return mode != .kiosk || { if case .control = key { false } else { true } }()
            })
          else { return nil }
          label = Self.name(other)
        }
        return strings.keyHint(
          strings.keyNames[label] ?? label, strings.keyHelp[binding.action.rawValue] ?? "")
      }
      .joined(separator: " ")
  }

  /// The help screen's lines: every visible binding of the mode, once.
  public func helpLines(mode: ModeKind, canPrint: Bool, strings: WizardStrings) -> [String] {
    let width = 10
    return bindings.filter {
      $0.modes.contains(mode) && !$0.hidden && (!$0.needsPrinter || canPrint)
    }.map {
      (strings.keyNames[$0.label] ?? $0.label).padded(toWidth: width)
        + (strings.keyHelp[$0.action.rawValue] ?? "")
    }
  }

  /// The README's table of keys: every binding with the modes it works in.
  public func markdownTable() -> String {
    var lines = ["| key | does | help desk | kiosk | demo |", "|---|---|---|---|---|"]
    for binding in bindings where !binding.readme.isEmpty {
      let keys =
        binding.keys.isEmpty ? binding.label : binding.keys.map(Self.name).joined(separator: ", ")
      let hasControl = binding.keys.contains { if case .control = $0 { true } else { false } }
      let mark = { (mode: ModeKind) in
        guard binding.modes.contains(mode) else { return "" }
        return mode == .kiosk && hasControl ? "✓ (not Ctrl)" : "✓"
      }
      lines.append(
        "| \(keys) | \(binding.readme) | \(mark(.helpDesk)) | \(mark(.kiosk)) | \(mark(.demo)) |")
    }
    return lines.joined(separator: "\n")
  }

  static func name(_ key: Key) -> String {
    switch key {
    case .character(" "): return "Space"
    case .character("|"): return "\\|"
    case .character(let character): return String(character)
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    case .control(let letter): return "Ctrl-\(letter.uppercased())"
    }
  }
}
