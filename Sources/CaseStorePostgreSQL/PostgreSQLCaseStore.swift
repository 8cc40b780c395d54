import CaseStore
import Foundation

/// The service hall's shared store: cases and hand-offs in a PostgreSQL server.
///
/// Interface only in this commit: every operation says the backend is not built yet, so that
/// a server address is refused with a message, never taken as a file name.
public final class PostgreSQLCaseStore: CaseStore {
  public let address: PostgreSQLAddress
  public let desk: String?
  public var location: String { address.redacted }

  public init(
    address: PostgreSQLAddress, desk: String?, now: @escaping @Sendable () -> Date = { Date() }
  ) throws(CaseStoreError) {
    self.address = address
    self.desk = desk
    throw .serverUnavailable(
      location: address.redacted, reason: "this build has no PostgreSQL backend yet")
  }

  private var unavailable: CaseStoreError {
    .serverUnavailable(location: location, reason: "this build has no PostgreSQL backend yet")
  }

  public func save(_ draft: CaseDraft, requestID: String?) throws(CaseStoreError) -> SavedCase {
    throw unavailable
  }

  public func update(id: Int64, with draft: CaseDraft, expectedVersion: Int64?)
    throws(CaseStoreError) -> SavedCase
  { throw unavailable }

  public func list() throws(CaseStoreError) -> CaseListing { throw unavailable }

  public func search(_ text: String) throws(CaseStoreError) -> CaseListing { throw unavailable }

  public func `case`(id: Int64) throws(CaseStoreError) -> SavedCase? { throw unavailable }

  public func delete(id: Int64) throws(CaseStoreError) -> Bool { throw unavailable }

  public func purge(updatedBefore date: Date) throws(CaseStoreError) -> Int { throw unavailable }

  public func createHandOff(_ answers: HandOffAnswers, lifetime: TimeInterval)
    throws(CaseStoreError) -> HandOffCode
  { throw unavailable }

  public func takeHandOff(_ code: HandOffCode) throws(CaseStoreError) -> HandOffTake {
    throw unavailable
  }

  public func purgeExpiredHandOffs() throws(CaseStoreError) -> Int { throw unavailable }

  public func statisticsInput(from: Date?, to: Date?) throws(CaseStoreError)
    -> CaseStatisticsInput
  { throw unavailable }
}
