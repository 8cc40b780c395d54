import CaseStore
import Foundation
import TestSupport
import Testing

@testable import CaseStorePostgreSQL

/// The service hall's PostgreSQL store against a real server: a private cluster
/// (`PostgreSQLCluster`), one new database a test.
@Suite(.enabled(if: PostgreSQLCluster.testsRun, Comment(rawValue: PostgreSQLCluster.skipReason)))
struct PostgreSQLCaseStoreTests {
  static func cluster() throws -> PostgreSQLCluster { try PostgreSQLCluster.shared.get() }

  static func address(_ cluster: PostgreSQLCluster, _ database: String) throws -> PostgreSQLAddress
  {
    guard
      case .postgreSQL(let address) = try CaseStoreAddress(parsing: cluster.url(database: database))
    else { throw PostgreSQLCluster.Failure(description: "not a server URL") }
    return address
  }

  @Test(arguments: StoreContract.all.map(\.0))
  func contract(_ name: String) throws {
    let cluster = try Self.cluster()
    let address = try Self.address(cluster, try cluster.createDatabase())
    let check = try #require(StoreContract.all.first { $0.0 == name }?.1)
    try check { desk, now in try PostgreSQLCaseStore(address: address, desk: desk, now: now) }
  }

  /// From an empty database and from one left at each earlier schema version, holding a case.
  @Test(arguments: Array(0..<PostgreSQLSchema.latestVersion))
  func migratesFromEachEarlierVersion(_ version: Int) throws {
    let cluster = try Self.cluster()
    let database = try cluster.createDatabase()
    if version > 0 {
      try cluster.psql(
        """
        CREATE TABLE policy_wizard_schema (
          version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)
        """, database: database)
      for number in 1...version {
        for statement in PostgreSQLSchema.migrations[number - 1].sql {
          try cluster.psql(statement, database: database)
        }
        try cluster.psql(
          "INSERT INTO policy_wizard_schema VALUES (\(number), 'm\(number)', now())",
          database: database)
      }
      try cluster.psql(
        """
        INSERT INTO saved_case (enterprise_name, profile_json, result_json, catalog_version,
          saved_at, updated_at) VALUES ('旧案例', '{}', '{}', 'old', now(), now())
        """, database: database)
    }

    let store = try PostgreSQLCaseStore(address: try Self.address(cluster, database), desk: "窗口1")

    let recorded = try cluster.psql(
      "SELECT max(version) FROM policy_wizard_schema", database: database)
    #expect(recorded == String(PostgreSQLSchema.latestVersion))
    let listing = try store.list()
    #expect(listing.cases.map(\.enterpriseName) == (version == 0 ? [] : ["旧案例"]))
    #expect(listing.cases.allSatisfy { $0.version == 1 && $0.desk == nil })
    #expect(try store.save(try Samples.draft("新案例"), requestID: "r1").desk == "窗口1")
  }

  /// A schema of a newer program is refused, not written into.
  @Test func aNewerSchemaIsRefused() throws {
    let cluster = try Self.cluster()
    let database = try cluster.createDatabase()
    let address = try Self.address(cluster, database)
    _ = try PostgreSQLCaseStore(address: address, desk: nil)
    try cluster.psql(
      "INSERT INTO policy_wizard_schema VALUES (99, 'future', now())", database: database)
    #expect(throws: CaseStoreError.writtenByNewerVersion(path: address.redacted)) {
      try PostgreSQLCaseStore(address: address, desk: nil)
    }
  }

  /// A wrong password is said as such, and no message holds a password.
  @Test func aWrongPasswordIsSaidWithoutShowingIt() throws {
    let cluster = try Self.cluster()
    var address = try Self.address(cluster, try cluster.createDatabase())
    address.password = "not-the-password"
    let error = #expect(throws: CaseStoreError.self) {
      try PostgreSQLCaseStore(address: address, desk: nil)
    }
    let text = String(describing: error)
    #expect(text.contains("password"), "\(text)")
    #expect(!text.contains("not-the-password"))
    #expect(address.redacted.contains("***"))
  }

  /// pg_terminate_backend drops the desk's connection between two saves: the next save
  /// connects again; nothing is stored twice.
  @Test func aTerminatedBackendIsReconnected() throws {
    let cluster = try Self.cluster()
    let database = try cluster.createDatabase()
    let store = try PostgreSQLCaseStore(address: try Self.address(cluster, database), desk: "窗口1")
    let first = try store.save(try Samples.draft("甲"), requestID: "t-1")
    let terminated = try cluster.psql(
      """
      SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
      WHERE datname = '\(database)' AND pid <> pg_backend_pid()
      """, database: "postgres")
    #expect(terminated == "1")

    let second = try store.save(try Samples.draft("乙"), requestID: "t-2")
    let again = try store.save(try Samples.draft("甲"), requestID: "t-1")

    #expect(again.id == first.id)
    #expect(Set(try store.list().cases.map(\.id)) == [first.id, second.id])
  }

  /// A server that is away: the save fails at once as unavailable (exit 75 in `cases save`),
  /// and succeeds once the server is back. A cluster of its own, since it is stopped.
  @Test func aStoppedServerIsUnavailableThenBack() throws {
    let cluster = try PostgreSQLCluster()
    defer { cluster.remove() }
    let database = try cluster.createDatabase()
    let store = try PostgreSQLCaseStore(address: try Self.address(cluster, database), desk: "窗口1")
    _ = try store.save(try Samples.draft("甲"), requestID: "s-1")
    try cluster.stop(mode: "fast")

    let clock = ContinuousClock()
    let start = clock.now
    let error = #expect(throws: CaseStoreError.self) {
      try store.save(try Samples.draft("乙"), requestID: "s-2")
    }
    guard case .serverUnavailable? = error else {
      Issue.record("expected serverUnavailable, got \(String(describing: error))")
      return
    }
    #expect(clock.now - start < .seconds(PostgreSQLCaseStore.operationTimeout * 2 + 1))

    try cluster.start()
    _ = try store.save(try Samples.draft("乙"), requestID: "s-2")
    #expect(try store.list().cases.map(\.enterpriseName).sorted() == ["乙", "甲"])
  }
}

/// docs/hall.md's desk role: once the owner has migrated, SELECT, INSERT, UPDATE and DELETE on
/// the tables are all a desk needs — saving, updating, listing, hand-offs, figures, purging.
@Suite(.enabled(if: PostgreSQLCluster.testsRun, Comment(rawValue: PostgreSQLCluster.skipReason)))
struct PostgreSQLDeskRoleTests {
  @Test func aDeskRoleWithOnlyRowPrivilegesWorks() throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let database = try cluster.createDatabase()
    let owner = try PostgreSQLCaseStoreTests.address(cluster, database)
    _ = try PostgreSQLCaseStore(address: owner, desk: nil)
    let role = "desk_\(database)"
    try cluster.psql(
      """
      CREATE ROLE \(role) LOGIN PASSWORD 'desk-password';
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO \(role);
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(role);
      """, database: database)
    var desk = owner
    desk.user = role
    desk.password = "desk-password"

    let store = try PostgreSQLCaseStore(address: desk, desk: "窗口2")
    let saved = try store.save(try Samples.draft("甲"), requestID: "d-1")
    _ = try store.update(id: saved.id, with: saved.draft, expectedVersion: saved.version)
    let code = try store.createHandOff(
      HandOffAnswers(profileJSON: Samples.hulunbuirJSON, catalogVersion: "v"), lifetime: 60)
    #expect(try store.takeHandOff(code) != .unknown)
    #expect(try store.statisticsInput(from: nil, to: nil).listing.cases.count == 1)
    #expect(try store.purge(updatedBefore: Date.distantPast) == 0)
    // And no more: it cannot change the tables.
    let refused = try? cluster.psql("SET ROLE \(role); DROP TABLE saved_case", database: database)
    #expect(refused == nil)
  }
}
