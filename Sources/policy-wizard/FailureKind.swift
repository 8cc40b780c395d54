import PolicyEngine

/// The classes of failure of the command line, each with its exit status (sysexits.h): the one
/// exit-status table. README's table and the root command's help are written from it
/// (`markdownTable`, `helpLine`), and a test runs every command with each class of bad input
/// and checks the status against it.
enum FailureKind: CaseIterable, Sendable {
  /// The checks ran and found failures: a worked case of `test`, a bad row of `batch`.
  case checksFailed
  /// EX_USAGE: the command was used wrongly (an unknown command or option, a bad option value).
  case usage
  /// EX_DATAERR: the input data was wrong (a profile or a catalog that is refused).
  case dataError
  /// EX_NOINPUT: an input file did not exist or was not readable.
  case noInput
  /// A case or a clause that the arguments name does not exist. EX_NOINPUT too: what was to
  /// be read is not there.
  case notFound
  /// EX_UNAVAILABLE: a service the command needs is not there — for the wizard, a terminal it
  /// can draw on (an unknown TERM, or one without cursor addressing). Not EX_CONFIG (78): that
  /// one means "fix config.yaml" and comes with file and line; this one means "run it in
  /// another terminal, or use `evaluate`".
  case unavailable
  /// EX_SOFTWARE: a failure the program did not foresee (a bug; please report it).
  case internalError
  /// EX_CANTCREAT: an output file, or standard output, could not be written.
  case cannotWrite
  /// EX_TEMPFAIL: try again later (a database another program has locked).
  case temporaryFailure
  /// EX_CONFIG: the configuration is wrong (or its file is missing or unreadable).
  case configuration

  /// The process's exit status for this class.
  var status: Int32 {
    switch self {
    case .checksFailed: return 1
    case .usage: return 64
    case .dataError: return 65
    case .noInput, .notFound: return 66
    case .unavailable: return 69
    case .internalError: return 70
    case .cannotWrite: return 73
    case .temporaryFailure: return 75
    case .configuration: return 78
    }
  }

  /// What the class means, for README's table and the root help.
  var meaning: String {
    switch self {
    case .checksFailed:
      return "the checks ran and found failures (a worked case of `test`, a bad row of `batch`)"
    case .usage:
      return
        "usage: an unknown command or option, a bad option value (`--as-of 2026-13-01`, `--jobs 0`, `cases show abc`)"
    case .dataError:
      return
        "bad data: a profile, a catalog or a `batch` list that is refused (a bad header, the wrong encoding)"
    case .noInput:
      return
        "missing input: no such profile or list file, a directory, or no case store (`cases list --db /typo/x.sqlite`)"
    case .notFound: return "not found: no such case or clause (`cases show 99`)"
    case .unavailable: return "no usable terminal for the wizard"
    case .internalError: return "an internal error (a bug: please report it)"
    case .cannotWrite:
      return "cannot write: an output file or standard output (a full disk, `/dev/full`)"
    case .temporaryFailure:
      return
        "try again: the case database is locked by another program, its server is away, or another desk changed the case"
    case .configuration:
      return "bad configuration: a wrong value, a YAML error, a missing `--config` file"
    }
  }

  /// A word for the class in the one-line list of the root help.
  var shortMeaning: String {
    switch self {
    case .checksFailed: return "checks failed"
    case .usage: return "usage"
    case .dataError: return "bad data"
    case .noInput: return "missing input"
    case .notFound: return "not found"
    case .unavailable: return "unusable terminal"
    case .internalError: return "internal error"
    case .cannotWrite: return "cannot write"
    case .temporaryFailure: return "try again"
    case .configuration: return "bad configuration"
    }
  }

  /// README's table, between `<!-- exit-status:begin -->` and `<!-- exit-status:end -->`.
  static func markdownTable() -> String {
    var lines = ["| status | class | meaning |", "|---|---|---|", "| 0 | | success |"]
    for kind in allCases { lines.append("| \(kind.status) | `\(kind)` | \(kind.meaning) |") }
    return lines.joined(separator: "\n")
  }

  /// `0 success; 1 checks failed; 64 usage; …` for the root command's help, statuses that two
  /// classes share written once.
  static var helpLine: String {
    var seen: [Int32: [String]] = [:]
    var order: [Int32] = []
    for kind in allCases {
      if seen[kind.status] == nil { order.append(kind.status) }
      seen[kind.status, default: []].append(kind.shortMeaning)
    }
    return (["0 success"] + order.map { "\($0) \(seen[$0]!.joined(separator: " or "))" })
      .joined(separator: "; ")
  }
}

/// A failure the user can act on: its class (and so its exit status, `FailureKind`) and one
/// clear message in both languages; `PolicyWizard.main` prints the message in the command's
/// language (`--lang`, else the configuration's `language:`, else the environment's).
struct CommandFailure: Error, CustomStringConvertible {
  var kind: FailureKind
  /// The message in Chinese and in English.
  var chinese: String
  var english: String
  /// The configuration's `language:`, when the failure came after it was read (the wizard).
  var configuredLanguage: Language? = nil

  init(_ kind: FailureKind, zh chinese: String, en english: String) {
    self.kind = kind
    self.chinese = chinese
    self.english = english
  }

  /// A message from the command line's word tables (`CLIStrings`), in both languages.
  init(_ kind: FailureKind, _ words: (CLIStrings) -> String) {
    self.init(kind, zh: words(.chinese), en: words(.english))
  }

  var status: Int32 { kind.status }

  func message(in language: Language) -> String {
    language == .english ? english : chinese
  }

  /// The English message (what a log or a test that does not choose reads).
  var description: String { english }

  /// The failure inside `error`, however deeply ArgumentParser has wrapped it (its
  /// `CommandError(parserError: .userValidationError(failure))` for one thrown by `validate()`).
  static func within(_ error: any Error) -> CommandFailure? {
    func search(_ value: Any, depth: Int) -> CommandFailure? {
      if let failure = value as? CommandFailure { return failure }
      guard depth > 0 else { return nil }
      for child in Mirror(reflecting: value).children {
        if let found = search(child.value, depth: depth - 1) { return found }
      }
      return nil
    }
    return search(error, depth: 4)
  }
}
