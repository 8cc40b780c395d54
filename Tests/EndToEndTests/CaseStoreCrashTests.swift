import Foundation
import ProcessRunner
import TestSupport
import Testing

/// `policy-wizard cases save` killed with SIGKILL at random moments, most of them while it
/// saves: the database stays sound and every case in it is whole.
@Suite struct CaseStoreCrashTests {
  /// About 96 KB: each save writes a couple of dozen pages, and the log is checkpointed into the
  /// database every forty saves or so. One argument may not exceed 128 KiB on Linux.
  static let note = String(repeating: "研发投入记录；", count: 4_500)
  /// One child saves this many cases, one transaction each: start-up happens once, then the
  /// child spends most of its life writing.
  static let savesPerChild = 40
  static let rounds = 16

  static func profile(named name: String) -> String {
    """
    {"enterpriseName": "\(name)", "city": "hulunbuir", "applicant": "enterprise", "highTech": "new",
     "rdSuperDeductionYears": 2, "rd": {"lastYear": 28000000, "yearBefore": 20000000},
     "asOf": "2026-06-01"}
    """
  }

  @Test(
    .enabled(if: SQLiteCommand.isAvailable, "needs the sqlite3 command, for SQLite's own verdict"),
    .timeLimit(.minutes(3)))
  func killedSavesLeaveEveryCaseWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    // Each round's cases carry its name, to count afterwards how many of them were saved.
    func saveArguments(_ name: String, count: Int = Self.savesPerChild) throws -> [String] {
      let profile = try directory.write("\(name).json", Self.profile(named: name))
      return ["cases", "save"] + Array(repeating: profile, count: count)
        + ["--note", Self.note, "--db", database]
    }

    // One child left to finish: how long a child lives, so that kills land across its life.
    let start = ContinuousClock.now
    try #require(try ChildProcess.run(saveArguments("Whole"), killAfter: nil) == .exited(0))
    let life = ContinuousClock.now - start

    var killedRounds: [String] = []
    for round in 1...Self.rounds {
      let name = "Round \(round)"
      let arguments = try saveArguments(name)
      // Start-up and reading the profiles fill about the first third of a child's life.
      switch try ChildProcess.run(arguments, killAfter: life * Double.random(in: 0.2...1)) {
      case .exited(0): break
      case .killed: killedRounds.append(name)
      case let other: Issue.record("\(name): \(other)")
      }
    }
    // The file still takes a save after all the kills.
    #expect(try ChildProcess.run(saveArguments("After", count: 1), killAfter: nil) == .exited(0))

    #expect(try SQLiteCommand.run(database, "PRAGMA integrity_check") == "ok")
    let incomplete = try SQLiteCommand.run(
      database,
      """
      SELECT count(*) FROM savedCase WHERE trim(enterpriseName) = ''
        OR length(note) != \(Self.note.count) OR json_extract(profileJSON, '$.city') IS NOT 'hulunbuir'
        OR json_extract(resultJSON, '$.totals.min') IS NOT 900000
      """)
    #expect(incomplete == "0")

    // Every case reads back through the product, with its name and the total it was told.
    let list = try runPolicyWizard(["cases", "list", "--db", database])
    try #require(list.status == 0, "\(list)")
    let rows = list.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ") }
    for row in rows where row.count != 4 || Int(row[0]) == nil || row[3] != "90万元" {
      Issue.record("incomplete case in the list: \(row.joined(separator: "  "))")
    }
    let savedPerRound = Dictionary(grouping: rows.filter { $0.count == 4 }, by: { $0[2] })
      .mapValues(\.count)
    for round in ["Whole"] + (1...Self.rounds).map({ "Round \($0)" }) {
      let saved = savedPerRound[round] ?? 0
      let expected =
        killedRounds.contains(round)
        ? 0...Self.savesPerChild : Self.savesPerChild...Self.savesPerChild
      #expect(expected.contains(saved), "\(round): \(saved) cases")
    }
    // A kill between a child's first and last save proves the kills reach the writing.
    let killedWhileSaving = killedRounds.filter {
      (1..<Self.savesPerChild).contains(savedPerRound[$0] ?? 0)
    }
    #expect(!killedWhileSaving.isEmpty, "\(killedRounds.count) kills, none while saving")

    // `show` decodes each saved profile with the catalog and evaluates it again; a sample,
    // with the last case of each killed round, keeps the test short.
    let ids = rows.compactMap { Int($0[0]) }
    let lastOfKilledRounds = killedRounds.compactMap { name in
      rows.first { $0.count == 4 && $0[2] == name }.flatMap { Int($0[0]) }
    }
    for id in Set(lastOfKilledRounds + ids.shuffled().prefix(4)) {
      let show = try runPolicyWizard(["cases", "show", String(id), "--db", database])
      #expect(show.status == 0, "\(show)")
      #expect(show.stdout.hasPrefix("案例 #\(id)："), "\(show)")
      #expect(show.stdout.contains("\n备注：\(Self.note)\n"), "case \(id)'s note is not whole")
    }
  }
}

/// One run of the built `policy-wizard`, killed with SIGKILL after a delay unless it has
/// finished; every wait is bounded.
enum ChildProcess {
  enum Outcome: Equatable {
    case exited(Int32)
    case killed
    case otherSignal(Int32)
  }

  struct Hung: Error, CustomStringConvertible {
    var arguments: [String]
    var description: String { "policy-wizard \(arguments.prefix(3).joined(separator: " ")) hung" }
  }

  static let timeLimit: Duration = .seconds(60)

  static func run(_ arguments: [String], killAfter delay: Duration?) throws -> Outcome {
    let child = try ProcessRunner.spawn(
      try PolicyWizardBinary.url().path, arguments, environment: PolicyWizardEnvironment.pinned(),
      stdout: .discarded, stderr: .discarded)
    // The one timed wait: the random moment of the kill.
    if let delay, child.wait(timeout: delay) == nil { child.kill(SIGKILL) }
    guard let ending = child.wait(timeout: timeLimit) else {
      child.kill(SIGKILL)
      child.wait()
      throw Hung(arguments: arguments)
    }
    switch ending {
    case .exited(let status): return .exited(status)
    case .signaled(SIGKILL): return .killed
    case .signaled(let signal): return .otherSignal(signal)
    }
  }
}
