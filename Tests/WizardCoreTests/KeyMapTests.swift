import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The one key map: dispatch, footer, help and the README all come from it.
@Suite struct KeyMapTests {
  static let map = KeyMap.standard

  /// Every key a footer or the help names does what it says in that mode and on that screen.
  @Test func footersAndHelpNameOnlyKeysThatWork() {
    for mode in ModeKind.allCases {
      for screen in KeyScreen.allCases {
        for binding in Self.map.bindings(mode: mode, screen: screen, canPrint: true)
        where !binding.hidden {
          for key in binding.keys {
            let works = Self.map.action(
              for: key, mode: mode, screen: screen, typing: false, canPrint: true)
            if mode == .kiosk, case .control = key { continue }
            #expect(works == binding.action, "\(mode) \(screen): \(key)")
          }
        }
      }
    }
  }

  /// The kiosk's footer and help name none of the keys a visitor cannot use.
  @Test func theKioskNamesNoHelpDeskKeys() {
    var wizard = WizardDriver(mode: .kiosk(KioskSettings()))
    wizard.press(.enter)
    let footer = wizard.lines().last ?? ""
    for word in ["s保存", "q退出", "o", "e导出", "Ctrl"] {
      #expect(!footer.contains(word), "\(footer)")
    }
    wizard.press(.character("?"))
    let help = wizard.screenText()
    for word in ["保存", "退出", "打开案例", "导出", "Ctrl", "新建案例"] {
      #expect(!help.contains(word), "\(help)")
    }
    wizard.press(.escape)
    for key in [
      Key.character("s"), .character("o"), .character("e"), .character("q"), .control("g"),
    ] {
      #expect(wizard.press(key).isEmpty)
      #expect(wizard.state.modal == nil, "\(key) does nothing in a kiosk")
    }
  }

  /// The help desk's footer names ←→ where they move between questions.
  @Test func theFooterNamesLeftAndRight() {
    var wizard = WizardDriver()
    let footer = wizard.lines().last ?? ""
    #expect(footer.contains("←/Esc上一题"), "\(footer)")
    #expect(footer.contains("→下一题"), "\(footer)")
    wizard.press(.tab)
    #expect(wizard.lines().last?.contains("→下一题") == false, "→ does nothing on the panel")
  }

  /// The README's table of keys is the one the key map generates.
  @Test func theReadmeTableIsGenerated() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let begin = try #require(text.range(of: "<!-- keys:begin -->\n"))
    let end = try #require(text.range(of: "<!-- keys:end -->"))
    let table = String(text[begin.upperBound..<end.lowerBound])
      .trimmingCharacters(in: .newlines)
    if ProcessInfo.processInfo.environment["README_RECORD"] == "1" {
      let updated = text.replacingCharacters(
        in: begin.upperBound..<end.lowerBound, with: Self.map.markdownTable() + "\n")
      try updated.write(to: readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      table == Self.map.markdownTable(),
      "README.md: put KeyMap.standard.markdownTable() between the markers")
  }
}

/// The one box on top: it alone takes keys, and the countdown comes back to it.
@Suite struct ModalTests {
  @Test func theBoxOnTopTakesTheKeys() {
    var wizard = WizardDriver()
    wizard.press(.character("s"))
    wizard.type("?q")
    #expect(wizard.state.saveForm?.fields[0] == "?q", "typed into the form, no help, no quit")
    #expect(wizard.state.modal == .saveForm(wizard.state.saveForm!))
  }

  @Test func theCountdownComesBackToTheBoxUnderIt() throws {
    var wizard = WizardDriver(mode: .kiosk(KioskSettings(idleSeconds: 10, countdownSeconds: 5)))
    wizard.press(.enter)
    wizard.type("7")
    wizard.press(.character("?"))
    wizard.wait(milliseconds: 10_000)
    #expect(wizard.state.modal == .countdown(over: .help))
    #expect(wizard.state.kioskCountdown == 5)
    wizard.press(.down)
    #expect(wizard.state.modal == .help, "the key only closed the countdown")
  }
}

/// On a text field letters are typed: the footer names Ctrl-S for saving, not s.
@Suite struct TypingFooterTests {
  @Test func theFooterOnATextFieldNamesKeysThatStillWork() {
    var wizard = WizardDriver()
    wizard.type("7")
    wizard.type("1")
    wizard.type("2")
    wizard.press(.enter)
    #expect(wizard.state.isOnTextField)
    let footer = wizard.lines().last ?? ""
    #expect(footer.contains("Ctrl-S保存") && !footer.contains(" s保存"), "\(footer)")
    wizard.press(.character("s"))
    #expect(wizard.state.modal == nil, "s is typed, as the footer says")
  }
}

/// Every box's keys come from its table in the key map: dispatch and hint alike.
@Suite struct BoxKeyMapTests {
  static let map = KeyMap.standard

  /// Every key the tests press into a box: letters the boxes bind, typing, every special key,
  /// the function keys and the control letters.
  static let probeKeys: [Key] =
    ["a", "y", "Y", "n", "N", "q", "s", "1", " ", "?", "汉"].map { Key.character($0) }
    + [
      .enter, .tab, .backTab, .escape, .backspace, .delete, .up, .down, .left, .right, .home,
      .end, .pageUp, .pageDown,
    ]
    + (1...12).map { Key.function($0) }
    + ["a", "c", "d", "g", "s", "u", "z"].map { Key.control($0) }

  @Test func everyBoxHasATable() {
    for box in KeyBox.allCases {
      #expect(!(Self.map.boxes[box] ?? []).isEmpty, "\(box)")
    }
  }

  @Test func noTwoBindingsOfABoxShareAKey() {
    for box in KeyBox.allCases {
      for mode in ModeKind.allCases {
        let bindings = Self.map.bindings(box: box, mode: mode)
        let keys = bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "\(box) \(mode): \(keys)")
        #expect(bindings.filter(\.typing).count <= 1, "\(box) \(mode): one typing binding")
        #expect(bindings.filter(\.otherKeys).count <= 1, "\(box) \(mode): one for other keys")
      }
    }
  }

  /// Every binding a box's hint names dispatches to its action, the hint names it by its label
  /// and says what it does in both languages.
  @Test(arguments: [Language.chinese, .english])
  func everyBindingInABoxHintDispatches(language: Language) {
    let strings = WizardStrings.of(language)
    for box in KeyBox.allCases {
      for mode in ModeKind.allCases where mode != .kiosk {
        let hint = Self.map.hint(box: box, mode: mode, strings: strings)
        for binding in Self.map.bindings(box: box, mode: mode) where binding.inHint {
          for key in binding.keys {
            #expect(
              Self.map.action(for: key, box: box, mode: mode) == binding.action,
              "\(box) \(mode): \(key)")
          }
          if binding.typing {
            #expect(Self.map.action(for: .character("x"), box: box, mode: mode) == binding.action)
          }
          let words = strings.boxKeys.help["\(box.rawValue).\(binding.action.rawValue)"]
          #expect(words?.isEmpty == false, "\(box).\(binding.action): no words in \(language)")
          #expect(hint.contains(words ?? "\u{0}"), "\(box): \(hint)")
          let label = strings.keyNames[binding.label] ?? binding.label
          #expect(label.isEmpty || hint.contains(label), "\(box): \(hint)")
        }
      }
    }
  }

  /// A kiosk box says what to touch: its hint from the key map is empty, whatever its keys.
  @Test func kioskBoxHintsNameNoKey() {
    for box in KeyBox.allCases {
      #expect(Self.map.hint(box: box, mode: .kiosk, strings: .chinese).isEmpty, "\(box)")
      #expect(Self.map.hint(box: box, mode: .kiosk, strings: .english).isEmpty, "\(box)")
    }
  }

  /// A wizard with the box open, as a user opens it.
  static func opened(_ box: KeyBox, kiosk: Bool) throws -> WizardDriver? {
    let profile = try HelpDeskModeTests.sample("2-ordos-new-materials.json")
    var wizard =
      kiosk
      ? WizardDriver(
        profile: profile,
        mode: .kiosk(KioskSettings(idleSeconds: 60, operatorPIN: "246810", canPrint: true)))
      : WizardDriver(profile: profile)
    if kiosk { wizard.press(.enter) }
    func toResult() {
      wizard.press(.function(2))
      wizard.press(.end)
      wizard.press(.enter)
    }
    switch (box, kiosk) {
    case (.confirmQuit, false): wizard.press(.character("q"))
    case (.help, _): wizard.press(.character("?"))
    case (.compare, _): wizard.press(.character("c"))
    case (.steps, _): wizard.press(.function(2))
    case (.detail, _):
      toResult()
      wizard.press(.enter)
    case (.takeHome, true):
      toResult()
      wizard.press(.character("m"))
    case (.saveForm, false): wizard.press(.character("s"))
    case (.caseList, false):
      wizard.press(.character("o"))
      wizard.send(.caseListLoaded(HelpDeskModeTests.items))
    case (.confirmDiscard, false): wizard.press(.character("n"))
    case (.pinEntry, true): wizard.press(.function(12))
    case (.confirmRestart, true): try TouchScreenTests.tap(&wizard, .restart)
    case (.countdown, true): wizard.wait(milliseconds: 61_000, tick: 1_000)
    default: return nil
    }
    let modal = try #require(wizard.state.modal, "\(box) did not open")
    #expect(KeyBox(modal) == box)
    return wizard
  }

  /// A key a box's table does not bind does nothing in the box: every key the box handles is
  /// in its table.
  @Test(arguments: [false, true])
  func everyKeyABoxHandlesIsInItsTable(kiosk: Bool) throws {
    let mode: ModeKind = kiosk ? .kiosk : .helpDesk
    for box in KeyBox.allCases {
      guard let wizard = try Self.opened(box, kiosk: kiosk) else { continue }
      for key in Self.probeKeys where Self.map.action(for: key, box: box, mode: mode) == nil {
        var pressed = wizard
        let effects = pressed.press(key)
        #expect(effects.isEmpty, "\(box) \(mode): \(key) asked for \(effects)")
        #expect(pressed.state.modal == wizard.state.modal, "\(box) \(mode): \(key) changed the box")
        #expect(pressed.screenText() == wizard.screenText(), "\(box) \(mode): \(key) changed it")
      }
    }
  }

  /// Each box's own hint line and the footer under it are its key map hint.
  @Test func theBoxHintsAreTheKeyMaps() throws {
    for box in KeyBox.allCases {
      guard let wizard = try Self.opened(box, kiosk: false) else { continue }
      let hint = Self.map.hint(box: box, mode: .helpDesk, strings: .chinese)
      #expect(!hint.isEmpty, "\(box)")
      #expect(wizard.lines().last?.contains(hint) == true, "\(box): \(wizard.lines().last ?? "")")
    }
  }

  /// The help screen names each box's keys with the hint the box shows, from the same table.
  @Test func theHelpScreenListsTheBoxKeys() {
    var wizard = WizardDriver()
    wizard.press(.character("?"))
    let screen = wizard.screenText()
    let lines = Self.map.boxHelpLines(mode: .helpDesk, strings: .chinese)
    let boxes = KeyBox.allCases.filter(\.hasHintLine)
    #expect(lines.count == boxes.count, "\(lines)")
    for box in boxes {
      let hint = Self.map.hint(box: box, mode: .helpDesk, strings: .chinese)
      #expect(screen.contains(hint), "\(box): \(screen)")
    }
    #expect(
      Self.map.boxHelpLines(mode: .kiosk, strings: .chinese).isEmpty, "a kiosk names no key")
  }

  /// No kiosk box names a key.
  @Test func noKioskBoxNamesAKey() throws {
    for box in KeyBox.allCases {
      guard let wizard = try Self.opened(box, kiosk: true) else { continue }
      TouchScreenTests.expectNoKeyNames(wizard, "\(box)")
    }
  }

  /// The discard question's `s` saves first, as its hint says.
  @Test func sInTheDiscardQuestionOpensTheSaveForm() throws {
    var wizard = try #require(try Self.opened(.confirmDiscard, kiosk: false))
    #expect(wizard.screenText().contains("s 先保存"))
    wizard.press(.character("s"))
    #expect(wizard.state.saveForm != nil)
  }
}
