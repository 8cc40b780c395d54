import Foundation
import ProcessRunner
import TestSupport
import Testing

/// Issue 17 from outside, on the built binary: which store the `cases` commands use, and a
/// service hall's desks on one PostgreSQL server (a private cluster, `PostgreSQLCluster`).
@Suite struct HallStoreCommandTests {
  static let sample = RepositoryFiles.url("Data/samples/1-hohhot-dairy-tech.json").path

  /// The configuration's `cases.database` is what `cases save` writes and `cases list` reads
  /// (the issue: the wizard saved there while `cases list` read the default file).
  @Test func casesListReadsTheConfiguredStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let configured = directory.url.appendingPathComponent("hall/cases.sqlite").path
    let config = try directory.write("config.yaml", "cases:\n  database: \(configured)\n")
    let home = directory.url.appendingPathComponent("home").path
    let environment: [String: String?] = [
      "HOME": home, "XDG_DATA_HOME": nil, "POLICY_WIZARD_DATABASE_URL": nil,
    ]

    let saved = try runPolicyWizard(
      ["cases", "save", Self.sample, "--config", config], environment: environment)
    try #require(saved.status == 0, "\(saved)")
    #expect(FileManager.default.fileExists(atPath: configured))

    let listed = try runPolicyWizard(
      ["cases", "list", "--config", config], environment: environment)
    #expect(listed.status == 0, "\(listed)")
    #expect(
      listed.stdout.hasPrefix("\(saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines))  "),
      "\(listed)")
    let direct = try runPolicyWizard(
      ["cases", "list", "--db", configured], environment: environment)
    #expect(direct.stdout == listed.stdout)

    // The default file was never made: listing it is an error (66), not an empty list.
    let fallback = try runPolicyWizard(["cases", "list"], environment: environment)
    #expect(fallback.status == 66, "\(fallback)")
    expectOneClearError(fallback)

    // POLICY_WIZARD_DATABASE_URL names the store when the configuration does not.
    let byEnvironment = try runPolicyWizard(
      ["cases", "list"],
      environment: environment.merging(["POLICY_WIZARD_DATABASE_URL": configured]) { $1 })
    #expect(byEnvironment.stdout == listed.stdout, "\(byEnvironment)")
  }

  /// The issue's finding: one row with a damaged `updatedAt` made `cases list` fail for all.
  @Test(.enabled(if: SQLiteCommand.isAvailable, "needs the sqlite3 command to damage a row"))
  func aDamagedRowIsListedAsDamagedAndHidesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    var ids: [String] = []
    for note in ["一", "二", "三"] {
      let saved = try runPolicyWizard([
        "cases", "save", Self.sample, "--note", note, "--db", database,
      ])
      try #require(saved.status == 0, "\(saved)")
      ids.append(saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    try SQLiteCommand.run(
      database, "UPDATE savedCase SET updatedAt = 'yesterday' WHERE id = \(ids[1])")

    let list = try runPolicyWizard(["cases", "list", "--db", database])
    #expect(list.status == 0, "\(list)")
    let lines = list.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(list)")
    #expect(
      lines.contains { $0.hasPrefix("\(ids[1])  （已损坏，无法读取：") && $0.contains("updatedAt") },
      "\(list)")
    #expect(lines.contains { $0.hasPrefix("\(ids[0])  ") && !$0.contains("已损坏") })
    let show = try runPolicyWizard(["cases", "show", ids[2], "--db", database])
    #expect(show.status == 0, "\(show)")
    let json = try runPolicyWizard(["cases", "list", "--format", "json", "--db", database])
    let document = try JSONOutput.object(json.stdout)
    #expect((document["cases"] as? [Any])?.count == 2)
    #expect(JSONOutput.objects(document["damaged"]).map { "\($0["id"] ?? "")" } == [ids[1]])
  }

  /// Anything that looks like a URL but is not a PostgreSQL one is refused, never taken as a
  /// file name; a password is never printed.
  @Test func otherURLsAreRefusedAndPasswordsNeverShown() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for address in [
      "mysql://hall:secret@127.0.0.1/hall", "postgresql:///hall", "postgres://hall:secret@/x",
      "postgresql://hall:secret@127.0.0.1:5432/hall?sslmode=sometimes",
    ] {
      let result = try runPolicyWizard(
        ["cases", "save", Self.sample, "--db", address], cwd: directory.url)
      #expect(result.status == 64, "\(address): \(result)")
      expectOneClearError(result)
      #expect(!result.stderr.contains("secret"), "\(result)")
      let made = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
      #expect(made.isEmpty, "\(address) made \(made)")
    }
    // A server that is not there: EX_TEMPFAIL, the URL redacted.
    let away = try runPolicyWizard(
      ["cases", "save", Self.sample, "--db", "postgresql://hall:secret@127.0.0.1:1/hall"],
      cwd: directory.url)
    #expect(away.status == 75, "\(away)")
    #expect(away.stderr.contains("postgresql://hall:***@127.0.0.1:1/hall"), "\(away)")
    #expect(!away.stderr.contains("secret"))
  }
}

/// The same against a real server.
@Suite(.enabled(if: PostgreSQLCluster.testsRun, Comment(rawValue: PostgreSQLCluster.skipReason)))
struct HallServerCommandTests {
  static let sample = HallStoreCommandTests.sample

  static func count(_ cluster: PostgreSQLCluster, _ database: String) throws -> Int {
    Int(try cluster.psql("SELECT count(*) FROM saved_case", database: database)) ?? -1
  }

  /// Two desks saving 25 cases each at once, on top of one case saved before: 51 cases; both
  /// saving the same 25 again at once (a retry) updates them and adds none.
  @Test(.timeLimit(.minutes(5))) func twoDesksAtOnceLoseNothing() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let database = try cluster.createDatabase()
    let url = cluster.url(database: database)
    let first = try runPolicyWizard(["cases", "save", Self.sample, "--db", url])
    try #require(first.status == 0, "\(first)")

    func desks() throws -> [CommandResult] {
      let children = try ["A", "B"].map { desk in
        try ProcessRunner.spawn(
          try PolicyWizardBinary.url().path,
          ["cases", "save"] + Array(repeating: Self.sample, count: 25) + [
            "--note", "desk \(desk)", "--db", url,
          ], environment: PolicyWizardEnvironment.pinned([:]))
      }
      return children.map { child in
        let result = child.result()
        return CommandResult(
          status: result.termination.exitStatus ?? -1, crashed: false, stdout: result.stdoutText,
          stderr: result.stderrText)
      }
    }
    let once = try desks()
    for result in once { #expect(result.status == 0, "\(result)") }
    let ids = once.flatMap { $0.stdout.split(separator: "\n") }
    #expect(Set(ids).count == 50)
    #expect(try Self.count(cluster, database) == 51)

    let again = try desks()
    #expect(
      again.map { Set($0.stdout.split(separator: "\n")) }
        == once.map { Set($0.stdout.split(separator: "\n")) })
    #expect(try Self.count(cluster, database) == 51)
    #expect(
      try cluster.psql(
        "SELECT DISTINCT version FROM saved_case WHERE note IS NOT NULL", database: database) == "2"
    )
  }

  /// `pg_ctl stop -m fast` in the middle of 40 saves, then a restart: the save that met the
  /// stopped server exits 75 and is retried with its key; every id reported saved is there,
  /// none twice. A cluster of its own, since it is stopped.
  @Test(.timeLimit(.minutes(5))) func aRestartInTheMiddleOfFortySaves() throws {
    let cluster = try PostgreSQLCluster()
    defer { cluster.remove() }
    let database = try cluster.createDatabase()
    let url = cluster.url(database: database)
    var reported: [String: String] = [:]
    for index in 1...40 {
      let arguments = ["cases", "save", Self.sample, "--request-id", "save-\(index)", "--db", url]
      if index == 20 { try cluster.stop(mode: "fast") }
      var result = try runPolicyWizard(arguments)
      if index == 20 {
        #expect(result.status == 75, "\(result)")
        expectOneClearError(result)
        try cluster.start()
        result = try runPolicyWizard(arguments)
      }
      try #require(result.status == 0, "save \(index): \(result)")
      reported["save-\(index)"] = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let stored = try cluster.psql(
      "SELECT request_id || '=' || id FROM saved_case ORDER BY id", database: database
    ).split(separator: "\n").map(String.init)
    #expect(stored.count == 40)
    #expect(Set(stored) == Set(reported.map { "\($0.key)=\($0.value)" }))
  }

  /// A saving process killed with SIGKILL part-way: run again with the same arguments (the
  /// same derived keys), every case is there once.
  @Test(.timeLimit(.minutes(5))) func aKilledSaveRunAgainStoresEachCaseOnce() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let database = try cluster.createDatabase()
    let url = cluster.url(database: database)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let output = directory.url.appendingPathComponent("ids").path
    let arguments = ["cases", "save"] + Array(repeating: Self.sample, count: 40) + ["--db", url]
    let child = try ProcessRunner.spawn(
      try PolicyWizardBinary.url().path, arguments,
      environment: PolicyWizardEnvironment.pinned([:]), stdout: .file(output))
    // Killed once it has reported a few saves (or has ended by itself).
    let deadline = ContinuousClock.now + .seconds(120)
    while child.finished == nil, ContinuousClock.now < deadline {
      let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      if printed.split(separator: "\n").count >= 5 { break }
      _ = child.wait(timeout: .milliseconds(20))
    }
    child.kill(SIGKILL)
    _ = child.wait()
    let before = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
      .split(separator: "\n").map(String.init)

    let rerun = try runPolicyWizard(arguments)
    try #require(rerun.status == 0, "\(rerun)")
    let after = rerun.stdout.split(separator: "\n").map(String.init)
    #expect(after.count == 40)
    #expect(Set(before).isSubset(of: Set(after)), "what was reported saved is still there")
    #expect(try Self.count(cluster, database) == 40)
  }

  /// `cases list --format json` and `cases stats` on the server, and purge deleting for real.
  @Test func listStatsAndPurgeOnTheServer() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let database = try cluster.createDatabase()
    let url = cluster.url(database: database)
    for note in ["一", "二"] {
      let saved = try runPolicyWizard(["cases", "save", Self.sample, "--note", note, "--db", url])
      try #require(saved.status == 0, "\(saved)")
    }
    let list = try runPolicyWizard(["cases", "list", "--format", "json", "--db", url])
    try #require(list.status == 0, "\(list)")
    let document = try JSONOutput.object(list.stdout)
    #expect((document["cases"] as? [Any])?.count == 2)
    #expect((document["damaged"] as? [Any])?.isEmpty == true)
    #expect(!(list.stdout.contains(PostgreSQLCluster.password)))

    let evaluated = try JSONOutput.object(
      try runPolicyWizard(["evaluate", Self.sample, "--format", "json"]).stdout)
    let stats = try runPolicyWizard(["cases", "stats", "--format", "json", "--db", url])
    try #require(stats.status == 0, "\(stats)")
    let figures = try JSONOutput.object(stats.stdout)
    let total = try #require(figures["total"] as? [String: Any])
    #expect(total["cases"] as? Int == 2)
    // Each certainty's sum is twice what `evaluate` says for the sample, category by category.
    let byCertainty = try #require(total["byCertainty"] as? [String: [String: Any]])
    let once = try #require(
      (evaluated["totals"] as? [String: Any])?["byCertainty"] as? [String: [String: Any]])
    #expect(Set(byCertainty.keys) == Set(once.keys))
    for (certainty, range) in once {
      let single = try #require(JSONOutput.number(range["min"]))
      #expect(JSONOutput.number(byCertainty[certainty]?["min"]) == single * 2, "\(certainty)")
    }

    try cluster.psql(
      "UPDATE saved_case SET updated_at = now() - interval '400 days' WHERE note = '一'",
      database: database)
    let purge = try runPolicyWizard(["cases", "purge", "--older-than", "365d", "--db", url])
    #expect(purge.status == 0, "\(purge)")
    #expect(try cluster.psql("SELECT note FROM saved_case", database: database) == "二")
  }
}
