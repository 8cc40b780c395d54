import Foundation
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
    {"enterpriseName": "\(name)", "city": "hulunbuir", "highTech": "new",
     "rdSuperDeductionYears": 2, "rd": {"lastYear": 28000000, "yearBefore": 20000000},
     "asOf": "2026-06-01"}
    """
  }

  @Test(.timeLimit(.minutes(3)))
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

    if SQLiteCommand.isAvailable {
      #expect(try SQLiteCommand.run(database, "PRAGMA integrity_check") == "ok")
      let incomplete = try SQLiteCommand.run(
        database,
        """
        SELECT count(*) FROM savedCase WHERE trim(enterpriseName) = ''
          OR length(note) != \(Self.note.count) OR json_extract(profileJSON, '$.city') IS NOT 'hulunbuir'
          OR json_extract(resultJSON, '$.totals.min') IS NOT 900000
        """)
      #expect(incomplete == "0")
    }

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

  static let timeLimit: DispatchTimeInterval = .seconds(60)

  static func run(_ arguments: [String], killAfter delay: Duration?) throws -> Outcome {
    let process = Process()
    process.executableURL = try PolicyWizardBinary.url()
    process.arguments = arguments
    process.environment = PolicyWizardEnvironment.pinned()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if let delay {
      let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
      // The one sleep: the random moment of the kill.
      if finished.wait(timeout: .now() + seconds) == .success { return outcome(process) }
      kill(process.processIdentifier, SIGKILL)
    }
    guard finished.wait(timeout: .now() + timeLimit) == .success else {
      kill(process.processIdentifier, SIGKILL)
      throw Hung(arguments: arguments)
    }
    return outcome(process)
  }

  private static func outcome(_ process: Process) -> Outcome {
    guard process.terminationReason == .uncaughtSignal else {
      return .exited(process.terminationStatus)
    }
    return process.terminationStatus == SIGKILL ? .killed : .otherSignal(process.terminationStatus)
  }
}

/// The `sqlite3` command, when installed, for SQLite's own verdict on the file.
enum SQLiteCommand {
  static let candidates = [
    "/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3",
  ]
  static var executable: String? {
    candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
  static var isAvailable: Bool { executable != nil }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ path: String, _ sql: String) throws -> String {
    guard let executable else { throw Failure(description: "sqlite3 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [path, sql]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    // A line or two of output, far below a pipe's capacity: reading after the exit is safe.
    guard finished.wait(timeout: .now() + 30) == .success else {
      process.terminate()
      throw Failure(description: "sqlite3 did not finish within 30 s")
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0 else { throw Failure(description: "sqlite3: \(text)") }
    return text
  }
}
