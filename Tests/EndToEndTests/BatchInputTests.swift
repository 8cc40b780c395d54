import DefaultCatalog
import Foundation
import PolicyEngine
import Testing

@testable import policy_wizard

/// `batch` reading real enterprise lists (issue 18): the encodings Chinese spreadsheets save,
/// hostile names, stray quotes, rows of commas, slow pipes and full disks.
@Suite struct BatchInputTests {
  /// Foundation's GB18030 (`kCFStringEncodingGB_18030_2000`), to write the test files; the
  /// program reads them with iconv.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  func run(_ bytes: Data, name: String, _ options: [String] = []) throws -> CommandResult {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.url.appendingPathComponent(name).path
    try bytes.write(to: URL(fileURLWithPath: path))
    return try runPolicyWizard(["batch", path] + options)
  }

  func rows(_ result: CommandResult) throws -> [[String: Any]] {
    try result.stdout.split(separator: "\n").map { try JSONOutput.object(String($0)) }
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let run = try run(
      Data("\u{FEFF}city,enterpriseName,applicant\nhohhot,某乳业公司,enterprise\n".utf8), name: "bom.csv"
    )
    #expect(run.status == 0, "\(run)")
    let rows = try rows(run)
    #expect(rows.count == 1)
    #expect(rows.first?["enterpriseName"] as? String == "某乳业公司")
    #expect(rows.first?["city"] as? String == "hohhot")
  }

  @Test func gb18030IsReadWhenAskedForAndRefusedWithAHintOtherwise() throws {
    let text =
      "city,enterpriseName,applicant\nhohhot,某企业公司,enterprise\nordos,鄂尔多斯某材料公司,enterprise\n"
    let bytes = try #require(text.data(using: Self.gb18030))
    #expect(bytes != Data(text.utf8))
    let refused = try run(bytes, name: "gb.csv")
    #expect(refused.status == 65, "\(refused)")
    // 某 is C4 B3 in GB18030, which UTF-8 reads as ĳ; the next byte pair is the first that is
    // not UTF-8.
    #expect(refused.stderr.contains("line 2, column 9"), "\(refused)")
    #expect(refused.stderr.contains("add --encoding gb18030"), "\(refused)")
    #expect(!refused.stdout.contains("\u{FFFD}"))

    let read = try run(bytes, name: "gb.csv", ["--encoding", "gb18030"])
    #expect(read.status == 0, "\(read)")
    #expect(try rows(read).map { $0["enterpriseName"] as? String } == ["某企业公司", "鄂尔多斯某材料公司"])

    // JSON Lines alike.
    let jsonl = try #require(
      #"{"city":"hohhot","applicant":"enterprise","enterpriseName":"某企业公司"}"#.data(
        using: Self.gb18030))
    let refusedLines = try run(jsonl, name: "gb.jsonl")
    #expect(refusedLines.status == 65 && refusedLines.stderr.contains("--encoding gb18030"))
    let readLines = try run(jsonl, name: "gb.jsonl", ["--encoding", "gb18030"])
    #expect(try rows(readLines).first?["enterpriseName"] as? String == "某企业公司")
  }

  /// `evaluate` reads by the same rule.
  @Test func evaluateReadsByTheSameRule() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let profile = #"{"city": "hohhot", "enterpriseName": "某企业公司", "applicant": "enterprise"}"#
    let gbPath = directory.url.appendingPathComponent("p.json")
    try #require(profile.data(using: Self.gb18030)).write(to: gbPath)
    let refused = try runPolicyWizard(["evaluate", gbPath.path, "--format", "json"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("line 1, column 40"), "\(refused)")
    #expect(refused.stderr.contains("add --encoding gb18030"), "\(refused)")
    let read = try runPolicyWizard(
      ["evaluate", gbPath.path, "--format", "json", "--encoding", "gb18030"])
    #expect(read.status == 0, "\(read)")
    let bomPath = try directory.write("bom.json", "\u{FEFF}" + profile)
    let bom = try runPolicyWizard(["evaluate", bomPath, "--format", "json"])
    #expect(bom.status == 0, "\(bom)")
    #expect(bom.stdout == read.stdout)
  }

  /// batch's failures are `CommandFailure`s like every command's: in Chinese with `--lang zh`,
  /// in English otherwise (the tests' C locale), each with its class's status.
  @Test func failuresAreWordedInTheChosenLanguage() throws {
    let text = "city,enterpriseName\nhohhot,某企业公司\n"
    let bytes = try #require(text.data(using: Self.gb18030))
    let chinese = try run(bytes, name: "gb.csv", ["--lang", "zh"])
    #expect(chinese.status == 65, "\(chinese)")
    #expect(chinese.stderr.hasPrefix("错误："), "\(chinese)")
    #expect(chinese.stderr.contains("第 2 行第 9 列"), "\(chinese)")
    #expect(chinese.stderr.contains("请加 --encoding gb18030"), "\(chinese)")
    let english = try run(bytes, name: "gb.csv")
    #expect(english.stderr.hasPrefix("Error: "), "\(english)")
    #expect(english.stderr.contains("line 2, column 9"), "\(english)")

    let missing = try runPolicyWizard(["batch", "/nonexistent/list.csv", "--lang", "zh"])
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stderr == "错误：文件“/nonexistent/list.csv”不存在；请给出 CSV 或 JSON Lines 文件\n")
    let jobs = try run(Data("city\nhohhot\n".utf8), name: "e.csv", ["--jobs", "0", "--lang", "zh"])
    #expect(jobs.status == 64, "\(jobs)")
    #expect(jobs.stderr.contains("--jobs 须为 1 或更大"), "\(jobs)")
  }

  /// With `--encoding gb18030`, a byte that is not GB18030 is placed like a bad UTF-8 byte, and
  /// GB18030's own byte-order mark (84 31 95 33) is dropped.
  @Test func gb18030ThatIsNotIsPlacedAtItsLineAndColumn() throws {
    var bytes = try #require("city\n某企业".data(using: Self.gb18030))
    bytes.append(contentsOf: [0xFF, 0x0A])
    #expect(throws: InputText.Problem.self) { try InputText(encoding: .gb18030).decode(bytes) }
    do {
      _ = try InputText(encoding: .gb18030).decode(bytes)
    } catch {
      #expect(error.line == 2 && error.column == 4, "\(error)")
      #expect(error.reason == .notGB18030)
    }
    let marked = Data([0x84, 0x31, 0x95, 0x33]) + Data("city".utf8)
    #expect(try InputText(encoding: .gb18030).decode(marked) == "city")
  }

  @Test func bytesThatAreNeitherAreRefusedAtTheirLineAndColumn() throws {
    var bytes = Data("city,enterpriseName\nhohhot,ab".utf8)
    bytes.append(contentsOf: [0xFF, 0xFE])
    bytes.append(Data("\n".utf8))
    let run = try run(bytes, name: "bad.csv")
    #expect(run.status == 65, "\(run)")
    #expect(run.stderr.contains("line 2, column 10"), "\(run)")
    #expect(run.stderr.contains("not valid UTF-8"), "\(run)")
  }

  @Test func aBadRowKeepsItsName() throws {
    let input = "enterpriseName,city,platforms\n甲公司,hohhot,[oops\n"
    let run = try run(Data(input.utf8), name: "bad.csv")
    #expect(run.status == 1, "\(run)")
    let row = try #require(try rows(run).first)
    #expect(row["enterpriseName"] as? String == "甲公司")
    #expect((row["error"] as? String)?.contains("platforms") == true)
    let csv = try self.run(Data(input.utf8), name: "bad.csv", ["--format", "csv"])
    let line = try #require(csv.stdout.split(separator: "\n").dropFirst().first)
    #expect(line.hasPrefix("1,2,甲公司,,"), "\(csv)")
  }

  @Test func aRowOfOnlyCommasIsReported() throws {
    let run = try run(
      Data("city,highTech,applicant\nhohhot,new,enterprise\n,,\nordos,,enterprise\n".utf8),
      name: "commas.csv")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("row 2 (line 3)"), "\(run)")
    let rows = try rows(run)
    #expect(rows.count == 3)
    #expect(rows[1]["error"] is String)
    #expect(rows[2]["result"] is [String: Any])
  }

  /// Names that would write the clipboard, retitle the window, reverse the text or hide in it.
  static let hostileNames = [
    "\u{1B}]52;c;ZXZpbA==\u{07}剪贴板公司", "\u{1B}]0;pwned\u{07}标题公司", "\u{202E}司公反倒",
    "零\u{200B}宽\u{2066}公司", "C1\u{9B}31m公司\u{7F}",
  ]

  static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
      || scalar.isHiddenFormatting
  }

  @Test func hostileNamesReachNoOutputRaw() throws {
    let lines = Self.hostileNames.map {
      BatchCommandTests.json(["city": "hohhot", "applicant": "enterprise", "enterpriseName": $0])
    }
    // And one bad row, whose message echoes its cell.
    let bad =
      #"{"city": "hohhot", "applicant": "enterprise", "enterpriseName": "坏\u001b]0;x\u0007", "platforms": "\u202e"}"#
    let input = (lines + [bad]).joined(separator: "\n") + "\n"
    let jsonl = try run(Data(input.utf8), name: "hostile.jsonl")
    let csvInput =
      "enterpriseName,city,applicant,platforms\n"
      + Self.hostileNames.map { BatchCommandTests.cell($0) + ",hohhot,enterprise," }.joined(
        separator: "\n")
      + "\n" + BatchCommandTests.cell("坏\u{1B}]52;c;eA==\u{07}")
      + ",hohhot,enterprise,[\u{202E}\u{1B}]0;t\u{07}\n"
    let csv = try run(Data(csvInput.utf8), name: "hostile.csv", ["--format", "csv"])
    for run in [jsonl, csv] {
      #expect(run.status == 1, "\(run)")
      for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
        let found = text.unicodeScalars.filter(Self.isDangerous)
        #expect(found.isEmpty, "\(stream) holds \(found.map { String($0.value, radix: 16) })")
      }
    }
    // The JSON still reads back as the exact names.
    let names = try rows(jsonl).prefix(Self.hostileNames.count).map {
      $0["enterpriseName"] as? String
    }
    #expect(names == Self.hostileNames)
    #expect(csv.stdout.contains("<U+202E>司公反倒"), "\(csv)")
  }

  /// Issue 18 item 9: one stray quote costs its row; the rows after it are read, and reading
  /// stays linear (each byte looked at at most twice), counted rather than timed.
  @Test func anUnclosedQuoteIsFoundInLinearTime() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var text = "city,enterpriseName,rd.lastYear\nhohhot,甲,1000\nordos,\"乙公司,2000\n"
    for index in 0..<40_000 { text += "hulunbuir,企业\(index),\(index)\n" }
    let path = try directory.write("quote.csv", text)
    let reader = try BatchReader(path: path, format: nil, encoding: .utf8)
    try reader.readHeader(catalog: DefaultCatalog.catalog)
    var rows: [BatchRow] = []
    while case .row(let row) = try reader.next(mayWait: true) { rows.append(row) }
    #expect(rows.count == 40_002)
    let bad = rows[1]
    #expect(bad.line == 3)
    guard case .failure(let problem) = bad.node else {
      Issue.record("the row with the stray quote is read")
      return
    }
    #expect(problem.message.contains("line 3, column 7"), "\(problem)")
    #expect(rows.last?.line == 40_003)
    if case .success(let node) = rows.last?.node {
      #expect(node["enterpriseName"]?.scalarText == "企业39999")
    } else {
      Issue.record("the last row is read")
    }
    #expect(reader.bytesExamined <= 2 * text.utf8.count, "\(reader.bytesExamined)")
  }

  @Test func anUnclosedQuoteIsReportedAtItsLineAndTheOtherRowsKept() throws {
    var text = "city,enterpriseName,applicant\nhohhot,甲,enterprise\nordos,\"乙公司,enterprise\n"
    for index in 0..<50 { text += "hulunbuir,企业\(index),enterprise\n" }
    let run = try run(Data(text.utf8), name: "quote.csv")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("row 2 (line 3)"), "\(run)")
    #expect(run.stderr.contains("line 3, column 7"), "\(run)")
    let rows = try rows(run)
    #expect(rows.count == 52)
    #expect(rows.last?["enterpriseName"] as? String == "企业49")
  }

  /// Rows fed through a pipe one at a time get their results one at a time: the test waits
  /// for each result line before writing the next row (no sleeping; a watchdog ends a run
  /// that would hang).
  @Test func resultsStreamAsRowsArrive() throws {
    let process = Process()
    process.executableURL = try PolicyWizardBinary.url()
    process.arguments = ["batch", "-", "--input-format", "csv"]
    process.environment = PolicyWizardEnvironment.pinned()
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    defer { watchdog.cancel() }
    var pending = Data()
    func nextLine() -> String? {
      while true {
        if let newline = pending.firstIndex(of: 0x0A) {
          let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
          pending = Data(pending[(newline + 1)...])
          return line
        }
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return nil }
        pending.append(chunk)
      }
    }
    input.fileHandleForWriting.write(Data("city,enterpriseName,applicant\n".utf8))
    for (index, city) in ["hohhot", "ordos", "baotou"].enumerated() {
      input.fileHandleForWriting.write(Data("\(city),企业\(index),enterprise\n".utf8))
      let line = try #require(nextLine(), "a result for row \(index + 1) before more input")
      let row = try JSONOutput.object(line)
      #expect(row["row"] as? Int == index + 1)
      #expect(row["city"] as? String == city)
    }
    try input.fileHandleForWriting.close()
    #expect(nextLine() == nil)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func aFullDiskExits73WithThePath() throws {
    let input = "city\nhohhot\n"
    let file = try run(Data(input.utf8), name: "e.csv", ["-o", "/dev/full"])
    #expect(file.status == 73, "\(file)")
    #expect(file.stderr.contains("'/dev/full'"), "\(file)")

    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("e.csv", input)
    let process = Process()
    process.executableURL = try PolicyWizardBinary.url()
    process.arguments = ["batch", path]
    process.environment = PolicyWizardEnvironment.pinned()
    process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 73, "\(message)")
    #expect(message.contains("standard output"), "\(message)")
  }

  @Test func commandLineMistakesHaveTheirStatus() throws {
    #expect(try runPolicyWizard(["batch", "/nonexistent.csv"]).status == 66)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("e.csv", "city\nhohhot\n")
    #expect(try runPolicyWizard(["batch", path, "--as-of", "2026-13-01"]).status == 64)
    #expect(try runPolicyWizard(["batch", path, "--jobs", "0"]).status == 64)
    #expect(try runPolicyWizard(["batch", path, "--encoding", "latin1"]).status == 64)
  }
}
