import CaseStore
import Foundation
import ProcessRunner
import TestSupport
import Testing

@testable import CaseStoreHelper

#if canImport(Glibc)
  import Glibc
#endif

/// The wizard's side of the hall store (`OutOfProcessCaseStore`) and the helper's
/// (`StoreHelperService`) over a real socket pair, the helper served on a thread of this process
/// by a store that does what each test says: every value and every error crosses whole.
@Suite struct StoreHelperProtocolTests {
  static let address = PostgreSQLAddress(
    host: "127.0.0.1", port: 5432, user: "hall", password: "pass-word", database: "hall")

  /// Every case of `CaseStoreError`, each with values that need escaping.
  static let everyError: [CaseStoreError] = {
    let stored = ScriptedStore.savedCase(id: 7, version: 3, desk: "窗口2")
    return [
      .cannotCreateDirectory(path: "/tmp/新建\n目录", reason: "Permission denied"),
      .cannotCreateFile(path: "/tmp/a.sqlite", reason: "No space left on device"),
      .cannotRestrictPermissions(path: "/tmp/a.sqlite", reason: "Operation not permitted"),
      .notADatabase(path: "/tmp/\"quoted\".sqlite"),
      .foreignDatabase(path: "/tmp/other.sqlite"),
      .writtenByNewerVersion(path: "postgresql://hall:***@127.0.0.1:5432/hall"),
      .damaged(path: "/tmp/a.sqlite", detail: "malformed\tpage"),
      .emptyEnterpriseName,
      .noSuchCase(id: Int64.max),
      .busy(path: "/tmp/a.sqlite"),
      .readOnly(path: "/tmp/a.sqlite"),
      .cannotOpen(path: "/tmp/a.sqlite", reason: "Is a directory"),
      .sqlite(path: "/tmp/a.sqlite", message: "disk I/O error"),
      .conflict(
        CaseConflict(
          stored: stored,
          attempted: CaseDraft(
            enterpriseName: "包头稀土新材料", contact: nil, note: "B 的备注\n第二行",
            profileJSON: "{}", resultJSON: "{}", catalogVersion: "v"),
          expectedVersion: 1)),
      .damagedCase(DamagedCase(id: 12, problem: "updatedAt is not a date: 'yesterday'")),
      .serverUnavailable(
        location: "postgresql://hall:***@127.0.0.1:5432/hall", reason: "connection refused"),
      .server(location: "postgresql://hall:***@127.0.0.1:5432/hall", message: "permission denied"),
      .badAddress("mysql://hall:***@x/hall", reason: "mysql:// is not supported"),
    ]
  }()

  /// The case's name; exhaustive, so that a new case of `CaseStoreError` does not compile here
  /// until `everyError` is looked at.
  static func name(_ error: CaseStoreError) -> String {
    switch error {
    case .cannotCreateDirectory: "cannotCreateDirectory"
    case .cannotCreateFile: "cannotCreateFile"
    case .cannotRestrictPermissions: "cannotRestrictPermissions"
    case .notADatabase: "notADatabase"
    case .foreignDatabase: "foreignDatabase"
    case .writtenByNewerVersion: "writtenByNewerVersion"
    case .damaged: "damaged"
    case .emptyEnterpriseName: "emptyEnterpriseName"
    case .noSuchCase: "noSuchCase"
    case .busy: "busy"
    case .readOnly: "readOnly"
    case .cannotOpen: "cannotOpen"
    case .sqlite: "sqlite"
    case .conflict: "conflict"
    case .damagedCase: "damagedCase"
    case .serverUnavailable: "serverUnavailable"
    case .server: "server"
    case .badAddress: "badAddress"
    }
  }

  @Test func everyErrorCaseIsListed() {
    #expect(Set(Self.everyError.map(Self.name)).count == 18)
  }

  /// Each error, thrown by each of the eleven calls in the helper, is thrown by the wizard's
  /// store as it was: the same case and values (a conflict with both versions).
  @Test func everyErrorOfEveryCallRoundTrips() throws {
    let scripted = ScriptedStore()
    let store = try OutOfProcessCaseStore(
      address: Self.address, desk: "窗口1", launcher: ThreadHelper(scripted))
    for error in Self.everyError {
      scripted.failure = error
      for (call, run) in ScriptedStore.everyCall {
        #expect(throws: error, "\(call)") { try run(store) }
      }
    }
  }

  /// An error of `open` (a wrong password, a newer schema) is the store's init's error.
  @Test func anErrorOfOpeningIsThrownByInit() {
    let scripted = ScriptedStore()
    scripted.openFailure = .writtenByNewerVersion(path: Self.address.redacted)
    #expect(throws: CaseStoreError.writtenByNewerVersion(path: Self.address.redacted)) {
      try OutOfProcessCaseStore(
        address: Self.address, desk: nil, launcher: ThreadHelper(scripted))
    }
  }

  /// Every value comes back equal, dates to the bit; the address (with its password) and the
  /// desk reach the helper's `open`; the calls' dates are the wizard's clock.
  @Test func everyValueRoundTrips() throws {
    let scripted = ScriptedStore()
    let clock = Date(timeIntervalSince1970: 1_780_000_123.456_789)
    let store = try OutOfProcessCaseStore(
      address: Self.address, desk: "窗口1", launcher: ThreadHelper(scripted), now: { clock })
    #expect(scripted.opened?.address == Self.address)
    #expect(scripted.opened?.address.password == "pass-word")
    #expect(scripted.opened?.desk == "窗口1")

    let draft = ScriptedStore.savedCase(id: 1, version: 1, desk: nil).draft
    #expect(try store.save(draft, requestID: "r-1") == scripted.saved)
    #expect(scripted.lastDate == clock)
    #expect(try store.update(id: 1, with: draft, expectedVersion: 1) == scripted.saved)
    #expect(try store.list() == scripted.listing)
    #expect(try store.search("甲") == scripted.listing)
    #expect(try store.case(id: 1) == scripted.saved)
    scripted.found = false
    #expect(try store.case(id: 1) == nil)
    #expect(try store.delete(id: 1) == true)
    #expect(try store.purge(updatedBefore: clock) == 3)
    #expect(try store.createHandOff(scripted.answers, lifetime: 60) == scripted.code)
    for take in [HandOffTake.found(scripted.answers), .expired, .unknown] {
      scripted.take = take
      #expect(try store.takeHandOff(scripted.code) == take)
    }
    #expect(try store.purgeExpiredHandOffs() == 3)
    #expect(try store.statisticsInput(from: clock, to: nil) == scripted.statistics)
    #expect(scripted.calls.count == 14)
  }

  /// A helper that does not answer: the call fails as unavailable within the timeout, not
  /// later; the helper is ended and the next call starts another, which answers.
  @Test(.timeLimit(.minutes(1))) func aHelperThatHangsIsUnavailableWithinTheTimeout() throws {
    let scripted = ScriptedStore()
    let launcher = ThreadHelper(scripted)
    let store = try OutOfProcessCaseStore(
      address: Self.address, desk: nil, launcher: launcher, replyTimeout: .milliseconds(300))
    scripted.hangs = true
    defer { scripted.release() }
    let clock = ContinuousClock()
    let start = clock.now
    let error = #expect(throws: CaseStoreError.self) { try store.list() }
    #expect(clock.now - start < .seconds(5))
    guard case .serverUnavailable(let location, let reason)? = error else {
      Issue.record("expected serverUnavailable, got \(String(describing: error))")
      return
    }
    #expect(location == Self.address.redacted)
    #expect(reason.contains("policy-wizard-store"), "\(reason)")
    scripted.hangs = false
    #expect(try store.list() == scripted.listing)
    #expect(launcher.launches == 2)
  }
}

/// The built `policy-wizard-store` itself.
@Suite struct StoreHelperProgramTests {
  /// The debug build's helper, beside this test bundle (`swift build` puts both in one
  /// directory), copied under a name of its own so that its processes can be told apart from
  /// other tests' helpers.
  static func privateCopy(in directory: ScratchDirectory) throws -> String {
    let built = ProcessRunner.programBesideThisOne(named: StoreHelperProgram.name)
    let copy = directory.url.appendingPathComponent(StoreHelperProgram.name).path
    // cp, not FileManager: a copy held open by this process would be inherited by other
    // tests' children (ETXTBSY at its exec).
    let copied = try ProcessRunner.run("/bin/cp", [built, copy])
    try #require(copied.termination == .exited(0), "\(copied.stderrText)")
    return copy
  }

  /// The helper killed in the middle of a call (connecting to a server that never answers):
  /// the call fails at once as unavailable, and the helper held no password in its command
  /// line or environment.
  @Test(.timeLimit(.minutes(1))) func aHelperKilledMidCallIsUnavailable() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let helper = try Self.privateCopy(in: directory)
    let silent = try SilentServer()
    defer { silent.close() }
    let address = PostgreSQLAddress(
      host: "127.0.0.1", port: silent.port, user: "hall", password: "never-shown-pw",
      database: "hall")

    let outcome = Outcome()
    let opening = Thread {
      do {
        _ = try OutOfProcessCaseStore(
          address: address, desk: nil, launcher: StoreHelperProgram(path: helper))
        outcome.set(nil)
      } catch {
        outcome.set(error)
      }
    }
    opening.start()
    let pid = try #require(HelperProcesses.await(helper, present: true).first)
    let commandLine = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
    let environment = try String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8)
    #expect(!commandLine.contains("never-shown-pw"))
    #expect(!environment.contains("never-shown-pw"))
    #expect(kill(pid, SIGKILL) == 0)

    let clock = ContinuousClock()
    let start = clock.now
    let error = outcome.wait(timeout: .seconds(20))
    #expect(clock.now - start < .seconds(5), "the call returned after \(clock.now - start)")
    guard case .serverUnavailable(_, let reason)? = error else {
      Issue.record("expected serverUnavailable, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("policy-wizard-store"), "\(reason)")
    #expect(HelperProcesses.await(helper, present: false).isEmpty)
  }

  /// A store released ends its helper: no process is left behind.
  @Test func aReleasedStoreLeavesNoHelper() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let helper = try Self.privateCopy(in: directory)
    let scriptedOpen = try SilentServer()
    scriptedOpen.close()
    // Nobody listens on that port now: open fails as unavailable, and the helper must end.
    let address = PostgreSQLAddress(
      host: "127.0.0.1", port: scriptedOpen.port, user: "hall", database: "hall")
    #expect(throws: CaseStoreError.self) {
      try OutOfProcessCaseStore(
        address: address, desk: nil, launcher: StoreHelperProgram(path: helper))
    }
    #expect(HelperProcesses.await(helper, present: false).isEmpty)
  }

  /// Run by hand (a terminal, or arguments), it says what it is and exits 64.
  @Test func itRefusesArguments() throws {
    let built = ProcessRunner.programBesideThisOne(named: StoreHelperProgram.name)
    let result = try ProcessRunner.run(built, ["--help"], timeLimit: .seconds(30))
    #expect(result.termination == .exited(64))
    #expect(result.stderrText.contains("started by policy-wizard"), "\(result.stderrText)")
  }

  /// A missing helper is said, naming it, as a store that cannot be opened.
  @Test func aMissingHelperIsSaid() {
    let address = PostgreSQLAddress(host: "127.0.0.1", user: "hall", database: "hall")
    #expect {
      try OutOfProcessCaseStore(
        address: address, desk: nil,
        launcher: StoreHelperProgram(path: "/nonexistent/policy-wizard-store"))
    } throws: { error in
      guard case .cannotOpen(_, let reason) = error as? CaseStoreError else { return false }
      return reason.contains("/nonexistent/policy-wizard-store")
    }
  }
}

/// The PostgreSQL store through the built helper against a real server: the same contract as
/// `PostgreSQLCaseStoreTests`, so the wizard's path is the tested one.
@Suite(.enabled(if: PostgreSQLCluster.testsRun, Comment(rawValue: PostgreSQLCluster.skipReason)))
struct StoreHelperPostgreSQLTests {
  @Test(arguments: StoreContract.all.map(\.0))
  func contractThroughTheHelper(_ name: String) throws {
    let cluster = try PostgreSQLCluster.shared.get()
    let address = try PostgreSQLCaseStoreTests.address(cluster, try cluster.createDatabase())
    let check = try #require(StoreContract.all.first { $0.0 == name }?.1)
    try check { desk, now in
      try OutOfProcessCaseStore(
        address: address, desk: desk, launcher: StoreHelperProgram.besideThisProgram(), now: now)
    }
  }

  /// A server stopped under a running helper: unavailable (the helper's own bound), then the
  /// same store saves again once the server is back. A cluster of its own.
  @Test func aStoppedServerIsUnavailableThenBack() throws {
    let cluster = try PostgreSQLCluster()
    defer { cluster.remove() }
    let address = try PostgreSQLCaseStoreTests.address(cluster, try cluster.createDatabase())
    let store = try OutOfProcessCaseStore(
      address: address, desk: "窗口1", launcher: StoreHelperProgram.besideThisProgram())
    _ = try store.save(try Samples.draft("甲"), requestID: "s-1")
    try cluster.stop(mode: "fast")
    let error = #expect(throws: CaseStoreError.self) {
      try store.save(try Samples.draft("乙"), requestID: "s-2")
    }
    guard case .serverUnavailable? = error else {
      Issue.record("expected serverUnavailable, got \(String(describing: error))")
      return
    }
    try cluster.start()
    _ = try store.save(try Samples.draft("乙"), requestID: "s-2")
    #expect(try store.list().cases.map(\.enterpriseName).sorted() == ["乙", "甲"])
  }
}

// MARK: Test doubles

/// Serves `StoreHelperService` on a thread of this process over a socket pair, with `store`.
final class ThreadHelper: StoreHelperLauncher, @unchecked Sendable {
  let store: ScriptedStore
  private let lock = NSLock()
  private var started = 0
  var launches: Int { lock.withLock { started } }

  init(_ store: ScriptedStore) { self.store = store }

  func launch(location: String) throws(CaseStoreError) -> StoreHelperLink {
    var ends: [Int32] = [-1, -1]
    guard
      socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        == 0
    else { throw .serverUnavailable(location: location, reason: "socketpair failed") }
    lock.withLock { started += 1 }
    let (mine, theirs) = (ends[0], ends[1])
    let store = store
    Thread {
      StoreHelperService.serve(StoreHelperChannel(input: theirs, output: theirs)) {
        address, desk, now throws(CaseStoreError) in
        try store.open(address: address, desk: desk, now: now)
      }
      close(theirs)
    }.start()
    return StoreHelperLink(channel: StoreHelperChannel(input: mine, output: mine)) { _ in
      _ = shutdown(mine, Int32(SHUT_RDWR))
      close(mine)
    }
  }
}

/// A store that answers fixed values, throws `failure` when set, and hangs while `hangs`.
final class ScriptedStore: CaseStore, @unchecked Sendable {
  private let lock = NSLock()
  private let hanging = DispatchSemaphore(value: 0)
  private var state = State()

  struct State {
    var failure: CaseStoreError?
    var openFailure: CaseStoreError?
    var hangs = false
    var found = true
    var take = HandOffTake.unknown
    var opened: (address: PostgreSQLAddress, desk: String?)?
    var calls: [String] = []
    var lastDate: Date?
    var now: @Sendable () -> Date = { Date() }
  }

  var failure: CaseStoreError? {
    get { lock.withLock { state.failure } }
    set { lock.withLock { state.failure = newValue } }
  }
  var openFailure: CaseStoreError? {
    get { lock.withLock { state.openFailure } }
    set { lock.withLock { state.openFailure = newValue } }
  }
  var hangs: Bool {
    get { lock.withLock { state.hangs } }
    set { lock.withLock { state.hangs = newValue } }
  }
  var found: Bool {
    get { lock.withLock { state.found } }
    set { lock.withLock { state.found = newValue } }
  }
  var take: HandOffTake {
    get { lock.withLock { state.take } }
    set { lock.withLock { state.take = newValue } }
  }
  var opened: (address: PostgreSQLAddress, desk: String?)? { lock.withLock { state.opened } }
  var calls: [String] { lock.withLock { state.calls } }
  var lastDate: Date? { lock.withLock { state.lastDate } }

  /// Lets every hanging call go (at the end of a test).
  func release() {
    hangs = false
    for _ in 0..<8 { hanging.signal() }
  }

  let location = "postgresql://hall:***@127.0.0.1:5432/hall"
  let saved = ScriptedStore.savedCase(id: 1, version: 2, desk: "窗口1")
  var listing: CaseListing {
    CaseListing(
      cases: [saved, ScriptedStore.savedCase(id: 2, version: 1, desk: nil)],
      damaged: [DamagedCase(id: 3, problem: "savedAt is not a date: \"昨天\"")])
  }
  let answers = HandOffAnswers(profileJSON: "{\"city\": \"ordos\"}", catalogVersion: "2026.1")
  let code = HandOffCode(typed: "ABC-234")!
  var statistics: CaseStatisticsInput {
    CaseStatisticsInput(listing: listing, handOffsTaken: 4, handOffsExpired: 5)
  }

  static func savedCase(id: Int64, version: Int64, desk: String?) -> SavedCase {
    SavedCase(
      id: id, enterpriseName: "呼伦贝尔某科技有限公司 \"甲\"", contact: id == 1 ? "张三\t13800000000" : nil,
      note: "第一行\n第二行 \\ \u{1F600}", profileJSON: "{\"city\":\"hulunbuir\"}",
      resultJSON: "{\"totals\":{}}", catalogVersion: "2026.1",
      savedAt: Date(timeIntervalSince1970: 1_780_000_000.123_456_7),
      updatedAt: Date(timeIntervalSinceReferenceDate: 801_234_567.000_000_1), version: version,
      desk: desk)
  }

  func open(address: PostgreSQLAddress, desk: String?, now: @escaping @Sendable () -> Date)
    throws(CaseStoreError) -> ScriptedStore
  {
    let failure: CaseStoreError? = lock.withLock {
      state.opened = (address, desk)
      state.now = now
      return state.openFailure
    }
    if let failure { throw failure }
    return self
  }

  /// Records the call, hangs or fails as told.
  private func enter(_ call: String) throws(CaseStoreError) {
    let (failure, hangs): (CaseStoreError?, Bool) = lock.withLock {
      state.calls.append(call)
      state.lastDate = state.now()
      return (state.failure, state.hangs)
    }
    if hangs { hanging.wait() }
    if let failure { throw failure }
  }

  func save(_ draft: CaseDraft, requestID: String?) throws(CaseStoreError) -> SavedCase {
    try enter("save")
    return saved
  }
  func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64?) throws(CaseStoreError)
    -> SavedCase
  {
    try enter("update")
    return saved
  }
  func list() throws(CaseStoreError) -> CaseListing {
    try enter("list")
    return listing
  }
  func search(_ text: String) throws(CaseStoreError) -> CaseListing {
    try enter("search")
    return listing
  }
  func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? {
    try enter("case")
    return found ? saved : nil
  }
  func delete(id: Int64) throws(CaseStoreError) -> Bool {
    try enter("delete")
    return true
  }
  func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int {
    try enter("purge")
    return 3
  }
  func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval) throws(CaseStoreError)
    -> HandOffCode
  {
    try enter("createHandOff")
    return code
  }
  func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake {
    try enter("takeHandOff")
    return take
  }
  func purgeExpiredHandOffs() throws(CaseStoreError) -> Int {
    try enter("purgeExpiredHandOffs")
    return 3
  }
  func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError) -> CaseStatisticsInput {
    try enter("statisticsInput")
    return statistics
  }

  /// The eleven calls of `CaseStore`, by name.
  static var everyCall: [(String, (any CaseStore) throws -> Void)] {
    let draft = savedCase(id: 1, version: 1, desk: nil).draft
    let answers = HandOffAnswers(profileJSON: "{}", catalogVersion: "v")
    return [
      ("save", { _ = try $0.save(draft, requestID: "r") }),
      ("update", { _ = try $0.update(id: 1, with: draft, expectedVersion: 1) }),
      ("list", { _ = try $0.list() }),
      ("search", { _ = try $0.search("x") }),
      ("case", { _ = try $0.case(id: 1) }),
      ("delete", { _ = try $0.delete(id: 1) }),
      ("purge", { _ = try $0.purge(updatedBefore: Date()) }),
      ("createHandOff", { _ = try $0.createHandOff(answers, lifetime: 60) }),
      ("takeHandOff", { _ = try $0.takeHandOff(HandOffCode(typed: "ABCDEF")!) }),
      ("purgeExpiredHandOffs", { _ = try $0.purgeExpiredHandOffs() }),
      ("statisticsInput", { _ = try $0.statisticsInput(from: nil, to: nil) }),
    ]
  }
}

/// A loopback port that accepts connections and never says a word: a server that hangs.
final class SilentServer: @unchecked Sendable {
  let descriptor: Int32
  let port: Int

  init() throws {
    let listening = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listening, $0, length) }
    }
    guard listening >= 0, bound == 0, listen(listening, 16) == 0 else {
      throw PostgreSQLCluster.Failure(description: "cannot listen on loopback")
    }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(listening, $0, &length)
      }
    }
    descriptor = listening
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  func close() { _ = Glibc.close(descriptor) }
}

/// What a thread's call ended with, awaited by the test.
final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var error: (any Error)?

  func set(_ error: (any Error)?) {
    lock.withLock { self.error = error }
    done.signal()
  }

  /// The call's error (nil: it succeeded); nil too when it has not ended in `timeout`.
  func wait(timeout: Duration) -> CaseStoreError? {
    guard done.wait(timeout: .now() + .seconds(Int(timeout.components.seconds))) == .success
    else { return nil }
    return lock.withLock { error } as? CaseStoreError
  }
}
