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
