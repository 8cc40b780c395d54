import CaseStore
import Foundation

/// The service hall's PostgreSQL store, served by `policy-wizard-store` in a process of its own,
/// so that the wizard's binary links none of postgres-nio, NIO, NIOSSL, swift-crypto or
/// BoringSSL, and its every start pays for none of them (docs/performance.md, "lean").
///
/// The helper starts when a `postgresql://` store is opened (never for an SQLite file), opens
/// the store at once (so that a wrong address, a wrong password or a newer schema is said at
/// once, as before) and then serves one call at a time; it ends when this store is released or
/// the wizard ends. The helper's store keeps its own bounds (`operationTimeout`, one retry of a
/// call that is safe to repeat); on top of them, a helper that dies or does not answer within
/// `replyTimeout` becomes `CaseStoreError.serverUnavailable` — never a frozen screen — and is
/// ended; the next call starts a new one.
public final class OutOfProcessCaseStore: CaseStore, @unchecked Sendable {
  public let address: PostgreSQLAddress
  /// Recorded in every case this store saves or updates.
  public let desk: String?
  public var location: String { address.redacted }
  private let launcher: any StoreHelperLauncher
  private let replyTimeout: Duration
  private let now: @Sendable () -> Date
  /// One call at a time: the helper answers in order.
  private let lock = NSLock()
  private var link: StoreHelperLink?

  /// How long one call may take: the helper's store waits at most 10 s for an operation
  /// (`PostgreSQLCaseStore.operationTimeout`) and tries one that is safe to repeat once more,
  /// so 20 s, and a margin for starting the helper.
  public static let replyTimeout: Duration = .seconds(25)

  /// Starts the helper and opens the store in it.
  public init(
    address: PostgreSQLAddress, desk: String?, launcher: any StoreHelperLauncher,
    replyTimeout: Duration = OutOfProcessCaseStore.replyTimeout,
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws(CaseStoreError) {
    self.address = address
    self.desk = desk
    self.launcher = launcher
    self.replyTimeout = replyTimeout
    self.now = now
    lock.lock()
    defer { lock.unlock() }
    _ = try connectedLink()
  }

  deinit {
    link?.end(force: false)
  }

  // MARK: The store's calls

  public func save(_ draft: CaseDraft, requestID: String?) throws(CaseStoreError) -> SavedCase {
    try call(.save(draft: draft, requestID: requestID, now: now())) {
      if case .saved(let saved) = $0 { saved } else { nil }
    }
  }

  public func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64?)
    throws(CaseStoreError) -> SavedCase
  {
    try call(.update(id: id, draft: draft, expectedVersion: expectedVersion, now: now())) {
      if case .saved(let saved) = $0 { saved } else { nil }
    }
  }

  public func list() throws(CaseStoreError) -> CaseListing {
    try call(.list) { if case .listing(let listing) = $0 { listing } else { nil } }
  }

  public func search(_ text: String) throws(CaseStoreError) -> CaseListing {
    try call(.search(text: text)) { if case .listing(let listing) = $0 { listing } else { nil } }
  }

  public func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? {
    try call(.fetch(id: id)) { if case .found(let saved) = $0 { .some(saved) } else { nil } }
  }

  @discardableResult
  public func delete(id: Int64) throws(CaseStoreError) -> Bool {
    try call(.delete(id: id)) { if case .deleted(let deleted) = $0 { deleted } else { nil } }
  }

  public func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int {
    try call(.purge(updatedBefore: date)) { if case .count(let count) = $0 { count } else { nil } }
  }

  public func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval)
    throws(CaseStoreError) -> HandOffCode
  {
    try call(.createHandOff(answers: answers, lifetime: lifetime, now: now())) {
      if case .handOffCode(let code) = $0 { code } else { nil }
    }
  }

  public func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake {
    try call(.takeHandOff(code: code, now: now())) {
      if case .handOffTake(let take) = $0 { take } else { nil }
    }
  }

  @discardableResult
  public func purgeExpiredHandOffs() throws(CaseStoreError) -> Int {
    try call(.purgeExpiredHandOffs(now: now())) {
      if case .count(let count) = $0 { count } else { nil }
    }
  }

  public func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError)
    -> CaseStatisticsInput
  {
    try call(.statisticsInput(from: from, to: to)) {
      if case .statisticsInput(let input) = $0 { input } else { nil }
    }
  }

  // MARK: The helper

  /// Sends `request` and returns what `value` finds in the reply; the reply's error is thrown as
  /// the helper's store threw it.
  private func call<Value>(
    _ request: StoreHelperRequest, _ value: (StoreHelperReply) -> Value?
  ) throws(CaseStoreError) -> Value {
    lock.lock()
    defer { lock.unlock() }
    let link = try connectedLink()
    let reply = try exchange(request, on: link)
    if case .failed(let error) = reply { throw error }
    guard let found = value(reply) else { throw dropLink(reason: Self.unexpected) }
    return found
  }

  /// The running helper, or a new one with the store opened in it. Called with `lock` held.
  private func connectedLink() throws(CaseStoreError) -> StoreHelperLink {
    if let link { return link }
    let started = try launcher.launch(location: location)
    link = started
    switch try exchange(.open(address: address, desk: desk), on: started) {
    case .opened:
      return started
    case .failed(let error):
      _ = dropLink(reason: "")
      throw error
    default:
      throw dropLink(reason: Self.unexpected)
    }
  }

  /// One request and its reply. A helper that ends, garbles its answer or gives none within
  /// `replyTimeout` is ended: the server counts as unavailable.
  private func exchange(_ request: StoreHelperRequest, on link: StoreHelperLink)
    throws(CaseStoreError) -> StoreHelperReply
  {
    let deadline = ContinuousClock.now + replyTimeout
    guard let line = try? StoreHelperCodec.line(request) else {
      throw dropLink(reason: "a request could not be written")
    }
    let answer: [UInt8]
    do throws(StoreHelperChannel.Failure) {
      try link.channel.send(line)
      answer = try link.channel.receiveLine(before: deadline)
    } catch .timedOut {
      let seconds = replyTimeout.components.seconds
      throw dropLink(reason: "\(StoreHelperProgram.name) gave no answer within \(seconds) seconds")
    } catch {
      throw dropLink(reason: "\(StoreHelperProgram.name) stopped: \(error)")
    }
    guard let reply = try? StoreHelperCodec.message(StoreHelperReply.self, from: answer) else {
      throw dropLink(reason: Self.unexpected)
    }
    return reply
  }

  /// Ends the helper (the next call starts another) and returns the error that says why.
  private func dropLink(reason: String) -> CaseStoreError {
    link?.end(force: true)
    link = nil
    return .serverUnavailable(location: location, reason: reason)
  }

  private static let unexpected =
    "\(StoreHelperProgram.name) gave an answer this program cannot read (installed from another version?)"
}
