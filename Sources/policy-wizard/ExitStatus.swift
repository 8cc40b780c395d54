/// The exit statuses of sysexits.h that the command line uses for failures of their kind.
enum ExitStatus {
  /// EX_USAGE: the command was used wrongly.
  static let usage: Int32 = 64
  /// EX_DATAERR: the input data was wrong.
  static let dataError: Int32 = 65
  /// EX_NOINPUT: an input file did not exist or was not readable.
  static let noInput: Int32 = 66
  /// EX_CANTCREAT: an output file could not be created.
  static let cannotCreate: Int32 = 73
  /// EX_TEMPFAIL: try again later (a database another program has locked).
  static let temporaryFailure: Int32 = 75
  /// EX_IOERR: reading or writing failed.
  static let ioError: Int32 = 74
  /// EX_UNAVAILABLE: a service the command needs is not there — for the wizard, a terminal
  /// it can draw on (an unknown TERM, or one without cursor addressing). Not EX_CONFIG (78):
  /// that one means "fix config.yaml" and comes with file and line; this one means "run it
  /// in another terminal, or use `evaluate`".
  static let unavailable: Int32 = 69
  /// EX_CONFIG: the configuration is wrong.
  static let configuration: Int32 = 78
}
