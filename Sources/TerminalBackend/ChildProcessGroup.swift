import Glibc
import Synchronization

/// The process group of a child that must not outlive the program (the kiosk's print job):
/// the handlers of the signals that end the program kill it before the program dies, as the
/// program's own code does when it ends normally.
///
/// One group at a time (the kiosk runs one print job at a time). An atomic, so that a signal
/// handler reads it without a lock.
public final class ChildProcessGroup: Sendable {
  public static let shared = ChildProcessGroup()
  private let group = Atomic<Int32>(0)

  private init() {}

  /// The group (its leader's pid) that is to end with the program.
  public func store(_ processGroup: pid_t) {
    group.store(processGroup, ordering: .sequentiallyConsistent)
  }

  /// Forgets `processGroup`, unless another has taken its place since.
  public func clear(_ processGroup: pid_t) {
    _ = group.compareExchange(
      expected: processGroup, desired: 0, ordering: .sequentiallyConsistent)
  }

  /// SIGKILL to the group, if there is one: from a signal handler (`kill` is async-signal-safe;
  /// the atomic load takes no lock).
  func killFromSignalHandler() {
    let processGroup = group.load(ordering: .sequentiallyConsistent)
    if processGroup > 0 { kill(-processGroup, SIGKILL) }
  }
}
