import CaseStore
import Foundation
import NIOCore
import NIOPosix
import PostgresNIO

/// The service hall's shared store: every desk's cases, and the kiosks' hand-offs, in one
/// PostgreSQL server (postgres-nio).
///
/// The wizard's services are synchronous and postgres-nio is async: each operation runs as a
/// task on NIO's event loop group while the calling thread waits on a semaphore, at most
/// `operationTimeout`; a server that does not answer becomes `.serverUnavailable`, never a
/// frozen screen. One connection per store, opened on first use and dropped on any connection
/// failure, so that the next operation connects afresh (a restarted server, a terminated
/// backend). Every write is one statement or one transaction; a save with a request id is one
/// `INSERT … ON CONFLICT (request_id) DO UPDATE`, so retrying it never stores a case twice.
public final class PostgreSQLCaseStore: CaseStore {
  public let address: PostgreSQLAddress
  /// Recorded in every case this store saves or updates.
  public let desk: String?
  public var location: String { address.redacted }
  private let now: @Sendable () -> Date
  private let connection = ConnectionSlot()

  /// How long one operation (connecting included) may take before the server counts as away.
  public static let operationTimeout: TimeInterval = 10
  /// How long connecting may take.
  public static let connectTimeout: TimeInterval = 5

  /// Connects and brings the schema up to date (`PostgreSQLSchema`), so that a wrong address,
  /// a wrong password or a schema of a newer program is said at once.
  public init(
    address: PostgreSQLAddress, desk: String?, now: @escaping @Sendable () -> Date = { Date() }
  ) throws(CaseStoreError) {
    self.address = address
    self.desk = desk
    self.now = now
    try run { connection in
      try await PostgreSQLSchema.migrate(connection, location: address.redacted)
    }
  }

  deinit {
    connection.close()
  }

  // MARK: Cases

  public func save(_ draft: CaseDraft, requestID: String? = nil) throws(CaseStoreError)
    -> SavedCase
  {
    let draft = try draft.normalized()
    let date = now()
    let desk = desk
    // Safe to send again after a dropped connection: the request id makes it the same save.
    return try run(retryingOnce: requestID != nil) { connection in
      let rows = try await connection.query(
        """
        INSERT INTO saved_case (enterprise_name, contact, note, profile_json, result_json,
          catalog_version, saved_at, updated_at, request_id, version, desk)
        VALUES (\(draft.enterpriseName), \(draft.contact), \(draft.note), \(draft.profileJSON),
          \(draft.resultJSON), \(draft.catalogVersion), \(date), \(date), \(requestID), 1, \(desk))
        ON CONFLICT (request_id) DO UPDATE SET enterprise_name = EXCLUDED.enterprise_name,
          contact = EXCLUDED.contact, note = EXCLUDED.note, profile_json = EXCLUDED.profile_json,
          result_json = EXCLUDED.result_json, catalog_version = EXCLUDED.catalog_version,
          updated_at = EXCLUDED.updated_at, version = saved_case.version + 1,
          desk = EXCLUDED.desk
        RETURNING \(unescaped: PostgreSQLSchema.caseColumns)
        """, logger: Self.logger)
      guard let saved = try await Self.cases(rows).cases.first else {
        throw CaseStoreError.server(location: self.location, message: "the save returned no row")
      }
      return saved
    }
  }

  public func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64? = nil)
    throws(CaseStoreError) -> SavedCase
  {
    let draft = try draft.normalized()
    let date = now()
    let desk = desk
    // Not sent again by itself: had the first attempt committed, the retry would find its own
    // version and report a conflict with itself.
    return try run { connection in
      let rows = try await connection.query(
        """
        UPDATE saved_case SET enterprise_name = \(draft.enterpriseName),
          contact = \(draft.contact), note = \(draft.note), profile_json = \(draft.profileJSON),
          result_json = \(draft.resultJSON), catalog_version = \(draft.catalogVersion),
          updated_at = \(date), version = version + 1, desk = \(desk)
        WHERE id = \(id) AND (\(expectedVersion)::bigint IS NULL OR version = \(expectedVersion))
        RETURNING \(unescaped: PostgreSQLSchema.caseColumns)
        """, logger: Self.logger)
      if let updated = try await Self.cases(rows).cases.first { return updated }
      guard let stored = try await Self.fetchCase(connection, id: id) else {
        throw CaseStoreError.noSuchCase(id: id)
      }
      throw CaseStoreError.conflict(
        CaseConflict(stored: stored, attempted: draft, expectedVersion: expectedVersion ?? 0))
    }
  }

  public func list() throws(CaseStoreError) -> CaseListing {
    try run(retryingOnce: true) { connection in
      try await Self.cases(
        connection.query(
          """
          SELECT \(unescaped: PostgreSQLSchema.caseColumns) FROM saved_case
          ORDER BY saved_at DESC, id DESC
          """, logger: Self.logger))
    }
  }

  /// Filtered here rather than by the server's `lower()`, whose folding of non-ASCII letters
  /// depends on the database's locale: the same rules as the SQLite store's, whatever the
  /// server. A hall's cases are thousands, not millions.
  public func search(_ text: String) throws(CaseStoreError) -> CaseListing {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    var listing = try list()
    guard !text.isEmpty else { return listing }
    listing.cases = listing.cases.filter { saved in
      [saved.enterpriseName, saved.contact, saved.note].contains {
        $0?.lowercased().contains(text) ?? false
      }
    }
    return listing
  }

  public func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? {
    try run(retryingOnce: true) { connection in try await Self.fetchCase(connection, id: id) }
  }

  @discardableResult
  public func delete(id: Int64) throws(CaseStoreError) -> Bool {
    try run(retryingOnce: true) { connection in
      let rows = try await connection.query(
        "DELETE FROM saved_case WHERE id = \(id) RETURNING id", logger: Self.logger)
      return try await rows.collect().count > 0
    }
  }

  public func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int {
    try run(retryingOnce: true) { connection in
      let rows = try await connection.query(
        "DELETE FROM saved_case WHERE updated_at < \(date) RETURNING id", logger: Self.logger)
      return try await rows.collect().count
    }
  }

  // MARK: Hand-offs

  public func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval)
    throws(CaseStoreError) -> HandOffCode
  {
    let date = now()
    let expires = date.addingTimeInterval(lifetime)
    return try run { connection in
      // 31⁶ ≈ 887 million codes: a collision with a live one is rare, and tried again.
      while true {
        let code = HandOffCode.random()
        let rows = try await connection.query(
          """
          INSERT INTO hand_off (code, profile_json, catalog_version, created_at, expires_at)
          VALUES (\(code.text), \(answers.profileJSON), \(answers.catalogVersion), \(date),
            \(expires))
          ON CONFLICT (code) DO NOTHING RETURNING code
          """, logger: Self.logger)
        if try await rows.collect().count == 1 { return code }
      }
    }
  }

  public func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake {
    let date = now()
    return try run { connection in
      // Deleted as it is read: two desks typing the same code cannot both open it.
      let rows = try await connection.query(
        """
        WITH taken AS (DELETE FROM hand_off WHERE code = \(code.text)
          RETURNING profile_json, catalog_version, expires_at),
        tally AS (INSERT INTO hand_off_outcome (outcome, at)
          SELECT CASE WHEN expires_at > \(date) THEN 'taken' ELSE 'expired' END, \(date)
          FROM taken)
        SELECT profile_json, catalog_version, expires_at FROM taken
        """, logger: Self.logger)
      guard let row = try await rows.collect().first else { return .unknown }
      let (profileJSON, catalogVersion, expiresAt) = try row.decode((String, String, Date).self)
      guard expiresAt > date else { return .expired }
      return .found(HandOffAnswers(profileJSON: profileJSON, catalogVersion: catalogVersion))
    }
  }

  @discardableResult
  public func purgeExpiredHandOffs() throws(CaseStoreError) -> Int {
    let date = now()
    return try run(retryingOnce: true) { connection in
      let rows = try await connection.query(
        """
        WITH gone AS (DELETE FROM hand_off WHERE expires_at <= \(date) RETURNING code),
        tally AS (INSERT INTO hand_off_outcome (outcome, at) SELECT 'expired', \(date) FROM gone)
        SELECT count(*) FROM gone
        """, logger: Self.logger)
      return try await rows.collect().first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }
  }

  // MARK: Figures

  public func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError)
    -> CaseStatisticsInput
  {
    try run(retryingOnce: true) { connection in
      let listing = try await Self.cases(
        connection.query(
          """
          SELECT \(unescaped: PostgreSQLSchema.caseColumns) FROM saved_case
          WHERE (\(from)::timestamptz IS NULL OR saved_at >= \(from))
            AND (\(to)::timestamptz IS NULL OR saved_at < \(to))
          ORDER BY saved_at DESC, id DESC
          """, logger: Self.logger))
      let rows = try await connection.query(
        """
        SELECT count(*) FILTER (WHERE outcome = 'taken'), count(*) FILTER (WHERE outcome = 'expired')
        FROM hand_off_outcome
        WHERE (\(from)::timestamptz IS NULL OR at >= \(from))
          AND (\(to)::timestamptz IS NULL OR at < \(to))
        """, logger: Self.logger)
      var (taken, expired): (Int64, Int64) = (0, 0)
      if let row = try await rows.collect().first {
        (taken, expired) = try row.decode((Int64, Int64).self)
      }
      return CaseStatisticsInput(
        listing: listing, handOffsTaken: Int(taken), handOffsExpired: Int(expired))
    }
  }

  // MARK: Rows

  private static func fetchCase(_ connection: PostgresConnection, id: Int64) async throws
    -> SavedCase?
  {
    let listing = try await cases(
      connection.query(
        "SELECT \(unescaped: PostgreSQLSchema.caseColumns) FROM saved_case WHERE id = \(id)",
        logger: logger))
    if let damaged = listing.damaged.first { throw CaseStoreError.damagedCase(damaged) }
    return listing.cases.first
  }

  /// Each row read on its own: one that cannot be read is listed as damaged, by id.
  private static func cases(_ rows: PostgresRowSequence) async throws -> CaseListing {
    var listing = CaseListing(cases: [])
    for try await row in rows {
      let columns = row.makeRandomAccess()
      do {
        listing.cases.append(try PostgreSQLSchema.savedCase(columns))
      } catch {
        let id = (try? columns["id"].decode(Int64.self)) ?? 0
        listing.damaged.append(DamagedCase(id: id, problem: "\(error)"))
      }
    }
    return listing
  }

  // MARK: The bridge

  static var logger: Logger {
    var logger = Logger(label: "policy-wizard.cases.postgresql")
    // The store's errors say what went wrong; postgres-nio's own lines would only repeat it
    // (and a connection string must never reach a log).
    logger.logLevel = .critical
    return logger
  }

  /// Runs `body` on the store's connection (connecting first when there is none), waiting at
  /// most `operationTimeout`. A connection failure drops the connection; with `retryingOnce`
  /// (an operation that is the same when done twice) it is tried once more on a new one.
  private func run<T: Sendable>(
    retryingOnce: Bool = false,
    _ body: @escaping @Sendable (PostgresConnection) async throws -> T
  ) throws(CaseStoreError) -> T {
    do {
      return try attempt(body)
    } catch .serverUnavailable(let location, let reason) where retryingOnce {
      do {
        return try attempt(body)
      } catch {
        throw .serverUnavailable(location: location, reason: reason)
      }
    }
  }

  private func attempt<T: Sendable>(
    _ body: @escaping @Sendable (PostgresConnection) async throws -> T
  ) throws(CaseStoreError) -> T {
    let address = address
    let slot = connection
    let location = location
    let outcome = BlockingWait.run(timeout: Self.operationTimeout) { () async throws -> T in
      let connection = try await slot.connection {
        try await Self.connect(address)
      }
      return try await body(connection)
    }
    switch outcome {
    case .finished(let value):
      return value
    case .timedOut:
      slot.close()
      throw .serverUnavailable(
        location: location,
        reason: "no answer within \(Int(Self.operationTimeout)) seconds")
    case .failed(let error):
      let translated = PostgreSQLErrors.translate(error, location: location)
      if case .serverUnavailable = translated { slot.close() }
      throw translated
    }
  }

  private static func connect(_ address: PostgreSQLAddress) async throws -> PostgresConnection {
    var configuration = PostgresConnection.Configuration(
      host: address.host, port: address.port, username: address.user,
      password: address.password, database: address.database, tls: try tls(address))
    configuration.options.connectTimeout = .seconds(Int64(connectTimeout))
    if address.tlsMode == .verifyFull { configuration.options.tlsServerName = address.host }
    return try await PostgresConnection.connect(
      on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
      id: ConnectionSlot.nextID(), logger: logger)
  }

  private static func tls(_ address: PostgreSQLAddress) throws
    -> PostgresConnection.Configuration
    .TLS
  {
    switch address.tlsMode {
    case .disable:
      return .disable
    case .require:
      var configuration = TLSConfiguration.makeClientConfiguration()
      // libpq's `require`: encrypted, the certificate not checked.
      configuration.certificateVerification = .none
      return .require(try NIOSSLContext(configuration: configuration))
    case .verifyFull:
      let configuration = TLSConfiguration.makeClientConfiguration()
      return .require(try NIOSSLContext(configuration: configuration))
    }
  }
}

/// The store's one connection, shared by its operations (one at a time: the store's callers
/// are synchronous).
final class ConnectionSlot: @unchecked Sendable {
  private let lock = NSLock()
  private var current: PostgresConnection?
  private static let counter = Counter()

  func connection(_ connect: () async throws -> PostgresConnection) async throws
    -> PostgresConnection
  {
    if let existing = lock.withLock({ current }), !existing.isClosed { return existing }
    let fresh = try await connect()
    lock.withLock { current = fresh }
    return fresh
  }

  /// Closes and forgets the connection; the next operation connects again.
  func close() {
    let closing = lock.withLock {
      defer { current = nil }
      return current
    }
    guard let closing else { return }
    // Not waited for, but kept until closed: postgres-nio asserts that a connection is
    // closed before it is freed.
    let closed: EventLoopFuture<Void> = closing.close()
    closed.whenComplete { _ in withExtendedLifetime(closing) {} }
  }

  static func nextID() -> Int { counter.next() }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}

/// Waits for an async operation on a thread that may block (never a task of the cooperative
/// pool): the wizard's and the commands' synchronous calls.
enum BlockingWait {
  enum Outcome<T> {
    case finished(T)
    case failed(any Error)
    case timedOut
  }

  static func run<T: Sendable>(
    timeout: TimeInterval, _ body: @escaping @Sendable () async throws -> T
  ) -> Outcome<T> {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    // On threads of its own, not the cooperative pool: a caller that blocks on a thread of
    // that pool (a test, a task) must not starve the very task it waits for.
    let task = Task.detached(executorPreference: PostgreSQLExecutor.shared) {
      do {
        box.set(.finished(try await body()))
      } catch {
        box.set(.failed(error))
      }
      done.signal()
    }
    guard done.wait(timeout: .now() + timeout) == .success else {
      task.cancel()
      return .timedOut
    }
    return box.get() ?? .timedOut
  }

  final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Outcome<T>?
    func set(_ value: Outcome<T>) { lock.withLock { outcome = value } }
    func get() -> Outcome<T>? { lock.withLock { outcome } }
  }
}

/// Where the store's async work runs: a serial dispatch queue, whose threads are not the
/// cooperative pool's, so that `BlockingWait` may block any thread without a deadlock.
final class PostgreSQLExecutor: TaskExecutor, @unchecked Sendable {
  static let shared = PostgreSQLExecutor()
  private let queue = DispatchQueue(label: "policy-wizard.cases.postgresql")

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }
}
