import PolicyEngine
import Testing

/// Both engine tables are complete and the English one is English: every entry rendered (the
/// closures with sample arguments, every case of the enums they take), English entries
/// non-empty and free of Chinese characters (so no 万 or 亿), Chinese entries non-empty. A
/// rendering that misses an entry of the struct fails too, so a new entry is checked from the
/// day it is added.
@Suite struct EngineTextTests {
  static func rendered(_ text: EngineText) -> [(key: String, value: String)] {
    let money = Money.yuan(1_234_567)
    var entries: [(key: String, value: String)] = [
      ("money", text.money(money)),
      ("separator", text.separator), ("comma", text.comma),
      ("listSeparator", text.listSeparator), ("labelled", text.labelled("A", "B")),
      ("labelSeparator", text.labelSeparator), ("parenthesisOpen", text.parenthesisOpen),
      ("parenthesisClose", text.parenthesisClose),
      ("parenthetical", text.parenthetical("A")), ("quoted", text.quoted("A")),
      ("badge", text.badge("A")), ("mark", text.mark("A")),
      ("yearlyRate", text.yearlyRate("5%")), ("rateCap", text.rateCap(money)),
      ("yes", text.yes), ("no", text.no), ("derivedIncrement", text.derivedIncrement),
      ("newlyApproved", text.newlyApproved), ("equalMatch", text.equalMatch),
      ("capLabel", text.capLabel), ("capEachLabel", text.capEachLabel),
      ("floorLabel", text.floorLabel), ("ceilingLabel", text.ceilingLabel),
      ("itemsTotal", text.itemsTotal(3)), ("perYear", text.perYear),
      ("yearly", text.yearly("X", "Y")), ("forYears", text.forYears(3)),
      ("forAtMostYears", text.forAtMostYears(5)), ("once", text.once),
      ("upTo", text.upTo("X")), ("atLeast", text.atLeast("X")),
      ("range", text.range(.wan(20), .wan(300))), ("quantity", text.quantity(2, "X")),
      ("points", text.points(40)), ("stackedByRule", text.stackedByRule("W", "R")),
      ("stackedByCustom", text.stackedByCustom("W")), ("stackedByTier", text.stackedByTier("W")),
      ("stackedByDecision", text.stackedByDecision("W", "Y", "R")),
      ("stackedByDecision", text.stackedByDecision("W", "Y", nil)),
      ("itemPaidElsewhere", text.itemPaidElsewhere("I", "R")),
      ("chooseHigher", text.chooseHigher("O")), ("openList", text.openList),
      ("openListShort", text.openListShort), ("perItemOpen", text.perItemOpen),
      ("total", text.total),
      ("dependsOnLabel", text.dependsOnLabel), ("generalSupport", text.generalSupport),
      ("dependsOn", text.dependsOn("F")), ("dependsOnIntro", text.dependsOnIntro),
      ("reachThreshold", text.reachThreshold("L", "T", "S", "C")),
      ("reachAbove", text.reachAbove("L", "T", "C")),
      ("reachFloor", text.reachFloor("L", "T", "S", "C")), ("notAnswered", text.notAnswered("Q")),
      ("noConditions", text.noConditions), ("applicantOK", text.applicantOK),
      ("takeHomeMore", text.takeHomeMore(3)), ("takeHomeDraftNotice", text.takeHomeDraftNotice),
      ("takeHomeDepartments", text.takeHomeDepartments("D")),
      ("takeHomeCaption", text.takeHomeCaption), ("listItemWording", text.listItemWording("L", 2)),
      ("departmentsLabel", text.departmentsLabel), ("originalTextLabel", text.originalTextLabel),
      ("language", text.language.rawValue),
    ]
    for certainty in Certainty.allCases {
      entries.append(("certaintyLabel", text.certaintyLabel(certainty)))
    }
    for kind in BenefitKind.allCases {
      entries.append(("kindDescription", text.kindDescription(kind)))
    }
    for status in [DocumentStatus.draft, .inForce] {
      entries.append(("documentStatusWording", text.documentStatusWording(status)))
    }
    return entries
  }

  @Test func everyEntryIsRendered() {
    let keys = Set(Self.rendered(.english).map(\.key))
    let fields = Mirror(reflecting: EngineText.english).children.compactMap(\.label)
    #expect(fields.count > 50)
    let missing = fields.filter { !keys.contains($0) }
    #expect(missing.isEmpty, "entries the test does not render: \(missing)")
  }

  @Test func theEnglishTableIsEnglish() {
    for (key, value) in Self.rendered(.english) where key != "separator" && key != "comma" {
      #expect(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty")
      #expect(!value.containsHanIdeograph, "\(key) is not English: \(value)")
    }
  }

  @Test func theChineseTableIsComplete() {
    for (key, value) in Self.rendered(.chinese) {
      #expect(!value.isEmpty, "\(key) is empty")
    }
    #expect(EngineText.chinese.language == .chinese)
    #expect(EngineText.english.language == .english)
    #expect(EngineText.of(.english).language == .english)
  }

  /// The English amounts: exact to the fen, grouped by thousands, never in millions.
  @Test func englishAmounts() {
    let text = EngineText.english
    #expect(text.money(.wan(50)) == "CNY 500,000")
    #expect(text.money(Money(fen: 123_450)) == "CNY 1,234.50")
    #expect(text.money(Money(fen: 123_405)) == "CNY 1,234.05")
    #expect(text.money(.yuan(9900)) == "CNY 9,900")
    #expect(text.money(.wan(12000)) == "CNY 120,000,000")
    #expect(text.money(.zero) == "CNY 0")
    #expect(text.money(Money(fen: -50_000)) == "-CNY 500")
    #expect(text.sum(MoneyRange(min: .zero, max: .wan(300))) == "up to CNY 3,000,000")
    #expect(text.sum(MoneyRange(min: .wan(200), max: nil)) == "at least CNY 2,000,000")
    #expect(text.sum(MoneyRange(min: .wan(100), max: .wan(300))) == "CNY 1,000,000 – 3,000,000")
    #expect(text.yearly(text.money(.wan(15)), nil) == "CNY 150,000 a year")
    #expect(EngineText.chinese.sum(MoneyRange(min: .wan(20), max: .wan(300))) == "20万元至300万元")
    #expect(EngineText.chinese.money(.wan(50)) == "50万元")
  }
}
