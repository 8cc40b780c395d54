import Foundation

/// Where the help desk's cases are kept, whichever backend holds them: one SQLite file for a
/// single desk (`SQLiteCaseStore`), or a PostgreSQL server shared by a service hall's desks and
/// kiosks (`PostgreSQLCaseStore`, in the `CaseStorePostgreSQL` module). The wizard and every
/// `cases` command call only this, through the one resolution of `--db`, the configuration's
/// `cases.database` and `POLICY_WIZARD_DATABASE_URL`.
///
/// Every call is synchronous and bounded: a server that does not answer becomes
/// `CaseStoreError.serverUnavailable` within the backend's timeout, never a frozen screen.
public protocol CaseStore: AnyObject, Sendable {
  /// Where the cases are, for messages: the file's path, or the server's URL with its password
  /// redacted. Never holds a password.
  var location: String { get }

  /// Stores a new case (stamped with the store's desk) and returns it with its id, version 1
  /// and dates.
  ///
  /// - Parameter requestID: The save's idempotency key. A case already saved with the same key
  ///   is updated instead (its version goes up by one), so that a save retried after a crash,
  ///   a kill or a dropped connection that came between its commit and the report of its id
  ///   does not make a second case. Nil: always a new case.
  func save(_ draft: CaseDraft, requestID: String?) throws(CaseStoreError) -> SavedCase

  /// Replaces what `draft` holds in case `id`; `savedAt` stays, `updatedAt` becomes now, the
  /// version goes up by one and the desk becomes this store's.
  ///
  /// - Parameter expectedVersion: The version the draft was made from (`SavedCase.version` when
  ///   the case was opened). When the stored case has another one, another desk saved it in
  ///   the meantime: nothing is written and `CaseStoreError.conflict` carries both versions.
  ///   Nil: overwrite whatever is stored (a script that means it).
  func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64?) throws(CaseStoreError)
    -> SavedCase

  /// Every case, newest first, and every row that cannot be read, listed as damaged: one bad
  /// row hides nothing else.
  func list() throws(CaseStoreError) -> CaseListing

  /// The cases whose enterprise name, contact or note contains `text`, ignoring case; newest
  /// first. Blank text finds every case. Damaged rows are listed whatever the text.
  func search(_ text: String) throws(CaseStoreError) -> CaseListing

  /// Case `id`, or nil when there is none; a damaged row throws `.damagedCase`.
  func `case`(id: Int64) throws(CaseStoreError) -> SavedCase?

  /// Deletes case `id`; returns whether there was one.
  @discardableResult
  func delete(id: Int64) throws(CaseStoreError) -> Bool

  /// Deletes for good every case last updated before `date` (retention, `cases purge`,
  /// `cases.keepDays`); returns how many.
  func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int

  /// Stores a kiosk visitor's answers — only the answers: no name, no contact — under a new
  /// short code, until `lifetime` has passed.
  func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval) throws(CaseStoreError)
    -> HandOffCode

  /// The answers stored under `code`, deleted as they are taken (a code opens once); `.expired`
  /// for one whose time has passed (deleted now), `.unknown` for none.
  func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake

  /// Deletes every hand-off whose time has passed, counting each as expired for the hall's
  /// figures; returns how many.
  @discardableResult
  func purgeExpiredHandOffs() throws(CaseStoreError) -> Int

  /// What the hall's figures are made of, for cases saved in `[from, to)` (nil: unbounded):
  /// the cases themselves (damaged rows listed apart) and the hand-offs taken and expired.
  func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError) -> CaseStatisticsInput
}

/// What `CaseStore.list()` and `search(_:)` find.
public struct CaseListing: Sendable, Equatable, Codable {
  /// The readable cases, newest first.
  public var cases: [SavedCase]
  /// The rows that could not be read, by id.
  public var damaged: [DamagedCase]

  public init(cases: [SavedCase], damaged: [DamagedCase] = []) {
    self.cases = cases
    self.damaged = damaged
  }
}

/// A stored row that cannot be read as a case: its id and what is wrong with it.
public struct DamagedCase: Sendable, Equatable, Codable {
  public var id: Int64
  /// Which column holds what, in English (e.g. "updatedAt is not a date: 'yesterday'").
  public var problem: String

  public init(id: Int64, problem: String) {
    self.id = id
    self.problem = problem
  }
}

/// Two desks saved the same case: what this desk tried to save and what the other one stored.
public struct CaseConflict: Sendable, Equatable, Codable {
  /// The case as stored now, by the other desk (its `version` is the current one).
  public var stored: SavedCase
  /// What this desk tried to save, made from version `expectedVersion`.
  public var attempted: CaseDraft
  public var expectedVersion: Int64

  public init(stored: SavedCase, attempted: CaseDraft, expectedVersion: Int64) {
    self.stored = stored
    self.attempted = attempted
    self.expectedVersion = expectedVersion
  }
}

/// What the hall's figures are computed from (`CaseStatistics`).
public struct CaseStatisticsInput: Sendable, Equatable, Codable {
  public var listing: CaseListing
  public var handOffsTaken: Int
  public var handOffsExpired: Int

  public init(listing: CaseListing, handOffsTaken: Int, handOffsExpired: Int) {
    self.listing = listing
    self.handOffsTaken = handOffsTaken
    self.handOffsExpired = handOffsExpired
  }
}
