import CaseStore
import CaseStoreHelper
import CaseStorePostgreSQL
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

// policy-wizard-store: the service hall's PostgreSQL store, for `policy-wizard` to talk to over
// a socket that is this program's standard input and output (`OutOfProcessCaseStore`), so that
// postgres-nio, NIO, NIOSSL, swift-crypto and BoringSSL stay out of the wizard's binary and
// start-up. policy-wizard starts it from beside itself when a postgresql:// store is opened; it
// is not meant to be run by hand.

guard CommandLine.arguments.count == 1, isatty(0) == 0 else {
  let message =
    "policy-wizard-store is started by policy-wizard (a postgresql:// store) and talks to it over its standard input and output; it takes no arguments and is not run by hand\n"
  FileHandle.standardError.write(Data(message.utf8))
  exit(64)
}
StoreHelperService.exitWhenHungUp(0)
StoreHelperService.serve(StoreHelperChannel(input: 0, output: 1)) {
  address, desk, now throws(CaseStoreError) in
  try PostgreSQLCaseStore(address: address, desk: desk, now: now)
}
exit(0)
