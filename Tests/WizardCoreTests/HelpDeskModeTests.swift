import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The help desk: the save form, the case list, opening a case and exporting a report. The
/// wizard asks for storage through effects and the session answers with events; here the test
/// plays the session.
@Suite struct HelpDeskModeTests {
  static let hulunbuirName = "呼伦贝尔某农牧业科技有限公司"

  static func sample(_ file: String) throws -> Profile {
    let source = try #require(DefaultCatalog.sampleSources.first { $0.name == file })
    return try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(source.text, file: file)
  }

  /// The Hulunbuir sample loaded, as `policy-wizard --profile` opens it.
  static func hulunbuirDesk() throws -> WizardDriver {
    WizardDriver(profile: try sample("3-hulunbuir-agriculture.json"))
  }

  static let items = [
    CaseListItem(id: 12, name: "呼伦贝尔某农牧业科技有限公司", savedAt: "2026-05-30 10:15", total: "135万元"),
    CaseListItem(id: 7, name: "鄂尔多斯某新材料股份有限公司", savedAt: "2026-05-28 16:40", total: "690万元至2195万元"),
  ]

  // MARK: Saving

  @Test func sOpensTheSaveFormWithTheEnterpriseName() throws {
    var wizard = try Self.hulunbuirDesk()
    #expect(wizard.press(.character("s")).isEmpty)
    let form = try #require(wizard.state.saveForm)
    #expect(form.fields == [Self.hulunbuirName, "", ""])
    #expect(form.focus == 0)
    let screen = wizard.screenText()
    #expect(screen.contains("保存案例"), "\(screen)")
    #expect(screen.contains("单位名称"), "\(screen)")
    #expect(screen.contains("联系人（可选）"), "\(screen)")
    #expect(screen.contains("备注（可选）"), "\(screen)")
    #expect(screen.contains(Self.hulunbuirName), "\(screen)")
    #expect(screen.contains("Tab 切换　Enter 保存　Esc 取消"), "\(screen)")
  }

  /// Without a name nothing is saved: the form stays, with the message, focus on the name.
  @Test func anEmptyNameIsRefused() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.character("s"))
    wizard.press(.tab)
    wizard.type("王经理")
    wizard.press(.backTab)
    wizard.press(.control("u"))
    #expect(wizard.state.saveForm?.fields[0] == "")
    #expect(wizard.press(.enter).isEmpty)
    #expect(wizard.state.saveForm != nil, "the form stays open")
    #expect(wizard.state.saveForm?.focus == 0)
    #expect(wizard.state.saveForm?.fields[1] == "王经理", "what was typed is kept")
    #expect(wizard.lines().last?.contains("请填写单位名称") == true, "\(wizard.screenText())")

    // Blanks are no name either.
    wizard.type("   ")
    #expect(wizard.press(.enter).isEmpty)
    #expect(wizard.state.saveForm != nil)
    #expect(wizard.lines().last?.contains("请填写单位名称") == true)
  }

  /// Enter saves: the profile under the typed name, with contact and note.
  @Test func enterSavesWithNameContactAndNote() throws {
    var wizard = try Self.hulunbuirDesk()
    let profile = wizard.state.profile
    wizard.press(.character("s"))
    wizard.press(.backspace, times: 4)
    wizard.type("科技公司")
    wizard.press(.tab)
    wizard.type("王经理 0470-1234567")
    wizard.press(.down)
    wizard.type("需补充研发台账 ")
    #expect(wizard.screenText().contains("王经理 0470-1234567"))
    let effects = wizard.press(.enter)

    let name = "呼伦贝尔某农牧业科技科技公司"
    var named = profile
    named.enterpriseName = name
    #expect(
      effects == [
        .saveCase(
          profile: named, name: name, contact: "王经理 0470-1234567", note: "需补充研发台账",
          requestID: wizard.state.draftID, caseID: nil)
      ]
    )
    #expect(wizard.state.saveForm == nil)
    #expect(wizard.state.profile == profile, "saving changes no answer")

    // The session answers with a notice; the next save and export use the saved name.
    wizard.send(.noticePosted("已保存案例 #3：\(name)"))
    #expect(wizard.lines().last?.contains("已保存案例 #3") == true)
    wizard.press(.character("s"))
    #expect(wizard.state.saveForm?.fields[0] == name)
    wizard.press(.escape)
    #expect(
      wizard.press(.character("e")) == [
        .exportReport(name: name, contact: wizard.state.helpDesk.contact)
      ])
    #expect(wizard.state.helpDesk.contact?.hasPrefix("王经理") == true)
  }

  /// Without contact and note they are saved as absent, not as empty text; Ctrl-S saves too.
  @Test func optionalFieldsLeftEmptyAreNil() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.control("s"))
    wizard.press(.tab)
    wizard.type("  ")
    let effects = wizard.press(.control("s"))
    let profile = wizard.state.profile
    #expect(
      effects == [
        .saveCase(
          profile: profile, name: Self.hulunbuirName, contact: nil, note: nil,
          requestID: wizard.state.draftID, caseID: nil)
      ])
  }

  /// The draft's key is the save's idempotency key: saving the same draft again (a retry, a
  /// correction) names the same key, so the session updates the case; an opened case and a
  /// new wizard are other drafts.
  @Test func savesOfOneDraftShareTheirKeyAndAnOpenedCaseHasAnother() throws {
    var wizard = try Self.hulunbuirDesk()
    func savedKey() -> String? {
      wizard.press(.control("s"))
      guard case .saveCase(_, _, _, _, let key, _, _)? = wizard.press(.control("s")).first else {
        return nil
      }
      return key
    }
    let first = try #require(savedKey())
    #expect(first.count == 32 && first.allSatisfy(\.isHexDigit), "\(first)")
    #expect(savedKey() == first)
    wizard.send(.caseOpened(wizard.state.profile, name: "另一家"))
    let opened = try #require(savedKey())
    #expect(opened != first)
    #expect(try Self.hulunbuirDesk().state.draftID != wizard.state.draftID)
  }

  @Test func escapeCancelsTheSaveForm() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.character("s"))
    wizard.type("x")
    #expect(wizard.press(.escape).isEmpty)
    #expect(wizard.state.saveForm == nil)
    #expect(!wizard.screenText().contains("保存案例"))
  }

  /// On a sum's field “s”, “o” and “e” are typed, not commands (Ctrl-S still saves).
  @Test func lettersOnATextFieldAreTyped() {
    var wizard = WizardDriver()
    wizard.type("712")
    wizard.press(.enter)
    #expect(wizard.currentFactName == "rd")
    for letter in ["s", "o", "e"] {
      #expect(wizard.press(.character(Character(letter))).isEmpty)
      #expect(wizard.state.saveForm == nil && wizard.state.caseList == nil)
    }
    #expect(wizard.state.drafts.values.contains("soe"))
    // “soe” is no sum: Ctrl-S asks to fix it rather than save what the screen does not show.
    wizard.press(.control("s"))
    #expect(wizard.state.saveForm == nil)
    #expect(wizard.state.notice?.contains("无法识别") == true, "\(wizard.state.notice ?? "")")
    wizard.press(.backspace, times: 3)
    wizard.press(.control("s"))
    #expect(wizard.state.saveForm?.fields[0] == "", "a new enterprise has no name yet")
  }

  // MARK: Opening

  @Test func oAsksForTheCaseListAndTypingSearches() throws {
    var wizard = try Self.hulunbuirDesk()
    #expect(wizard.press(.character("o")) == [.loadCaseList(query: "")])
    #expect(wizard.state.caseList != nil)
    var screen = wizard.screenText()
    #expect(screen.contains("已保存的案例"), "\(screen)")
    #expect(screen.contains("没有匹配的案例"), "\(screen)")

    #expect(wizard.press(.character("呼")) == [.loadCaseList(query: "呼")])
    #expect(wizard.press(.character("伦")) == [.loadCaseList(query: "呼伦")])
    #expect(wizard.press(.backspace) == [.loadCaseList(query: "呼")])
    #expect(wizard.press(.character("s")) == [.loadCaseList(query: "呼s")], "letters search too")
    screen = wizard.screenText()
    #expect(screen.contains("搜索：呼s"), "\(screen)")
    #expect(wizard.state.saveForm == nil)
  }

  /// The loaded cases are listed; Enter asks for the selected one.
  @Test func listedCasesOpenWithEnter() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.character("o"))
    wizard.send(.caseListLoaded(Self.items))
    let screen = wizard.screenText()
    for item in Self.items {
      let row = try #require(wizard.row(containing: "#\(item.id)"), "\(screen)")
      #expect(row.contains(item.name), "\(row)")
      #expect(row.contains(item.savedAt), "\(row)")
      #expect(row.contains(item.total), "\(row)")
    }
    #expect(!screen.contains("没有匹配的案例"))

    wizard.press(.down)
    wizard.press(.down)
    #expect(wizard.state.caseList?.selection == 1, "the selection stops at the last case")
    // The answers are not saved: the wizard asks first.
    #expect(wizard.press(.enter).isEmpty)
    #expect(wizard.state.modal == .confirmDiscard(then: .openCase(id: 7)))
    #expect(wizard.screenText().contains("当前回答尚未保存"))
    #expect(wizard.press(.character("y")) == [.openCase(id: 7)])
    #expect(wizard.state.modal == nil)
  }

  @Test func enterOnAnEmptyListAndEscapeDoNothing() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.character("o"))
    wizard.send(.caseListLoaded([]))
    #expect(wizard.press(.enter).isEmpty)
    #expect(wizard.state.caseList != nil)
    #expect(wizard.press(.escape).isEmpty)
    #expect(wizard.state.caseList == nil)
  }

  /// The opened case replaces every answer, says so, and its name is used from then on.
  @Test func anOpenedCaseReplacesTheAnswers() throws {
    var wizard = WizardDriver()
    wizard.answerHulunbuirEnterprise()
    let ordos = try Self.sample("2-ordos-new-materials.json")
    wizard.press(.character("o"))
    wizard.send(.caseListLoaded(Self.items))
    wizard.press(.down)
    wizard.press(.enter)
    #expect(wizard.press(.enter) == [.openCase(id: 7)], "Enter agrees to leave the answers")

    let name = "鄂尔多斯某新材料股份有限公司"
    wizard.send(.caseOpened(ordos, name: name, id: 7, contact: "王经理"))
    #expect(wizard.state.profile == ordos)
    #expect(
      Set(wizard.state.drafts.values) == ["6000", "4800", "3"], "the case's sums in the fields")
    #expect(
      wizard.state.result == Evaluator(catalog: wizard.catalog).evaluate(ordos, today: testDay))
    #expect(wizard.state.caseList == nil)
    #expect(wizard.state.currentFact == nil, "an opened case opens on its result")
    let screen = wizard.screenText()
    #expect(wizard.lines()[0].contains("\(name) #7"), "name and number in the title: \(screen)")
    #expect(wizard.lines().last?.contains("已打开案例：\(name)") == true, "\(screen)")
    #expect(wizard.lines()[0].contains("鄂尔多斯市"), "\(screen)")
    #expect(!screen.contains("呼伦贝尔（"), "nothing of the Hulunbuir answers: \(screen)")
    // The report of an opened case names its number and contact.
    #expect(
      wizard.press(.character("e")) == [.exportReport(name: name, caseID: 7, contact: "王经理")])
    wizard.press(.character("s"))
    #expect(wizard.state.saveForm?.fields[0] == name)
  }

  // MARK: Exporting

  @Test func eExportsTheReportUnderTheEnterpriseName() throws {
    var wizard = try Self.hulunbuirDesk()
    #expect(wizard.press(.character("e")) == [.exportReport(name: Self.hulunbuirName)])
    wizard.send(.noticePosted("报告已导出：/tmp/reports/x.html 与 .txt"))
    #expect(wizard.lines().last?.contains("报告已导出") == true)

    var anonymous = WizardDriver()
    #expect(anonymous.press(.control("e")) == [.exportReport(name: nil)])
  }

  /// From the result screen too.
  @Test func helpDeskKeysWorkOnTheResult() throws {
    var wizard = try Self.hulunbuirDesk()
    wizard.press(.function(2))
    wizard.press(.end)
    wizard.press(.enter)
    #expect(wizard.state.currentFact == nil)
    #expect(wizard.press(.character("e")) == [.exportReport(name: Self.hulunbuirName)])
    #expect(wizard.press(.character("o")) == [.loadCaseList(query: "")])
    wizard.press(.escape)
    wizard.press(.character("s"))
    #expect(wizard.state.saveForm != nil)
  }
}
