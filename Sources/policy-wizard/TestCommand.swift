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
      Example:
        policy-wizard test Data/cases --data Data/catalog
      """)

  @Argument(
    help: ArgumentHelp("A directory of case files (.yaml), or one file.", valueName: "PATH"))
  var path: String

  @Option(help: ArgumentHelp("Judge cases without asOf on this day.", valueName: "YYYY-MM-DD"))
  var today: String = "2026-06-01"

  @OptionGroup var catalogOptions: CatalogOptions

  func run() throws {
    let catalog = try catalogOptions.load()
    guard let day = CalendarDay(today) else {
      throw ValidationError("--today: '\(today)' is not a date (YYYY-MM-DD)")
    }
    let runner = WorkedCases(catalog: catalog, today: day)
    var total = 0
    var failed = 0
    for file in try Self.files(at: path) {
      let text: String
      do {
        text = try String(contentsOfFile: file, encoding: .utf8)
      } catch {
        throw ValidationError("\(file): cannot be read as UTF-8 text")
      }
      switch WorkedCases.cases(in: text, file: file) {
      case .failure(let failure):
        print(failure.description)
        total += 1
        failed += 1
      case .success(let cases):
        for workedCase in cases {
          total += 1
          let failures = runner.run(workedCase)
          if !failures.isEmpty { failed += 1 }
          for failure in failures { print("FAIL \(failure)") }
        }
      }
    }
    print("\(total - failed) passed, \(failed) failed")
    if failed > 0 { throw ExitCode(1) }
  }

  static func files(at path: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ValidationError("\(path): no such file or directory")
    }
    guard isDirectory.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      (path as NSString).appendingPathComponent($0)
    }
  }
}
