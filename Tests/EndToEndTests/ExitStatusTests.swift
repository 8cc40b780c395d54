import Foundation
import Testing

@testable import policy_wizard

/// The files every bad-input case reads: a good profile and list, a profile with a misspelt
/// field, a broken catalog, configurations that are wrong, worked cases that fail.
struct BadInputFixtures {
  let directory: TemporaryDirectory
  let profile: String
  let misspeltProfile: String
  let csv: String
  let emptyCSV: String
  let badRowCSV: String
  let brokenCatalog: String
  let negativeIdle: String
  let yamlError: String
  let notADatabase: String
  let missingDatabase: String
  let failingCases: String

  init() throws {
    directory = try TemporaryDirectory()
    profile = try directory.write("profile.json", #"{"city": "ordos", "applicant": "enterprise"}"#)
    misspeltProfile = try directory.write(
      "misspelt.json", #"{"city": "hohhot", "applicant": "enterprise", "hightech": true}"#)
    csv = try directory.write("list.csv", "city,applicant\nordos,enterprise\n")
    emptyCSV = try directory.write("empty.csv", "")
    badRowCSV = try directory.write("bad.csv", "city,aboveScale\nordos,many\n")
    let catalog = directory.url.appendingPathComponent("catalog")
    try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
    try Data("facts: [\n".utf8).write(to: catalog.appendingPathComponent("facts.yaml"))
    brokenCatalog = catalog.path
    negativeIdle = try directory.write("idle.yaml", "kiosk:\n  idleSeconds: -5\n")
    yamlError = try directory.write("syntax.yaml", "kiosk: [idleSeconds: 5\n")
    notADatabase = try directory.write(
      "garbage.sqlite", String(repeating: "not sqlite ", count: 200))
    missingDatabase = directory.url.appendingPathComponent("none/cases.sqlite").path
    failingCases = try directory.write(
      "failing.yaml",
      """
      cases:
        - name: a case that cannot pass
          profile: { city: ordos, applicant: enterprise }
          totals: { min: 1亿, max: 1亿 }
      """)
  }

  /// Every command, each with the classes of bad input it can meet, and the class its status
  /// must be: the eight cases of issue 18 among them.
  func cases() -> [(arguments: [String], expected: FailureKind)] {
    let missing = "/nonexistent/profile.json"
    let db = missingDatabase
    var rows: [(arguments: [String], expected: FailureKind)] = []
    // One statement a row: the type checker takes a long literal of them too slowly.
    func add(_ expected: FailureKind, _ arguments: String...) { rows.append((arguments, expected)) }
    // usage: a misspelt command or option, an option value that is wrong
    add(.usage, "evalute", profile)
    add(.usage, "cases", "shwo", "3")
    add(.usage, "evaluate", profile, "--fromat", "json")
    add(.usage, "evaluate", profile, "--as-of", "2026-13-01")
    add(.usage, "report", profile, "--as-of", "2026-13-01")
    add(.usage, "compare", profile, "--as-of", "2026-13-01")
    add(.usage, "batch", csv, "--as-of", "2026-13-01")
    add(.usage, "batch", csv, "--jobs", "0")
    add(.usage, "cases", "show", "abc", "--db", db)
    add(.usage, "cases", "export", "abc", "--db", db)
    add(.usage, "cases", "delete", "abc", "--db", db)
    add(.usage, "cases", "save", "--db", db)
    add(.usage, "cases", "list", "--db", "")
    add(.usage, "policies", "list", "--format", "xml")
    add(.usage, "schema", "--format", "xml")
    add(.usage, "validate", "--strict")
    add(.usage, "test", failingCases, "--as-of", "2026-13-01")
    add(.usage, "wizard", "--as-of", "2026-13-01")
    add(.usage, "--plain", "--kiosk")
    add(.usage, "--kiosk", "--idle-seconds", "0")
    add(.usage, "cases", "export", "1", "--files", "--output", "x.txt", "--db", db)
    // bad data: a profile or a catalog that is refused
    add(.dataError, "evaluate", misspeltProfile)
    add(.dataError, "report", misspeltProfile)
    add(.dataError, "compare", misspeltProfile)
    add(.dataError, "cases", "save", misspeltProfile, "--db", db)
    add(.dataError, "wizard", "--plain", "--profile", misspeltProfile)
    add(.dataError, "validate", brokenCatalog)
    add(.dataError, "evaluate", profile, "--data", brokenCatalog)
    add(.dataError, "policies", "--data", brokenCatalog)
    add(.dataError, "schema", "--data", brokenCatalog)
    add(.dataError, "test", failingCases, "--data", brokenCatalog)
    add(.dataError, "batch", emptyCSV)
    add(.dataError, "cases", "list", "--db", notADatabase)
    // missing input
    add(.noInput, "evaluate", missing)
    add(.noInput, "report", missing)
    add(.noInput, "compare", missing)
    add(.noInput, "batch", "/nonexistent.csv")
    add(.noInput, "cases", "save", missing, "--db", db)
    add(.noInput, "test", "/nonexistent/cases")
    add(.noInput, "validate", "/nonexistent/catalog")
    add(.noInput, "wizard", "--plain", "--profile", missing)
    // not found: what the arguments name is not there
    add(.notFound, "cases", "show", "99", "--db", db)
    add(.notFound, "cases", "export", "99", "--db", db)
    add(.notFound, "cases", "delete", "99", "--db", db)
    add(.notFound, "policies", "show", "ordos-2024/999")
    add(.notFound, "policies", "show", "nowhere/1")
    add(.notFound, "test", failingCases, "--name", "no such case")
    // configuration
    add(.configuration, "--kiosk", "--config", negativeIdle)
    add(.configuration, "--kiosk", "--config", yamlError)
    add(.configuration, "--kiosk", "--config", "/nonexistent/config.yaml")
    add(.configuration, "report", profile, "--config", "/nonexistent/config.yaml")
    // no terminal to draw on
    add(.unavailable, "wizard")
    // cannot write
    add(.cannotWrite, "report", profile, "-o", "/proc/x.html")
    add(.cannotWrite, "report", profile, "-o", "/nonexistent/dir/report.html")
    add(.cannotWrite, "test", failingCases, "--junit", "/nonexistent/dir/cases.xml")
    // the checks ran and found failures
    add(.checksFailed, "test", failingCases)
    add(.checksFailed, "batch", badRowCSV)
    return rows
  }
}

/// One exit-status table (`FailureKind`): every command's failures exit as it says, and README's
/// table is the one it generates.
@Suite struct ExitStatusTests {
  /// The environment of a run that must not fall into the plain mode by itself.
  static let terminal: [String: String?] = ["TERM": "xterm-256color", "ACCESSIBLE": nil]

  @Test func everyCommandExitsAsTheTableSays() throws {
    let fixtures = try BadInputFixtures()
    defer { fixtures.directory.remove() }
    for (arguments, expected) in fixtures.cases() {
      let result = try runPolicyWizard(arguments, environment: Self.terminal)
      #expect(
        result.status == expected.status,
        "\(arguments.joined(separator: " ")): \(expected) is \(expected.status)\n\(result)")
      expectNoCrash(result)
      // (The checks that found failures list them on standard output, as their report.)
      let said = expected == .checksFailed ? result.stdout + result.stderr : result.stderr
      #expect(!said.isEmpty, "a failure says why: \(arguments)\n\(result)")
    }
  }

  /// Every class the table has is met by some bad input above, except those that need a
  /// situation a command line cannot make (a database locked by another program is tested in
  /// `CasesCommandTests`; an internal error is a bug).
  @Test func everyClassIsExercised() throws {
    let fixtures = try BadInputFixtures()
    defer { fixtures.directory.remove() }
    let met = Set(fixtures.cases().map(\.expected))
    let untestedHere: Set<FailureKind> = [.temporaryFailure, .internalError]
    #expect(Set(FailureKind.allCases).subtracting(untestedHere) == met)
  }

  /// No failure of ours exits 1: it is kept for the checks that found failures.
  @Test func onlyTheChecksExitOne() {
    for kind in FailureKind.allCases where kind != .checksFailed {
      #expect(kind.status != 1, "\(kind)")
      #expect((64...78).contains(kind.status), "a sysexits status: \(kind)")
    }
  }

  /// README's table of exit statuses is the one `FailureKind` generates
  /// (`README_RECORD=1 swift test --filter theReadmeExitStatusTableIsGenerated` rewrites it).
  @Test func theReadmeExitStatusTableIsGenerated() throws {
    let readme = RepositoryFiles.url("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let begin = try #require(text.range(of: "<!-- exit-status:begin -->\n"))
    let end = try #require(text.range(of: "<!-- exit-status:end -->"))
    let table = String(text[begin.upperBound..<end.lowerBound]).trimmingCharacters(in: .newlines)
    if ProcessInfo.processInfo.environment["README_RECORD"] == "1" {
      let updated = text.replacingCharacters(
        in: begin.upperBound..<end.lowerBound, with: FailureKind.markdownTable() + "\n")
      try updated.write(to: readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      table == FailureKind.markdownTable(),
      "README.md: put FailureKind.markdownTable() between the markers")
  }

  /// The root help lists the same statuses.
  @Test func theHelpListsTheTable() throws {
    let result = try runPolicyWizard(["--help"])
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for kind in FailureKind.allCases {
      #expect(help.contains("\(kind.status) "), "\(kind)")
      #expect(help.contains(kind.shortMeaning), "\(kind)")
    }
  }
}

/// "Did you mean": subcommands, options and profile fields, by edit distance.
@Suite struct DidYouMeanTests {
  @Test func aMisspeltCommandNamesTheOneMeant() throws {
    let result = try runPolicyWizard(["evalute", "p.json"])
    expectOneClearError(result)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("did you mean `policy-wizard evaluate`?"), "\(result)")
    let nested = try runPolicyWizard(["cases", "shwo", "3"])
    #expect(nested.stderr.contains("did you mean `policy-wizard cases show`?"), "\(nested)")
  }

  @Test func aWordFarFromEveryCommandListsThem() throws {
    let result = try runPolicyWizard(["frobnicate"])
    expectOneClearError(result)
    #expect(result.status == 64, "\(result)")
    #expect(!result.stderr.contains("did you mean"), "\(result)")
    #expect(result.stderr.contains("evaluate, policies"), "\(result)")
  }

  @Test func aMisspeltCommandInChinese() throws {
    let result = try runPolicyWizard(["evalute", "p.json", "--lang", "zh"])
    #expect(result.stderr.hasPrefix("错误："), "\(result)")
    #expect(result.stderr.contains("是不是 `policy-wizard evaluate`？"), "\(result)")
  }

  @Test func aMisspeltOptionNamesTheOneMeant() throws {
    let profile = RepositoryFiles.url("Data/samples/2-ordos-new-materials.json").path
    let result = try runPolicyWizard(["evaluate", profile, "--fromat", "json"])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("Did you mean '--format'?"), "\(result)")
  }

  @Test func aMisspeltProfileFieldNamesTheOneMeant() throws {
    let result = try runPolicyWizard(
      ["evaluate", "-"], stdin: #"{"city": "hohhot", "applicant": "enterprise", "hightech": true}"#)
    expectOneClearError(result)
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.contains("did you mean 'highTech'?"), "\(result)")
  }

  @Test func aMisspeltConfigurationKeyNamesTheOneMeant() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "kiosk:\n  idelSeconds: 90\n")
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    #expect(result.status == 78, "\(result)")
    #expect(result.stderr.contains("did you mean 'idleSeconds'?"), "\(result)")
  }
}

/// Writes that fail are failures: standard output onto a full device, a file that cannot be
/// created; each exits `cannotWrite` naming what could not be written.
@Suite struct FailedWriteTests {
  static var profile: String { RepositoryFiles.url("Data/samples/2-ordos-new-materials.json").path }

  static let commands: [[String]] = [
    ["evaluate", profile],
    ["evaluate", profile, "--format", "json"],
    ["evaluate", "-"],
    ["report", profile],
    ["report", profile, "--format", "html"],
    ["compare", profile],
    ["compare", profile, "--format", "json"],
    ["policies"],
    ["policies", "list", "--format", "json"],
    ["policies", "show", "ordos-2024/17"],
    ["schema"],
    ["validate"],
    ["--help"],
    ["--version"],
  ]

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"),
    arguments: commands)
  func standardOutputOnAFullDevice(arguments: [String]) throws {
    let result = try runPolicyWizard(
      arguments, stdin: #"{"city": "ordos", "applicant": "enterprise"}"#, cwd: RepositoryFiles.root,
      stdoutPath: "/dev/full")
    expectOneClearError(result)
    #expect(result.status == 73, "\(result)")
    #expect(
      result.stderr.contains("cannot write to standard output: No space left on device")
        || result.stderr.contains("cannot write to standard output"), "\(result)")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
  func casesListOnAFullDevice() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let db = directory.url.appendingPathComponent("cases.sqlite").path
    let saved = try runPolicyWizard(
      ["cases", "save", Self.profile, "--name", "Example", "--db", db])
    try #require(saved.status == 0, "\(saved)")
    let result = try runPolicyWizard(["cases", "list", "--db", db], stdoutPath: "/dev/full")
    expectOneClearError(result)
    #expect(result.status == 73, "\(result)")
    // A store with no cases (one that does not exist is an error of its own, 66).
    let emptyStore = directory.url.appendingPathComponent("empty.sqlite").path
    let made = try runPolicyWizard([
      "cases", "save", Self.profile, "--name", "E", "--db", emptyStore,
    ])
    try #require(made.status == 0, "\(made)")
    let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try #require(try runPolicyWizard(["cases", "delete", id, "--db", emptyStore]).status == 0)
    let empty = try runPolicyWizard(
      ["cases", "list", "--db", emptyStore], stdoutPath: "/dev/full")
    #expect(empty.status == 73, "the 'no cases' line is output too: \(empty)")
  }

  /// The error names the path given, not the temporary file the report is written through.
  @Test func aReportThatCannotBeWrittenNamesThePathGiven() throws {
    let result = try runPolicyWizard(["report", Self.profile, "-o", "/proc/x.html"])
    expectOneClearError(result)
    #expect(result.status == 73, "\(result)")
    #expect(result.stderr.contains("'/proc/x.html'"), "\(result)")
    #expect(!result.stderr.contains(".part"), "\(result)")
  }
}

/// Errors in the language chosen: `--lang`, else the configuration, else the environment when
/// it names one; English in the C locale.
@Suite struct ErrorLanguageTests {
  @Test func evaluateInChinese() throws {
    let missing = try runPolicyWizard(["evaluate", "/nonexistent/profile.json", "--lang", "zh"])
    expectNoCrash(missing)
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stderr == "错误：企业情况文件“/nonexistent/profile.json”不存在\n", "\(missing)")
    let date = try runPolicyWizard(
      ["evaluate", "-", "--as-of", "2026-13-01", "--lang", "zh"],
      stdin: "city: ordos\napplicant: enterprise")
    #expect(date.status == 64, "\(date)")
    #expect(date.stderr.contains("--as-of“2026-13-01”不是日期"), "\(date)")
    let field = try runPolicyWizard(
      ["evaluate", "-", "--lang", "zh"],
      stdin: #"{"city": "hohhot", "applicant": "enterprise", "hightech": true}"#)
    #expect(field.stderr.hasPrefix("错误：标准输入 第 1 行字段“hightech”："), "\(field)")
  }

  @Test func theEnvironmentChoosesWhenItNamesALanguage() throws {
    let arguments = ["cases", "show", "abc", "--db", "/nonexistent/cases.sqlite"]
    let chinese = try runPolicyWizard(arguments, environment: ["LANG": "zh_CN.UTF-8"])
    #expect(chinese.stderr.contains("不是案例编号"), "\(chinese)")
    let english = try runPolicyWizard(arguments, environment: ["LANG": "en_GB.UTF-8"])
    #expect(english.stderr.contains("is not a case number"), "\(english)")
    let c = try runPolicyWizard(arguments, environment: ["LANG": "C.UTF-8"])
    #expect(c.stderr.contains("is not a case number"), "the C locale: English\n\(c)")
  }

  @Test func theConfigurationChoosesForTheWizard() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "language: zh\n")
    let result = try runPolicyWizard(
      ["--config", config], environment: ExitStatusTests.terminal)
    #expect(result.status == 69, "\(result)")
    #expect(result.stderr.contains("向导需要终端"), "\(result)")
    let english = try runPolicyWizard(
      ["--config", config, "--lang", "en"], environment: ExitStatusTests.terminal)
    #expect(english.stderr.contains("the wizard needs a terminal"), "--lang wins\n\(english)")
  }
}
