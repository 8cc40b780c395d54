import DefaultCatalog
import PolicyEngine
import Testing
import WizardCore

/// Issue 16, defect 10: the plain mode takes a part of a label, lists the options an ambiguous
/// one fits, asks again on a bare Enter where there is no default, and reads back what it works
/// out (the annual increase in R&D spending).
@Suite struct PlainLabelTests {
  let catalog = DefaultCatalog.catalog
  let words = PlainStrings.chinese

  func answer(_ name: String, _ session: PlainTranscript) -> FactValue? {
    session.state.profile[catalog.fact(named: name)!.id]
  }

  func cityIndex(_ name: String) -> Int {
    guard case .enumeration(let values) = catalog.fact(named: "city")!.type else { return -1 }
    return values.index(of: name)!
  }

  @Test func aUniquePartOfALabelAnswers() {
    var session = PlainTranscript()
    let reply = session.type("鄂尔多斯")
    #expect(answer("city", session) == .choice(cityIndex("ordos")), "\(reply)")
    #expect(reply.contains("以什么身份申报？"), "on to the next question: \(reply)")
  }

  @Test func anAmbiguousPartListsTheMatches() {
    var session = PlainTranscript()
    let reply = session.type("呼")
    #expect(answer("city", session) == nil)
    #expect(reply.contains("有几项相符："), "\(reply)")
    #expect(reply.contains("呼和浩特市") && reply.contains("呼伦贝尔市"), "\(reply)")
    #expect(!reply.contains("包头市、"), "only the matches are listed: \(reply)")
  }

  @Test func theMessageSaysLabelsWork() {
    var session = PlainTranscript()
    let reply = session.type("上海")
    #expect(reply.contains("或选项名称"), "\(reply)")
    #expect(answer("city", session) == nil)
  }

  @Test func enterAloneOnTheCityAsksAgain() {
    var session = PlainTranscript()
    #expect(!session.text.contains("直接回车即选：呼和浩特市"), "\(session.text)")
    #expect(session.text.contains(words.noDefault))
    let reply = session.type("")
    #expect(answer("city", session) == nil, "no silent 呼和浩特市")
    #expect(reply.contains(words.noDefault), "\(reply)")
    #expect(reply.contains("贵单位注册在哪个盟市？") || reply.contains("1) 呼和浩特市"), "\(reply)")
    // A question with a default still takes Enter.
    session.type("7")
    session.type("")
    #expect(answer("applicant", session) != nil)
  }

  @Test func theComputedIncreaseIsReadBack() {
    var session = PlainTranscript()
    var reply = ""
    for line in ["7", "1", "2", "", "2800", "2000"] { reply = session.type(line) }
    #expect(reply.contains("年增量（自动计算）：800万元"), "\(reply)")
  }
}
