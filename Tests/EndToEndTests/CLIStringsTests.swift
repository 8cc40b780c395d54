import PolicyEngine
import Testing

@testable import policy_wizard

/// Both command-line tables are complete and the English one is English: every entry rendered
/// with sample arguments, English entries non-empty and free of Chinese characters (so no 万
/// or 亿), Chinese entries non-empty; a rendering that misses an entry fails too.
@Suite struct CLIStringsTests {
  static func rendered(_ strings: CLIStrings) -> [(key: String, value: String)] {
    [
      ("drafts", strings.drafts), ("labelled", strings.labelled("A", "B")),
      ("cityHeading", strings.cityHeading("C", 3)), ("noCases", strings.noCases("/p")),
      ("damaged", strings.damaged("updatedAt is not a date")),
      ("caseHeading", strings.caseHeading(3, "N")), ("contact", strings.contact),
      ("note", strings.note), ("saved", strings.saved("D", "U")),
      ("saved", strings.saved("D", nil)),
      ("totalWhenSaved", strings.totalWhenSaved("T", "C")),
      ("catalogChanged", strings.catalogChanged("S", "N")), ("deleted", strings.deleted(3, "N")),
      ("written", strings.written("/p")),
      ("notADate", strings.notADate("--as-of", "2026-13-01")),
      ("notACaseID", strings.notACaseID("x", "cases list")),
      ("noSuchCase", strings.noSuchCase(3, "/p", "cases list")),
      ("saveNeedsProfile", strings.saveNeedsProfile),
      ("nameIsForOneCase", strings.nameIsForOneCase), ("requestIDEmpty", strings.requestIDEmpty),
      ("requestIDIsForOneCase", strings.requestIDIsForOneCase),
      ("standardInput", strings.standardInput), ("unnamed", strings.unnamed("f.json")),
      ("profileDoesNotFit", strings.profileDoesNotFit(3, "C", "R")),
      ("cannotWrite", strings.cannotWrite("/p", "R")), ("summaryDefault", strings.summaryDefault),
      ("summary", strings.summary("D")), ("enterprises", strings.enterprises(3, 1)),
      ("enterprises", strings.enterprises(1, 0)), ("articleColumn", strings.articleColumn),
      ("enterprisesColumn", strings.enterprisesColumn), ("lowestColumn", strings.lowestColumn),
      ("highestColumn", strings.highestColumn), ("perYearColumn", strings.perYearColumn),
      ("amountColumnWidth", String(strings.amountColumnWidth)), ("openAbove", strings.openAbove),
      ("comparison", strings.comparison("A", "B", 3)),
      ("enterprisesBeforeAfter", strings.enterprisesBeforeAfter),
      ("lowestChange", strings.lowestChange), ("highestChange", strings.highestChange),
    ]
  }

  @Test func everyEntryIsRendered() {
    let keys = Set(Self.rendered(.english).map(\.key))
    let fields = Mirror(reflecting: CLIStrings.english).children.compactMap(\.label)
    #expect(fields.count > 30)
    let missing = fields.filter { !keys.contains($0) }
    #expect(missing.isEmpty, "entries the test does not render: \(missing)")
  }

  @Test func theEnglishTableIsEnglish() {
    for (key, value) in Self.rendered(.english) {
      #expect(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty")
      #expect(!value.containsHanIdeograph, "\(key) is not English: \(value)")
    }
  }

  @Test func theChineseTableIsComplete() {
    for (key, value) in Self.rendered(.chinese) { #expect(!value.isEmpty, "\(key) is empty") }
  }
}
