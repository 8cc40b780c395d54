import CaseStore
import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

/// Saving, reading back, listing, searching, updating and deleting cases in a real SQLite file.
@Suite struct CaseStoreTests {
  @Test func savedCaseReadsBackWhole() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    let draft = try Samples.draft("呼伦贝尔某科技有限公司", contact: "张三 13800000000", note: "首次来访")

    let saved = try store.save(draft)

    #expect(saved.id > 0)
    #expect(saved.draft == draft)
    #expect(saved.savedAt == saved.updatedAt)
    #expect(saved.catalogVersion == DefaultCatalog.catalog.version)
    #expect(saved.savedTotals == Totals(min: .wan(90), max: .wan(90)))
    var expectedProfile = try Samples.profile()
    expectedProfile.enterpriseName = "呼伦贝尔某科技有限公司"
    #expect(try saved.profile(in: DefaultCatalog.catalog) == expectedProfile)
    #expect(try store.case(id: saved.id) == saved)
  }

  @Test func anotherStoreOnTheSameFileSeesTheCase() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("cases.sqlite")
    let saved = try SQLiteCaseStore(path: path).save(try Samples.draft("鄂尔多斯某材料公司"))

    let reopened = try SQLiteCaseStore(path: path)

    #expect(try reopened.case(id: saved.id) == saved)
    #expect(try reopened.list().cases == [saved])
  }

  @Test func listsNewestFirst() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let clock = SteppingClock()
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"), now: clock.now)
    for name in ["first", "second", "third"] { _ = try store.save(try Samples.draft(name)) }

    #expect(try store.list().cases.map(\.enterpriseName) == ["third", "second", "first"])
  }

  @Test func searchLooksInNameContactAndNoteIgnoringCase() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    _ = try store.save(try Samples.draft("Grassland Dairy Tech", contact: "Wang Li"))
    _ = try store.save(try Samples.draft("包头稀土新材料", note: "Needs the R&D figures for 2025"))
    _ = try store.save(try Samples.draft("École des Mines Lab"))

    #expect(try store.search("DAIRY").cases.map(\.enterpriseName) == ["Grassland Dairy Tech"])
    #expect(try store.search("wang").cases.map(\.enterpriseName) == ["Grassland Dairy Tech"])
    #expect(try store.search("r&d figures").cases.map(\.enterpriseName) == ["包头稀土新材料"])
    #expect(try store.search("稀土").cases.map(\.enterpriseName) == ["包头稀土新材料"])
    // SQLite's LIKE folds ASCII only; the store lowercases with Swift's rules.
    #expect(try store.search("école").cases.map(\.enterpriseName) == ["École des Mines Lab"])
    #expect(try store.search("nowhere").cases.isEmpty)
    #expect(try store.search("  ").cases.count == 3)
  }

  @Test func wildcardsInASearchAreLiteral() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    for name in ["Subsidy 100% Ltd", "Subsidy 1000 Ltd", "rd_centre", "rdXcentre", #"a\b"#] {
      _ = try store.save(try Samples.draft(name))
    }

    #expect(try store.search("100%").cases.map(\.enterpriseName) == ["Subsidy 100% Ltd"])
    #expect(try store.search("%").cases.map(\.enterpriseName) == ["Subsidy 100% Ltd"])
    #expect(try store.search("rd_c").cases.map(\.enterpriseName) == ["rd_centre"])
    #expect(try store.search(#"\"#).cases.map(\.enterpriseName) == [#"a\b"#])
  }

  @Test func updateKeepsIdAndSavedDate() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"), now: SteppingClock().now)
    let saved = try store.save(try Samples.draft("呼和浩特某软件公司"))
    var draft = saved.draft
    draft.note = "补充了研发投入"
    draft.contact = "李四"

    let updated = try store.update(id: saved.id, with: draft)

    #expect(updated.id == saved.id)
    #expect(updated.note == "补充了研发投入")
    #expect(updated.contact == "李四")
    #expect(updated.savedAt == saved.savedAt)
    #expect(updated.updatedAt > saved.updatedAt)
    #expect(try store.list().cases == [updated])
  }

  @Test func updatingAMissingCaseFails() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))

    #expect(throws: CaseStoreError.noSuchCase(id: 42)) {
      try store.update(id: 42, with: try Samples.draft("nobody"))
    }
  }

  @Test func deleteSaysWhetherTheCaseExisted() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    let kept = try store.save(try Samples.draft("kept"))
    let deleted = try store.save(try Samples.draft("deleted"))

    #expect(try store.delete(id: deleted.id))
    #expect(try !store.delete(id: deleted.id))
    #expect(try store.case(id: deleted.id) == nil)
    #expect(try store.list().cases == [kept])
  }

  /// A case number written on paper must never come to name another enterprise.
  @Test func idsOfDeletedCasesAreNotGivenAgain() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    let first = try store.save(try Samples.draft("first"))
    try store.delete(id: first.id)

    #expect(try store.save(try Samples.draft("second")).id > first.id)
  }

  @Test(arguments: ["", "   ", "\u{3000}", "\n"])
  func enterpriseNameIsRequired(_ name: String) throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))

    #expect(throws: CaseStoreError.emptyEnterpriseName) { try store.save(try Samples.draft(name)) }
    #expect(try store.list().cases.isEmpty)
  }

  @Test func surroundingSpacesAndBlankFieldsAreNotStored() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))

    let saved = try store.save(try Samples.draft("\u{3000}赤峰某公司 ", contact: " ", note: ""))

    #expect(saved.enterpriseName == "赤峰某公司")
    #expect(saved.contact == nil)
    #expect(saved.note == nil)
  }

  @Test func soundFilePassesTheIntegrityCheck() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let store = try SQLiteCaseStore(path: directory.path("cases.sqlite"))
    _ = try store.save(try Samples.draft("any"))

    #expect(try store.integrityCheck() == ["ok"])
  }
}
