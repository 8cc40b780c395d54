import CaseStore
import Foundation

/// What the wizard asks `policy-wizard-store`: one `CaseStore` call a line, each answered by one
/// `StoreHelperReply` line, in order (JSON Lines over the helper's standard input and output).
///
/// The first request is `open`, which carries the server's address with its password: through
/// the socket, never on a command line or in the helper's environment. The dates a call stamps
/// come from the wizard's clock (`now`), so that a store of the wizard's behaves as one in its
/// own process would, its tests' clocks included.
public enum StoreHelperRequest: Codable, Sendable, Equatable {
  case open(address: PostgreSQLAddress, desk: String?)
  case save(draft: CaseDraft, requestID: String?, now: Date)
  case update(id: Int64, draft: CaseDraft, expectedVersion: Int64?, now: Date)
  case list
  case search(text: String)
  case fetch(id: Int64)
  case delete(id: Int64)
  case purge(updatedBefore: Date)
  case createHandOff(answers: HandOffAnswers, lifetime: TimeInterval, now: Date)
  case takeHandOff(code: HandOffCode, now: Date)
  case purgeExpiredHandOffs(now: Date)
  case statisticsInput(from: Date?, to: Date?)
}

/// The helper's answer to one `StoreHelperRequest`: the call's value, or the `CaseStoreError`
/// it threw, whole (a conflict with both versions, a damaged row by id).
public enum StoreHelperReply: Codable, Sendable, Equatable {
  case opened
  case saved(SavedCase)
  case listing(CaseListing)
  case found(SavedCase?)
  case deleted(Bool)
  case count(Int)
  case handOffCode(HandOffCode)
  case handOffTake(HandOffTake)
  case statisticsInput(CaseStatisticsInput)
  case failed(CaseStoreError)
}

/// One message as one line of JSON, and back. JSONEncoder escapes every newline inside a
/// string, so a message never spans two lines; dates travel as their exact `Double`.
public enum StoreHelperCodec {
  public static func line<Message: Encodable>(_ message: Message) throws -> [UInt8] {
    var bytes = [UInt8](try JSONEncoder().encode(message))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  public static func message<Message: Decodable>(_ type: Message.Type, from line: [UInt8])
    throws -> Message
  {
    try JSONDecoder().decode(type, from: Data(line))
  }
}
