import Foundation
import Testing

/// `policy-wizard cases save` killed with SIGKILL at random moments, several of them in the
/// middle of a transaction: the database stays sound and every case in it is whole.
@Suite struct CaseStoreCrashTests {
  /// About 96 KB, so that each save writes a couple of dozen pages; one argument may not exceed
  /// 128 KiB on Linux.
  static let note = String(repeating: "研发投入记录；", count: 4_500)
  /// One child saves the same profile this many times: start-up happens once, then the child
  /// spends most of its life inside write transactions.
  static let savesPerChild = 100
  static let maximumRounds = 30
  /// Enough kills inside a transaction to stop early.
  static let wantedMidTransactionKills = 3

  static let profile = """
    {"enterpriseName": "呼伦贝尔某生物科技有限公司", "city": "hulunbuir", "highTech": "new",
     "rdSuperDeductionYears": 2, "rd": {"lastYear": 28000000, "yearBefore": 20000000},
     "asOf": "2026-06-01"}
    """

  @Test(.timeLimit(.minutes(3)))
  func killedSavesLeaveEveryCaseWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = try directory.write("profile.json", Self.profile)
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    let save =
      ["cases", "save"] + Array(repeating: profile, count: Self.savesPerChild)
      + ["--note", Self.note, "--db", database]

    // One child left to finish: how long a child lives, so that kills land across its life.
    let start = ContinuousClock.now
    try #require(try ChildProcess.run(save, killAfter: nil) == .exited(0))
    let life = ContinuousClock.now - start

    var killed = 0
    var completed = 1
    var midTransactionKills = 0
    for round in 1...Self.maximumRounds {
      switch try ChildProcess.run(save, killAfter: life * Double.random(in: 0...1)) {
      case .exited(0): completed += 1
      case .killed:
        killed += 1
        if try WriteAheadLog.hasUncommittedFrames(database + "-wal") { midTransactionKills += 1 }
      case let other: Issue.record("round \(round): \(other)")
      }
      if midTransactionKills >= Self.wantedMidTransactionKills { break }
    }
    #expect(midTransactionKills > 0, "none of \(killed) kills landed inside a transaction")

    // The file still takes a save after all the kills.
    let saveOnce = ["cases", "save", profile, "--note", Self.note, "--db", database]
    #expect(try ChildProcess.run(saveOnce, killAfter: nil) == .exited(0))
    completed += 1

    if SQLiteCommand.isAvailable {
      #expect(try SQLiteCommand.run(database, "PRAGMA integrity_check") == "ok")
      let incomplete = try SQLiteCommand.run(
        database,
        """
        SELECT count(*) FROM savedCase WHERE trim(enterpriseName) = '' OR length(note) != \(Self.note.count)
          OR json_extract(profileJSON, '$.city') IS NOT 'hulunbuir'
          OR json_extract(resultJSON, '$.totals.min') IS NOT 900000
        """)
      #expect(incomplete == "0")
    }

    // Every case reads back through the product: a name and the total it was told.
    let list = try runPolicyWizard(["cases", "list", "--db", database])
    try #require(list.status == 0, "\(list)")
    let rows = list.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ") }
    let ids = rows.compactMap { Int($0[0]) }
    #expect(ids.count == rows.count, "\(list.stdout.prefix(500))")
    #expect(ids.count >= (completed - 1) * Self.savesPerChild + 1)
    for row in rows where row.count != 4 || row[2].isEmpty || row[3] != "90万元" {
      Issue.record("incomplete case in the list: \(row.joined(separator: "  "))")
    }
    // `show` decodes the saved profile with the catalog and evaluates it again; a sample keeps
    // the test short.
    for id in Set([ids.first, ids.last].compactMap { $0 } + ids.shuffled().prefix(8)) {
      let show = try runPolicyWizard(["cases", "show", String(id), "--db", database])
      #expect(show.status == 0, "\(show)")
      #expect(show.stdout.hasPrefix("Case \(id): 呼伦贝尔某生物科技有限公司\n"))
      #expect(show.stdout.contains("\nNote: \(Self.note)\n"), "case \(id)'s note is not whole")
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
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if let delay {
      let (seconds, attoseconds) = delay.components
      let wait = DispatchTimeInterval.microseconds(
        Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000))
      // The one sleep: the random moment of the kill.
      if finished.wait(timeout: .now() + wait) == .success { return outcome(process) }
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

/// Reads an SQLite write-ahead log (https://www.sqlite.org/fileformat2.html#walformat) to tell
/// whether a kill interrupted a transaction: frames written after the last commit frame.
enum WriteAheadLog {
  static func hasUncommittedFrames(_ path: String) throws -> Bool {
    guard let data = FileManager.default.contents(atPath: path), data.count >= 32 else {
      return false
    }
    let bytes = [UInt8](data)
    func word(_ offset: Int) -> UInt32 {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
    let pageSize = Int(word(8))
    let salts = (word(16), word(20))
    var offset = 32
    var framesSinceCommit = 0
    // Frames of an earlier generation of the log carry other salts: they end the current one.
    while offset + 24 + pageSize <= bytes.count, (word(offset + 8), word(offset + 12)) == salts {
      framesSinceCommit = word(offset + 4) == 0 ? framesSinceCommit + 1 : 0
      offset += 24 + pageSize
    }
    return framesSinceCommit > 0
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
