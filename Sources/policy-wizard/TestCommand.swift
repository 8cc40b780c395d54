import ArgumentParser
import Foundation
import PolicyEngine

/// `policy-wizard test DIR`: the worked cases of a directory against a catalog, for a policy
/// officer who edits an amount and wants to know what it changes, without a Swift toolchain.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run worked cases (Data/cases format) against the catalog; exit 1 on any failure.",
    discussion: """
      --name keeps the cases whose name contains PATTERN (or, with * ? [, matches it as a \
      shell pattern); naming none is an error, not a pass. --junit writes a JUnit XML report \
      that a CI system reads (one testsuite per file, one testcase per case).

      Example:
        policy-wizard test Data/cases --data Data/catalog --junit cases.xml
      """)

  /// The day cases without `asOf` are judged on, unless `--as-of` says another.
  static let defaultDay = "2026-06-01"

  @Argument(
    help: ArgumentHelp("A directory of case files (.yaml), or one file.", valueName: "PATH"))
  var path: String

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Judge cases without asOf on this day (default: \(TestCommand.defaultDay)).",
      valueName: "YYYY-MM-DD"))
  var asOf: String?

  /// The option's earlier name, kept so that scripts written for it still run.
  @Option(name: .customLong("today"), help: .hidden) var today: String?

  @Option(
    name: .customLong("name"),
    help: ArgumentHelp("Run only the cases whose name matches PATTERN.", valueName: "PATTERN"))
  var namePattern: String?

  @Option(
    name: .customLong("junit"),
    help: ArgumentHelp("Also write the results as JUnit XML to FILE.", valueName: "FILE"))
  var junit: String?

  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    if asOf != nil, today != nil {
      throw CommandFailure.asOfWithToday()
    }
    let option = today != nil ? "--today" : "--as-of"
    let written = asOf ?? today ?? Self.defaultDay
    guard let day = CalendarDay(written) else {
      throw CommandFailure(.usage) { $0.notADate(option, written) }
    }
    if let junit, let problem = OutputFile.problem(with: junit, option: "--junit") {
      throw problem
    }
    let catalog = try catalogOptions.load()
    let runner = WorkedCases(catalog: catalog, today: day)
    var results: [WorkedCaseResult] = []
    for file in try Self.files(at: path) {
      let text: String
      do {
        text = try String(contentsOfFile: file, encoding: .utf8)
      } catch {
        throw CommandFailure.casesNotUTF8(file)
      }
      switch WorkedCases.cases(in: text, file: file) {
      case .failure(let failure):
        // A file that cannot be read is one failed case, whatever --name says.
        results.append(
          WorkedCaseResult(file: file, name: "", line: failure.line, failures: [failure]))
      case .success(let cases):
        for workedCase in cases where Self.matches(workedCase.name, pattern: namePattern) {
          results.append(
            WorkedCaseResult(
              file: file, name: workedCase.name, line: workedCase.line,
              failures: runner.run(workedCase)))
        }
      }
    }
    if let namePattern, results.allSatisfy({ $0.name.isEmpty }) {
      throw CommandFailure.noCaseNamed(namePattern, in: path)
    }
    for result in results {
      for failure in result.failures {
        print(result.name.isEmpty ? failure.description : "FAIL \(failure)")
      }
    }
    let failed = results.filter { !$0.failures.isEmpty }.count
    print("\(results.count - failed) passed, \(failed) failed")
    if let junit {
      try OutputFile.write(JUnitReport.xml(results), to: junit, option: "--junit")
    }
    if failed > 0 { throw ExitCode(FailureKind.checksFailed.status) }
  }

  /// Whether a case's name is one `--name` keeps: it contains the pattern, or, when the
  /// pattern has `*`, `?` or `[`, matches it as a shell pattern (fnmatch).
  static func matches(_ name: String, pattern: String?) -> Bool {
    guard let pattern else { return true }
    if pattern.contains(where: { "*?[".contains($0) }) {
      return fnmatch(pattern, name, 0) == 0
    }
    return name.localizedCaseInsensitiveContains(pattern)
  }

  static func files(at path: String) throws(CommandFailure) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CommandFailure.noCases(path)
    }
    guard isDirectory.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      (path as NSString).appendingPathComponent($0)
    }
  }
}

/// One worked case run (or one case file that could not be read: `name` empty).
struct WorkedCaseResult {
  var file: String
  var name: String
  var line: Int
  var failures: [WorkedCases.Failure]
}

/// The results as JUnit XML, the form CI systems (GitLab, Jenkins, GitHub's test reporters)
/// read: one `testsuite` per case file, one `testcase` per case with its `failure`s.
enum JUnitReport {
  static func xml(_ results: [WorkedCaseResult]) -> String {
    let failed = results.filter { !$0.failures.isEmpty }.count
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="policy-wizard test" tests="\(results.count)" failures="\(failed)">

      """
    var files: [String] = []
    for result in results where !files.contains(result.file) { files.append(result.file) }
    for file in files {
      let cases = results.filter { $0.file == file }
      let failures = cases.filter { !$0.failures.isEmpty }.count
      xml += """
          <testsuite name="\(escaped(file))" tests="\(cases.count)" failures="\(failures)">

        """
      for result in cases {
        let name = result.name.isEmpty ? "(the file itself)" : result.name
        xml +=
          "    <testcase classname=\"\(escaped(file))\" name=\"\(escaped(name))\" file=\"\(escaped(file))\" line=\"\(result.line)\""
        if result.failures.isEmpty {
          xml += "/>\n"
          continue
        }
        xml += ">\n"
        for failure in result.failures {
          xml +=
            "      <failure message=\"\(escaped(failure.message))\">\(escaped(failure.description))</failure>\n"
        }
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  /// Text as XML 1.0 takes it in content and attributes: the five special characters as
  /// entities, line breaks and tabs as character references, and the characters XML 1.0
  /// forbids (other C0 controls, U+FFFE, U+FFFF) left out.
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
