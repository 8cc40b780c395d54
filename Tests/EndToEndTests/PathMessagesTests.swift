import Foundation
import Testing

/// Issue 10, item 20: paths the user names get one plain message naming the option or path
/// and what is allowed, not "NSCocoaErrorDomain error 512", "Code=514" or "it is a directory".
@Suite struct PathMessagesTests {
  func profile(in directory: TemporaryDirectory) throws -> String {
    try directory.write("profile.json", #"{"city": "hohhot", "applicant": "enterprise"}"#)
  }

  @Test func reportIntoADirectoryNamesTheOptionAndTheDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try runPolicyWizard([
      "report", try profile(in: directory), "--format", "html", "-o", directory.url.path,
    ])
    expectOneClearError(result)
    expectNoCrash(result)
    #expect(result.stderr.contains("--output '\(directory.url.path)' is a directory"), "\(result)")
    #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result)")
  }

  @Test func aFileNameTooLongSaysHowLongItMayBe() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let name = String(repeating: "科技政策", count: 30) + ".html"  // 365 bytes
    let result = try runPolicyWizard([
      "report", try profile(in: directory), "-o", directory.url.appendingPathComponent(name).path,
    ])
    expectOneClearError(result)
    #expect(result.stderr.contains("at most 255 bytes"), "\(result)")
    #expect(!result.stderr.contains("Code="), "\(result)")
  }

  @Test func aMissingDirectoryIsNamed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = directory.url.appendingPathComponent("missing/report.md").path
    let result = try runPolicyWizard(["report", try profile(in: directory), "-o", target])
    expectOneClearError(result)
    #expect(result.stderr.contains("does not exist"), "\(result)")
  }

  @Test func anEmptyOrDirectoryDatabaseIsRefusedNamingTheOption() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let empty = try runPolicyWizard(["cases", "list", "--db", ""])
    expectOneClearError(empty)
    #expect(empty.stderr.contains("--db must name the case database file"), "\(empty)")
    let save = try runPolicyWizard([
      "cases", "save", try profile(in: directory), "--name", "x", "--db", directory.url.path,
    ])
    expectOneClearError(save)
    #expect(save.stderr.contains("--db '\(directory.url.path)' is a directory"), "\(save)")
  }
}
