import CaseStore
import Foundation
import PolicyEngine
import Testing

/// What every backend must do alike, checked against a real SQLite file and a real PostgreSQL
/// server (`SQLiteHallTests`, `PostgreSQLCaseStoreTests`): each check gets stores made by
/// `make(desk, clock)` on one fresh, empty store.
enum StoreContract {
  typealias Make = (_ desk: String, _ now: @escaping @Sendable () -> Date) throws -> any CaseStore

  static func savesWithVersionAndDesk(_ make: Make) throws {
    let store = try make("窗口1", { Date() })
    let saved = try store.save(try Samples.draft("呼伦贝尔某科技有限公司", contact: "张三"), requestID: nil)
    #expect(saved.version == 1)
    #expect(saved.desk == "窗口1")
    #expect(saved.savedTotals == Totals(min: .wan(90), max: .wan(90)))
    #expect(try store.case(id: saved.id) == saved)
    #expect(try store.list().cases == [saved])
    #expect(try store.list().damaged.isEmpty)
  }

  /// A save retried with the same request id updates its case: one case, version 2.
  static func idempotentSaveStoresOnce(_ make: Make) throws {
    let store = try make("窗口1", { Date() })
    let first = try store.save(try Samples.draft("甲"), requestID: "draft-1")
    let again = try store.save(try Samples.draft("甲", note: "补充"), requestID: "draft-1")
    #expect(again.id == first.id)
    #expect(again.version == 2)
    #expect(again.note == "补充")
    #expect(try store.list().cases.count == 1)
  }

  /// The issue's two desks: A and B open case #1 (version 1); A saves a contact and a note;
  /// B's save of its note is refused with both versions, and A's words are still there.
  static func secondDeskIsToldOfTheConflict(_ make: Make) throws {
    let deskA = try make("A", { Date() })
    let deskB = try make("B", { Date() })
    let opened = try deskA.save(try Samples.draft("包头稀土新材料"), requestID: nil)
    var draftA = opened.draft
    draftA.contact = "张三 A"
    draftA.note = "A 的备注"
    let savedA = try deskA.update(id: opened.id, with: draftA, expectedVersion: opened.version)
    #expect(savedA.version == 2)
    var draftB = opened.draft
    draftB.note = "B 的备注"

    let error = #expect(throws: CaseStoreError.self) {
      try deskB.update(id: opened.id, with: draftB, expectedVersion: opened.version)
    }
    guard case .conflict(let conflict)? = error else {
      Issue.record("expected a conflict, got \(String(describing: error))")
      return
    }
    #expect(conflict.stored.contact == "张三 A")
    #expect(conflict.stored.note == "A 的备注")
    #expect(conflict.stored.desk == "A")
    #expect(conflict.stored.version == 2)
    #expect(conflict.attempted.note == "B 的备注")
    #expect(conflict.expectedVersion == 1)
    #expect(try deskA.case(id: opened.id) == savedA, "nothing of B's was written")

    // B chooses to keep its own, knowingly: from the version it was shown.
    let savedB = try deskB.update(
      id: opened.id, with: draftB, expectedVersion: conflict.stored.version)
    #expect(savedB.version == 3)
    #expect(savedB.desk == "B")
    #expect(throws: CaseStoreError.noSuchCase(id: 9999)) {
      try deskB.update(id: 9999, with: draftB, expectedVersion: 1)
    }
  }

  static func handOffOpensOnceThenExpires(_ make: Make) throws {
    let clock = SettableClock()
    let kiosk = try make("kiosk", clock.now)
    let desk = try make("窗口3", clock.now)
    let answers = HandOffAnswers(profileJSON: Samples.hulunbuirJSON, catalogVersion: "test")
    let code = try kiosk.createHandOff(answers, lifetime: 24 * 3600)
    #expect(code.text.count == 6)
    #expect(HandOffCode(typed: code.text.lowercased()) == code)

    #expect(try desk.takeHandOff(code) == .found(answers))
    #expect(try desk.takeHandOff(code) == .unknown, "a code opens once")

    let late = try kiosk.createHandOff(answers, lifetime: 3600)
    let purged = try kiosk.createHandOff(answers, lifetime: 3600)
    clock.advance(by: 3601)
    #expect(try desk.takeHandOff(late) == .expired)
    #expect(try desk.takeHandOff(late) == .unknown)
    #expect(try kiosk.purgeExpiredHandOffs() == 1)
    #expect(try desk.takeHandOff(purged) == .unknown, "deleted once expired")

    let input = try desk.statisticsInput(from: nil, to: nil)
    #expect(input.handOffsTaken == 1)
    #expect(input.handOffsExpired == 2)
  }

  /// Retention deletes for real: the old rows are gone, the recent one stays.
  static func purgeDeletesOldCases(_ make: Make) throws {
    let clock = SettableClock()
    let store = try make("窗口1", clock.now)
    let old = try store.save(try Samples.draft("旧"), requestID: nil)
    clock.advance(by: 400 * 86_400)
    let recent = try store.save(try Samples.draft("新"), requestID: nil)

    #expect(try store.purge(updatedBefore: clock.now().addingTimeInterval(-365 * 86_400)) == 1)
    #expect(try store.case(id: old.id) == nil)
    #expect(try store.list().cases.map(\.id) == [recent.id])
  }

  static func searchFoldsCaseLikeSwift(_ make: Make) throws {
    let store = try make("窗口1", { Date() })
    _ = try store.save(try Samples.draft("École des Mines Lab"), requestID: nil)
    _ = try store.save(try Samples.draft("Subsidy 100% Ltd", contact: "Wang Li"), requestID: nil)
    #expect(try store.search("école").cases.map(\.enterpriseName) == ["École des Mines Lab"])
    #expect(try store.search("WANG").cases.map(\.enterpriseName) == ["Subsidy 100% Ltd"])
    #expect(try store.search("%").cases.map(\.enterpriseName) == ["Subsidy 100% Ltd"])
    #expect(try store.search(" ").cases.count == 2)
  }

  /// The figures: totals by certainty summed from the saved results, by desk.
  static func statisticsSumTheSavedTotals(_ make: Make) throws {
    let deskA = try make("A", { Date() })
    let deskB = try make("B", { Date() })
    _ = try deskA.save(try Samples.draft("甲"), requestID: nil)
    _ = try deskA.save(try Samples.draft("乙"), requestID: nil)
    _ = try deskB.save(try Samples.draft("丙"), requestID: nil)
    let statistics = CaseStatistics(try deskA.statisticsInput(from: nil, to: nil), by: .desk)
    #expect(statistics.groups.map(\.key) == ["A", "B"])
    #expect(statistics.groups.map(\.cases) == [2, 1])
    #expect(statistics.total.cases == 3)
    // Each category is three times one case's, as saved: summed, not re-derived.
    let one = try #require(SavedResultTotals(resultJSON: try Samples.draft("甲").resultJSON))
    #expect(
      statistics.total.byCertainty.map(\.certainty.rawValue).sorted()
        == one.byCertainty.keys.sorted())
    for (certainty, range) in statistics.total.byCertainty {
      let saved = try #require(one.byCertainty[certainty.rawValue])
      #expect(range.min.yuanDecimal == saved.min * 3, "\(certainty)")
      #expect(range.max?.yuanDecimal == saved.max.map { $0 * 3 }, "\(certainty)")
    }
    #expect(statistics.total.benefitsByArticle.allSatisfy { $0.cases <= 3 })
    #expect(!statistics.total.benefitsByArticle.isEmpty)

    let none = try deskA.statisticsInput(from: Date().addingTimeInterval(3600), to: nil)
    #expect(none.listing.cases.isEmpty)
  }

  static var all: [(String, (Make) throws -> Void)] {
    [
      ("savesWithVersionAndDesk", savesWithVersionAndDesk),
      ("idempotentSaveStoresOnce", idempotentSaveStoresOnce),
      ("secondDeskIsToldOfTheConflict", secondDeskIsToldOfTheConflict),
      ("handOffOpensOnceThenExpires", handOffOpensOnceThenExpires),
      ("purgeDeletesOldCases", purgeDeletesOldCases),
      ("searchFoldsCaseLikeSwift", searchFoldsCaseLikeSwift),
      ("statisticsSumTheSavedTotals", statisticsSumTheSavedTotals),
    ]
  }
}

/// A clock a test moves by hand.
final class SettableClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date(timeIntervalSince1970: 1_780_000_000)

  @Sendable func now() -> Date { lock.withLock { current } }
  func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
