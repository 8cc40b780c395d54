import PolicyEngine
import Reports
import Testing

/// Both report tables are complete and the English one is English: every entry rendered (the
/// closures with sample arguments, every section), English entries non-empty and free of
/// Chinese characters (so no 万 or 亿), Chinese entries non-empty; a rendering that misses an
/// entry of the struct fails too.
@Suite struct ReportStringsTests {
  static func rendered(_ words: ReportStrings) -> [(key: String, value: String)] {
    var entries: [(key: String, value: String)] = [
      ("title", words.title), ("enterpriseName", words.enterpriseName),
      ("caseNumber", words.caseNumber), ("contact", words.contact),
      ("consultant", words.consultant), ("city", words.city), ("cityMissing", words.cityMissing),
      ("applicant", words.applicant), ("asOf", words.asOf),
      ("catalogVersion", words.catalogVersion), ("drafts", words.drafts),
      ("draftsIncluded", words.draftsIncluded), ("draftsExcluded", words.draftsExcluded),
      ("catalogEdition", words.catalogEdition("2026-01-15", 5)),
      ("catalogEdition", words.catalogEdition(nil, 1)), ("caseLabel", words.caseLabel(12)),
      ("colon", words.colon), ("listSeparator", words.listSeparator),
      ("separator", words.separator), ("comma", words.comma),
      ("parenthetical", words.parenthetical("A")), ("documentTitle", words.documentTitle("A")),
      ("beforeDocument", words.beforeDocument), ("sectionNumber", words.sectionNumber(3)),
      ("noOtherAnswers", words.noOtherAnswers), ("undecided", words.undecided),
      ("amount", words.amount), ("amountIfReached", words.amountIfReached), ("gap", words.gap),
      ("basis", words.basis), ("note", words.note), ("computation", words.computation),
      ("notStacked", words.notStacked), ("departments", words.departments),
      ("because", words.because), ("toConfirm", words.toConfirm),
      ("explanation", words.explanation), ("clauseText", words.clauseText),
      ("pleaseNote", words.pleaseNote), ("draftMark", words.draftMark),
      ("draftLabel", words.draftLabel), ("seeAbove", words.seeAbove("C")),
      ("clauseSeeAbove", words.clauseSeeAbove("C")), ("years", words.years(3)),
      ("atMostYears", words.atMostYears(5)), ("inAll", words.inAll("X")),
      ("draftNoticeHeading", words.draftNoticeHeading), ("draftNotice", words.draftNotice("D")),
      ("rangeNoticeHeading", words.rangeNoticeHeading), ("rangeNotice", words.rangeNotice),
      ("perYearNoticeHeading", words.perYearNoticeHeading),
      ("perYearNotice", words.perYearNotice),
      ("generalNoticeHeading", words.generalNoticeHeading),
      ("generalNotice", words.generalNotice), ("item", words.item), ("content", words.content),
      ("situation", words.situation), ("answered", words.answered), ("benefit", words.benefit),
      ("clause", words.clause), ("missing", words.missing), ("reachable", words.reachable),
      ("clauseColumn", words.clauseColumn), ("total", words.total),
      ("htmlLanguage", words.htmlLanguage), ("footer", words.footer("C", "2026-06-01")),
    ]
    for section in ReportSection.allCases {
      entries.append(("sectionHeading", words.sectionHeading(section)))
    }
    return entries
  }

  @Test func everyEntryIsRendered() {
    let keys = Set(Self.rendered(.english).map(\.key))
    let fields = Mirror(reflecting: ReportStrings.english).children.compactMap(\.label)
    #expect(fields.count > 50)
    let missing = fields.filter { !keys.contains($0) }
    #expect(missing.isEmpty, "entries the test does not render: \(missing)")
  }

  @Test func theEnglishTableIsEnglish() {
    for (key, value) in Self.rendered(.english) where key != "comma" && key != "separator" {
      #expect(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty")
      #expect(!value.containsHanIdeograph, "\(key) is not English: \(value)")
    }
  }

  @Test func theChineseTableIsComplete() {
    for (key, value) in Self.rendered(.chinese) { #expect(!value.isEmpty, "\(key) is empty") }
  }
}
