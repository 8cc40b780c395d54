import Foundation
import ProcessRunner
import Testing

/// The command line against issue 10: configuration errors at start, retried saves, hostile
/// text, file modes whatever the umask, read-only databases.
@Suite struct HardeningCommandTests {
  static let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path

  // MARK: The configuration file (issue 9: unknown keys, like the catalog)

  /// A misspelt key would leave the kiosk on a default the operator did not choose: refused at
  /// start with file, line and the keys allowed (EX_CONFIG).
  @Test(arguments: [
    ("kiosk:\n  idelSeconds: 5\n", "2: unknown key 'kiosk.idelSeconds'"),
    ("kisok:\n  idleSeconds: 5\n", "1: unknown section 'kisok'"),
  ])
  func anUnknownConfigurationKeyIsRefused(text: String, message: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", text)
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    expectOneClearError(result)
    #expect(result.status == 78, "\(result)")
    #expect(result.stderr.contains("\(config):\(message)"), "\(result)")
    #expect(result.stderr.contains("allowed:"), "\(result)")
  }

  // MARK: The operator PIN (item 3)

  /// Empty, short or not only digits: refused at start (EX_CONFIG) with the key's name and
  /// what is allowed, before anything else is checked (here: that there is no terminal).
  @Test(arguments: ["\"\"", "\"12345\"", "\"2468\"", "\"12a456\"", "\"１２３４５６\"", "~"])
  func aWeakOperatorPINIsAConfigurationError(pin: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "kiosk:\n  operatorPIN: \(pin)\n")
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    expectOneClearError(result)
    #expect(result.status == 78, "\(result)")
    #expect(result.stderr.contains("\(config):2: kiosk.operatorPIN must be 6 to 32 digits"))
  }

  /// Six digits pass the configuration: the run gets as far as wanting a terminal.
  @Test func aSixDigitPINIsAccepted() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let config = try directory.write("config.yaml", "kiosk: {operatorPIN: \"246813\"}\n")
    let result = try runPolicyWizard(["--kiosk", "--config", config])
    #expect(result.status == 69, "EX_UNAVAILABLE: \(result)")
    #expect(result.stderr.contains("needs a terminal"), "\(result)")
  }

  // MARK: Retried saves (item 16)

  /// The same `cases save` again (a retry after it was killed before printing its id) updates
  /// the case it saved; an explicit --request-id decides on its own.
  @Test func aRetriedSaveUpdatesInsteadOfDuplicating() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    func save(_ extra: [String]) throws -> String {
      let result = try runPolicyWizard(
        ["cases", "save", Self.sample, "--name", "甲公司", "--db", database] + extra)
      try #require(result.status == 0, "\(result)")
      return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let first = try save([])
    #expect(try save([]) == first, "the retry names the same case")
    let other = try save(["--note", "另一次咨询"])
    #expect(other != first)
    let keyed = try save(["--request-id", "desk-42"])
    #expect(try save(["--request-id", "desk-42", "--note", "改"]) == keyed)
    #expect(Set([first, other, keyed]).count == 3)
    let list = try runPolicyWizard(["cases", "list", "--db", database])
    #expect(list.stdout.split(separator: "\n").count == 3, "\(list)")

    let twice = try runPolicyWizard(
      ["cases", "save", Self.sample, Self.sample, "--request-id", "x", "--db", database])
    expectOneClearError(twice)
    #expect(twice.status == 64)
  }

  // MARK: Hostile text (item 17)

  static let titleAttack = "\u{1B}]0;pwned\u{07}"
  static let clipboardAttack = "\u{1B}]52;c;cm0gLXJmIH4K\u{07}"

  /// No control character in `text`; unless it is JSON (where an escaped `\u001b` is text),
  /// nothing of the sequences' payload either.
  static func expectNothingHostile(
    _ text: String, _ what: String, json: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let controls = text.unicodeScalars.filter {
      ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value)
    }
    #expect(
      controls.isEmpty, "\(what): \(controls.map { String($0.value, radix: 16) })",
      sourceLocation: sourceLocation)
    for trace in ["pwned", "]52;", "]0;", "cm0gLXJmIH4K"] where !json {
      #expect(!text.contains(trace), "\(what) has “\(trace)”", sourceLocation: sourceLocation)
    }
  }

  /// A case named with an OSC 0 (window title) and an OSC 52 (clipboard) in its contact and
  /// note: nothing of either reaches standard output or error, whatever prints it.
  @Test func controlSequencesFromCasesAndProfilesNeverReachTheTerminal() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    let name = "甲\(Self.titleAttack)乙"
    let profile = try directory.write(
      "hostile.json",
      #"{"city": "hulunbuir", "applicant": "enterprise", "highTech": "new", "enterpriseName": "甲\u001b]0;pwned\u0007乙"}"#
    )
    let saved = try runPolicyWizard([
      "cases", "save", profile, "--contact", "王\(Self.clipboardAttack)",
      "--note", "备注\(Self.clipboardAttack)\u{1B}[2J\u{9B}31m", "--db", database,
    ])
    try #require(saved.status == 0, "\(saved)")
    let id = saved.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    let runs: [(String, [String])] = [
      ("cases list", ["cases", "list", "--db", database]),
      ("cases show", ["cases", "show", id, "--db", database]),
      ("cases export txt", ["cases", "export", id, "--format", "txt", "--db", database]),
      ("cases export json", ["cases", "export", id, "--db", database]),
      ("evaluate text", ["evaluate", profile, "--format", "text"]),
      ("evaluate json", ["evaluate", profile, "--format", "json"]),
      ("report txt", ["report", profile]),
      ("report md", ["report", profile, "--format", "md"]),
      ("report html", ["report", profile, "--format", "html"]),
      ("cases delete", ["cases", "delete", id, "--db", database]),
    ]
    for (what, arguments) in runs {
      let result = try runPolicyWizard(arguments)
      #expect(result.status == 0, "\(what): \(result)")
      Self.expectNothingHostile(result.stdout, what, json: what.hasSuffix("json"))
      Self.expectNothingHostile(result.stderr, what)
    }
    #expect(name.contains("\u{1B}"), "the attack was in the name")
  }

  /// The exported JSON keeps the profile's text whole, with the controls escaped: read back,
  /// it is the same name.
  @Test func exportedJSONEscapesRatherThanDrops() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    let profile = try directory.write(
      "c1.json",
      #"{"city": "hulunbuir", "applicant": "enterprise", "enterpriseName": "甲\u0085乙\u009d丙\u2028丁"}"#
    )
    let saved = try runPolicyWizard(["cases", "save", profile, "--db", database])
    try #require(saved.status == 0, "\(saved)")
    let export = try runPolicyWizard(["cases", "export", "1", "--db", database])
    Self.expectNothingHostile(export.stdout, "export", json: true)
    #expect(export.stdout.contains(#"甲\u0085乙\u009d丙\u2028丁"#), "\(export.stdout)")
    let object = try JSONOutput.object(export.stdout)
    #expect(object["enterpriseName"] as? String == "甲\u{85}乙\u{9D}丙\u{2028}丁")
  }

  /// An error message that echoes a value (“got …”) echoes it without its controls.
  @Test func errorMessagesEchoValuesWithoutControls() throws {
    let result = try runPolicyWizard(
      ["evaluate", "-"], stdin: #"{"city": "\u001b]0;pwned\u0007\u001b[2Jx"}"#)
    expectOneClearError(result)
    Self.expectNothingHostile(result.stderr, "the error")
    Self.expectNothingHostile(result.stdout, "the output")
  }

  // MARK: File modes (items 12, 13)

  /// `report -o` and `cases export -o` under `umask 000`: the files are 0600 anyway.
  @Test func reportsArePrivateWhateverTheUmask() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let database = directory.url.appendingPathComponent("cases.sqlite").path
    let binary = try PolicyWizardBinary.url().path
    func run(_ arguments: [String]) throws -> SpawnedCommand {
      try SpawnedCommand.run(
        "/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", binary] + arguments,
        environment: PolicyWizardEnvironment.pinned(), in: directory.url)
    }
    let report = directory.url.appendingPathComponent("report.html").path
    #expect(try run(["report", Self.sample, "-o", report]).exitStatus == 0)
    #expect(try run(["cases", "save", Self.sample, "--db", database]).exitStatus == 0)
    let export = directory.url.appendingPathComponent("case.txt").path
    #expect(
      try run(["cases", "export", "1", "--format", "txt", "--output", export, "--db", database])
        .exitStatus == 0)
    for file in [report, export, database] {
      let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(file): \(String(mode ?? -1, radix: 8))")
    }
    // A directory for -o gets a plain message naming it.
    let refused = try runPolicyWizard(["report", Self.sample, "-o", directory.url.path])
    expectOneClearError(refused)
    #expect(refused.status == 73, "\(refused)")
    #expect(refused.stderr.contains("is a directory; give a file name"), "\(refused)")
  }

  /// As an ordinary user (root ignores permissions): a read-only directory and a 0400
  /// database still list and show; a save there fails at once naming the path (EX_CANTCREAT);
  /// nothing changes the file's mode.
  ///
  /// Run as root, the commands drop to uid 65534, which may not be able to enter the checkout
  /// (a clone in a 0700 directory, as `mktemp -d` or /root give): the binary and the sample it
  /// reads are copied into this test's own directory, open to every user, first (issue 18, 4).
  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "needs setpriv (util-linux) to run the commands as an ordinary user"))
  func aReadOnlyDatabaseIsReadAndNotChanged() throws {
    let directory = try TemporaryDirectory()
    defer {
      chmod(directory.url.appendingPathComponent("ro").path, 0o700)
      directory.remove()
    }
    chmod(directory.url.path, 0o755)
    let folder = directory.url.appendingPathComponent("ro")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let database = folder.appendingPathComponent("cases.sqlite").path
    let sample = directory.url.appendingPathComponent("sample.json")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.sample), to: sample)
    chmod(sample.path, 0o644)
    let binary = directory.url.appendingPathComponent("policy-wizard").path
    // Copied by cp, not in this process: a file this process holds open for writing is inherited
    // by the children other tests start meanwhile, and exec then fails with ETXTBSY.
    let copied = try ProcessRunner.run("/bin/cp", [try PolicyWizardBinary.url().path, binary])
    try #require(copied.termination.exitStatus == 0, "cp: \(copied.stderrText)")
    chmod(binary, 0o755)
    let saved = try runPolicyWizard(["cases", "save", sample.path, "--db", database])
    try #require(saved.status == 0, "\(saved)")
    var prefix: [String] = []
    if geteuid() == 0 {
      for path in [folder.path, database] { chown(path, 65534, 65534) }
      prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
    chmod(database, 0o400)
    chmod(folder.path, 0o500)
    func run(_ arguments: [String]) throws -> SpawnedCommand {
      let command = prefix + [binary] + arguments + ["--db", database]
      return try SpawnedCommand.run(
        command[0], Array(command.dropFirst()), environment: PolicyWizardEnvironment.pinned(),
        in: directory.url)
    }

    let list = try run(["cases", "list"])
    #expect(list.exitStatus == 0, "\(list.stderr)")
    #expect(list.stdout.contains("呼伦贝尔某农牧业科技有限公司"), "\(list.stdout)")
    let show = try run(["cases", "show", "1"])
    #expect(show.exitStatus == 0, "\(show.stderr)")
    let save = try run(["cases", "save", sample.path])
    #expect(save.exitStatus == 73, "\(save.stdout)\(save.stderr)")
    #expect(save.stderr.contains(database) && save.stderr.contains("cannot be written"))
    let mode = try FileManager.default.attributesOfItem(atPath: database)[.posixPermissions] as? Int
    #expect(mode == 0o400)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cases.sqlite"])
  }
}
