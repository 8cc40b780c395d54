import DefaultCatalog
import PolicyEngine
import Testing
import WizardCore

/// The wizard's two tables. A key missing from either does not compile (a struct); these check
/// what the compiler cannot: every English entry is English (no Han character, no 万 or 亿),
/// every entry of both says something, and both tables describe the same keys.
@Suite struct WizardStringsTests {
  /// Every text of a table: its plain entries (read by reflection, so a new one is checked
  /// without being listed here) and its closures called with sample arguments.
  static func texts(_ language: Language) -> [(name: String, text: String)] {
    let strings = WizardStrings.of(language)
    var texts: [(String, String)] = []
    for child in Mirror(reflecting: strings).children {
      let name = child.label ?? "?"
      switch child.value {
      case let text as String: texts.append((name, text))
      case let list as [String]: texts += list.map { (name, $0) }
      case let table as [String: String]: texts += table.map { ("\(name).\($0.key)", $0.value) }
      case let pairs as [(term: String, explanation: String)]:
        texts += pairs.flatMap { [(name, $0.term), (name, $0.explanation)] }
      case let years as [(phrase: String, yearsBack: Int)]: texts += years.map { (name, $0.phrase) }
      default: continue
      }
    }
    texts += [
      ("keyHint", strings.keyHint("Enter", "OK")),
      ("typedYuan", strings.typedYuan("500000")),
      ("namedYear", strings.namedYear("x", 2025)),
      ("detailTextHeading", strings.detailTextHeading("Ordos (17)")),
      ("step", strings.step(1, 10)),
      ("fieldTooLong", strings.fieldTooLong(64)),
      ("listFull", strings.listFull(100)),
      ("itemStep", strings.itemStep("x", 1, 2)),
      ("tooSmall", strings.tooSmall(80, 24, 60, 20)),
      ("otherCityAsks", strings.otherCityAsks("x")),
      ("caseTitle", strings.caseTitle("x", 7)),
      ("pinLocked", strings.pinLocked(5)),
      ("countdown", strings.countdown(10)),
      ("demoBanner", strings.demoBanner("x")),
      ("caseOpened", strings.caseOpened("x")),
      ("takeHomePage", strings.takeHomePage(1, 2)),
      ("caseSaved", strings.caseSaved(true, 1, "x", "/p")),
      ("saveFailed", strings.saveFailed("x")),
      ("fixBeforeSaving", strings.fixBeforeSaving("x")),
      ("unansweredCount", strings.unansweredCount(18, "F2")),
      ("caseListFailed", strings.caseListFailed("x")),
      ("caseMissing", strings.caseMissing(1)),
      ("openFailed", strings.openFailed(1, "x")),
      ("reportExported", strings.reportExported("/p.html", "/p.txt")),
      ("exportFailed", strings.exportFailed("x")),
      ("databaseBusy", strings.databaseBusy("/p")),
      ("databaseReadOnly", strings.databaseReadOnly("/p")),
    ]
    for failure in [PrintFailure.cannotStart, .didNotRead, .exited(status: 3), .killed(signal: 9)] {
      texts.append(("printFailed", strings.printFailed(failure)))
    }
    return texts
  }

  static func hasHan(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      switch $0.value {
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
      default: return false
      }
    }
  }

  @Test func everyEnglishEntryIsEnglish() {
    let texts = Self.texts(.english)
    #expect(texts.count > 100, "\(texts.count) texts read")
    for (name, text) in texts {
      // The gap between two parts of a line is blank by design.
      #expect(
        !text.trimmingCharacters(in: .whitespaces).isEmpty || name == "gap" && !text.isEmpty,
        "\(name) is empty")
      #expect(!Self.hasHan(text), "\(name) has Chinese: \(text)")
    }
  }

  @Test func everyChineseEntrySaysSomething() {
    for (name, text) in Self.texts(.chinese) {
      #expect(
        !text.trimmingCharacters(in: .whitespaces).isEmpty || name == "gap" && !text.isEmpty,
        "\(name) is empty")
    }
  }

  /// The same keys of the key map in both languages, and a help text for every binding shown.
  @Test func bothTablesHelpEveryKey() {
    #expect(Set(WizardStrings.english.keyHelp.keys) == Set(WizardStrings.chinese.keyHelp.keys))
    for binding in KeyMap.standard.bindings where !binding.hidden {
      #expect(
        WizardStrings.english.keyHelp[binding.action.rawValue] != nil,
        "no English help for \(binding.action)")
    }
    #expect(WizardStrings.english.helpNotes.count == WizardStrings.chinese.helpNotes.count)
    #expect(WizardStrings.english.saveFields.count == WizardStrings.chinese.saveFields.count)
    #expect(
      WizardStrings.english.compareHeaders.count == WizardStrings.chinese.compareHeaders.count)
  }

  @Test func tableOfALanguage() {
    #expect(WizardStrings.of(.english).languageName == "English")
    #expect(WizardStrings.of(.chinese).languageName == WizardStrings.chinese.languageName)
  }
}
