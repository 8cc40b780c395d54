import CaseStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The helper's side: reads `StoreHelperRequest` lines, calls the store that `open` opened, and
/// answers each with one `StoreHelperReply` line, until the wizard closes its end.
/// `policy-wizard-store` runs it with the PostgreSQL store; the tests with stores of their own.
public enum StoreHelperService {
  /// Opens the store an `open` request names; the store's dates come from `now`, which is the
  /// date of the request being served.
  public typealias Open =
    (_ address: PostgreSQLAddress, _ desk: String?, _ now: @escaping @Sendable () -> Date)
    throws(CaseStoreError) -> any CaseStore

  /// Serves `channel` until its other end closes.
  public static func serve(_ channel: StoreHelperChannel, open: Open) {
    let clock = RequestClock()
    var store: (any CaseStore)?
    while let line = try? channel.receiveLine() {
      let reply: StoreHelperReply
      if let request = try? StoreHelperCodec.message(StoreHelperRequest.self, from: line) {
        reply = answer(request, store: &store, clock: clock, open: open)
      } else {
        reply = .failed(
          .server(
            location: store?.location ?? helperName,
            message: "\(helperName) could not read a request (a wizard of another version?)"))
      }
      guard let bytes = try? StoreHelperCodec.line(reply), (try? channel.send(bytes)) != nil
      else { return }
    }
  }

  static let helperName = "policy-wizard-store"

  static func answer(
    _ request: StoreHelperRequest, store: inout (any CaseStore)?, clock: RequestClock,
    open: Open
  ) -> StoreHelperReply {
    do throws(CaseStoreError) {
      if case .open(let address, let desk) = request {
        clock.date = Date()
        store = nil
        store = try open(address, desk, { clock.date })
        return .opened
      }
      guard let store else {
        return .failed(
          .serverUnavailable(location: helperName, reason: "no store was opened before a call"))
      }
      switch request {
      case .open:
        return .opened
      case .save(let draft, let requestID, let now):
        clock.date = now
        return .saved(try store.save(draft, requestID: requestID))
      case .update(let id, let draft, let expectedVersion, let now):
        clock.date = now
        return .saved(try store.update(id: id, with: draft, expectedVersion: expectedVersion))
      case .list:
        return .listing(try store.list())
      case .search(let text):
        return .listing(try store.search(text))
      case .fetch(let id):
        return .found(try store.case(id: id))
      case .delete(let id):
        return .deleted(try store.delete(id: id))
      case .purge(let date):
        return .count(try store.purge(updatedBefore: date))
      case .createHandOff(let answers, let lifetime, let now):
        clock.date = now
        return .handOffCode(try store.createHandOff(answers, lifetime: lifetime))
      case .takeHandOff(let code, let now):
        clock.date = now
        return .handOffTake(try store.takeHandOff(code))
      case .purgeExpiredHandOffs(let now):
        clock.date = now
        return .count(try store.purgeExpiredHandOffs())
      case .statisticsInput(let from, let to):
        return .statisticsInput(try store.statisticsInput(from: from, to: to))
      }
    } catch {
      return .failed(error)
    }
  }

  /// Ends this process as soon as the wizard's end of `descriptor` is gone, even in the middle
  /// of a call (a server that does not answer holds one for up to its timeout): the helper never
  /// outlives its wizard by more than a moment.
  public static func exitWhenHungUp(_ descriptor: Int32) {
    Thread {
      // POLLRDHUP (0x2000, Linux): the peer closed its end; POLLHUP and POLLERR always wake.
      var watched = pollfd(fd: descriptor, events: Int16(0x2000), revents: 0)
      while poll(&watched, 1, -1) < 0, errno == EINTR {}
      _exit(0)
    }.start()
  }
}

/// The date of the request being served: what the store's `now` answers.
final class RequestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date()

  var date: Date {
    get { lock.withLock { current } }
    set { lock.withLock { current = newValue } }
  }
}
