import CaseStore
import Foundation
import Testing

/// Export file names come from enterprise names: the one sanitiser and the writer that never
/// overwrites.
@Suite struct ExportFileNameTests {
  @Test func anOrdinaryNameIsKept() {
    #expect(ExportFileName.sanitized("呼伦贝尔某农牧业科技有限公司") == "呼伦贝尔某农牧业科技有限公司")
    #expect(ExportFileName.sanitized("ACME (Hohhot) Co.") == "ACME_(Hohhot)_Co.")
  }

  @Test(arguments: [
    ("甲\u{0}乙", "甲乙"), ("甲\u{1B}]0;pwned\u{07}乙", "甲]0;pwned乙"), ("甲\u{07}乙", "甲乙"),
    ("甲\n乙", "甲_乙"), ("甲\r\n乙", "甲_乙"), ("甲\t乙", "甲_乙"), ("甲/乙", "甲_乙"),
    ("../../etc/passwd", "etc_passwd"), (".hidden", "hidden"), ("-rf", "rf"), ("a\u{7F}b", "ab"),
    ("a\u{85}b\u{9B}c", "a_bc"), ("  甲  乙  ", "甲_乙"), ("", "report"), ("\u{0}\u{1B}", "report"),
    ("/", "report"), ("..", "report"),
  ])
  func hostileCharactersAreRemoved(name: String, expected: String) {
    let sanitized = ExportFileName.sanitized(name)
    #expect(sanitized == expected)
    #expect(!sanitized.unicodeScalars.contains { $0.properties.generalCategory == .control })
    #expect(!sanitized.contains("/") && !sanitized.hasPrefix("."))
  }

  /// Cut by UTF-8 bytes, between characters: 三-byte Chinese, a four-byte emoji, a cluster.
  @Test(arguments: ["中", "😀", "e\u{301}", "a"])
  func longNamesAreCutToTheByteLimitWithoutSplittingACharacter(unit: String) {
    let sanitized = ExportFileName.sanitized(String(repeating: unit, count: 300))
    #expect(sanitized.utf8.count <= ExportFileName.maximumBytes)
    #expect(sanitized.utf8.count > ExportFileName.maximumBytes - unit.utf8.count)
    #expect(sanitized == String(repeating: unit, count: sanitized.count), "whole characters only")
  }

  /// A NUL cannot make the text report land on the HTML one: both are written, side by side,
  /// and a second export the same day gets -2 instead of replacing the first.
  @Test func reportsAreNeverOverwritten() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let reports = directory.path("data/reports")
    let stem = "2026-06-01-" + ExportFileName.sanitized("甲\u{0}.html")
    let files: [(extension: String, data: Data)] = [
      ("html", Data("<html>".utf8)), ("txt", Data("text".utf8)),
    ]
    let first = try ReportFiles.writeNew(files, in: reports, stem: stem)
    #expect(first == [reports + "/\(stem).html", reports + "/\(stem).txt"])
    #expect(try String(contentsOfFile: first[0], encoding: .utf8) == "<html>")
    #expect(try String(contentsOfFile: first[1], encoding: .utf8) == "text")

    let second = try ReportFiles.writeNew(files, in: reports, stem: stem)
    #expect(second == [reports + "/\(stem)-2.html", reports + "/\(stem)-2.txt"])
    // A stray text file of the next name: the pair moves on together.
    _ = FileManager.default.createFile(
      atPath: reports + "/\(stem)-3.txt", contents: Data("keep".utf8))
    let third = try ReportFiles.writeNew(files, in: reports, stem: stem)
    #expect(third == [reports + "/\(stem)-4.html", reports + "/\(stem)-4.txt"])
    #expect(!FileManager.default.fileExists(atPath: reports + "/\(stem)-3.html"))
    #expect(try String(contentsOfFile: reports + "/\(stem)-3.txt", encoding: .utf8) == "keep")

    for file in first + second + third { #expect(try ScratchDirectory.mode(file) == 0o600) }
    #expect(try ScratchDirectory.mode(reports) == 0o700)
    #expect(try ScratchDirectory.mode(directory.path("data")) == 0o700)
  }

  /// `-o FILE` replaces the file, private, and refuses a directory with a plain message.
  @Test func replacingWritesAPrivateFileAndRefusesADirectory() throws {
    let directory = try ScratchDirectory()
    defer { directory.remove() }
    let path = directory.path("report.txt")
    _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    try PrivateFiles.replace(Data("new".utf8), at: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(try ScratchDirectory.mode(path) == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["report.txt"])

    let error = #expect(throws: PrivateFileError.self) {
      try PrivateFiles.replace(Data(), at: directory.url.path)
    }
    #expect(error?.reason.contains("directory") == true)
  }
}
