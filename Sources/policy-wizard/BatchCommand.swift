import ArgumentParser
import Dispatch
import Foundation
import PolicyEngine

#if canImport(Glibc)
  import Glibc
#endif

/// `policy-wizard batch FILE`: every enterprise of a CSV or JSON Lines file, one result per row,
/// then what the whole list implies per document and article.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Evaluate every enterprise of a CSV or JSON Lines file (- for standard input).",
    discussion: """
      CSV: a header of profile field names; empty cell = omitted; a record field as a column \
      rd.lastYear; a list as a JSON array in the cell; unknown as names separated by ';'. \
      JSON Lines: one profile object per line. UTF-8 (a byte-order mark is accepted) or, with \
      --encoding gb18030, GB18030. Results stream one per row as rows arrive: JSON Lines, each \
      row's "result" being what evaluate --format json prints for it, or CSV with the same \
      totals per certainty and one column per benefit worded as the result words it. The \
      summary per article goes to standard error at the end. A bad row is reported with its \
      row number and field and the run goes on (--strict stops); the exit status is 1 when \
      any row failed.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

  @Argument(help: "The CSV (.csv) or JSON Lines (.jsonl) file, or - for standard input.")
  var file: String
  @Option(name: .customLong("input-format"), help: "csv or jsonl (default: from the file name).")
  var inputFormat: BatchReader.Format?
  @Option(help: "Output format: jsonl or csv.") var format: Format = .jsonl
  @Option(name: [.short, .long], help: "Write the results to FILE instead of standard output.")
  var output: String?
  @Option(name: .customLong("summary"), help: "Write the summary as JSON to FILE.")
  var summaryFile: String?
  @Option(help: "Worker threads (default: every core).") var jobs: Int?
  @Flag(help: "Stop at the first bad row.") var strict = false
  @Flag(name: .customLong("no-progress"), help: "No progress bar, even on a terminal.")
  var noProgress = false
  @Option(
    name: .customLong("compare-data"),
    help: ArgumentHelp(
      "Also evaluate every row under the catalog in DIR and report the difference.",
      valueName: "DIR"))
  var compareData: String?
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Judge every row on this day.", valueName: "YYYY-MM-DD"))
  var asOf: String?
  @Flag(name: .customLong("no-drafts"), help: "Leave out draft documents.")
  var noDrafts = false
  @Option(
    help: ArgumentHelp(
      "The file's encoding: utf-8 (a byte-order mark is accepted) or gb18030 (what Chinese Excel and WPS save).",
      valueName: "ENCODING"))
  var encoding: InputEncoding = .utf8
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    var options = BatchOptions(today: .today(), asOf: nil, noDrafts: noDrafts)
    if let asOf {
      guard let day = CalendarDay(asOf) else {
        throw CommandFailure(.usage) { $0.notADate("--as-of", asOf.visiblySafe) }
      }
      options.asOf = day
    }
    if let jobs, jobs < 1 {
      throw CommandFailure.jobsBelowOne(jobs)
    }
    // The result's words by `evaluate`'s rule for JSON, in both formats (they are data).
    let resultLanguage = language.forJSON
    let base = BatchEngine(catalog: try catalogOptions.load(), language: resultLanguage)
    let other = try compareData.map {
      BatchEngine(catalog: try CatalogCheck.load(directory: $0), language: resultLanguage)
    }
    let reader = try BatchReader(path: file, format: inputFormat, encoding: encoding)
    try reader.readHeader(catalog: base.catalog)
    let sink = try BatchSink(path: output)
    let writer = BatchWriter(
      format: format, catalog: base.catalog, comparing: other != nil, language: resultLanguage)
    try sink.write(writer.header())

    let workers = jobs ?? Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    var summary = BatchSummary(catalog: base.catalog)
    var otherSummary = other.map { BatchSummary(catalog: $0.catalog) }
    var comparison = BatchComparison()
    let progress = BatchProgress(
      enabled: !noProgress && isatty(STDERR_FILENO) != 0, size: reader.size)
    // Rows are read and evaluated a block at a time, so that memory stays the same however long
    // the file; results are written in row order. A block is evaluated as soon as no further
    // row is there to read, so that rows fed slowly through a pipe get their results as they
    // come.
    let blockSize = 256 * workers
    var block: [BatchRow] = []
    block.reserveCapacity(blockSize)
    var done = false
    var stopped: BatchRowResult? = nil
    var readFailure: CommandFailure? = nil
    while !done, stopped == nil {
      block.removeAll(keepingCapacity: true)
      reading: while block.count < blockSize {
        do throws(CommandFailure) {
          switch try reader.next(mayWait: block.isEmpty) {
          case .row(let row): block.append(row)
          case .waiting: break reading
          case .end:
            done = true
            break reading
          }
        } catch {
          readFailure = error
          done = true
          break reading
        }
      }
      if block.isEmpty { break }
      let results = Self.evaluate(
        block, base: base, other: other, options: options, jobs: workers, writer: writer)
      var text = ""
      for result in results {
        if let failure = result.failure {
          let message = "row \(result.number) (line \(result.line)): \(failure.description)"
          FileHandle.standardError.write(Data((message.visiblySafe + "\n").utf8))
          summary.addFailure()
          otherSummary?.addFailure()
          text += result.text
          if strict {
            stopped = result
            break
          }
          continue
        }
        if case .success(let outcome) = result.outcome {
          summary.add(outcome)
          if case .success(let compared)? = result.compared {
            otherSummary?.add(compared)
            comparison.add(base: outcome, other: compared)
          }
        }
        text += result.text
      }
      try sink.write(text)
      progress.update(rows: summary.evaluated + summary.failed, bytes: reader.bytesRead)
    }
    try sink.close()
    progress.finish(rows: summary.evaluated + summary.failed)
    if let readFailure { throw readFailure }
    if let problem = reader.readError {
      throw CommandFailure.cannotReadList(file.visiblySafe, reason: problem)
    }
    // The summary is for a person (standard error): the environment's language too.
    let language = language.forText()
    let strings = CLIStrings.of(language)
    var report = summary.text(title: strings.summaryDefault, in: language)
    if let otherSummary, let compareData {
      report += "\n" + otherSummary.text(title: strings.summary(compareData), in: language)
      report += "\n" + comparison.text(base: summary, other: otherSummary, in: language)
    }
    FileHandle.standardError.write(Data(report.visiblySafe(keepingNewlines: true).utf8))
    if let path = summaryFile {
      var json = JSONText()
      json.beginObject()
      if let otherSummary {
        json.key("compared")
        otherSummary.write(to: &json)
        json.key("difference")
        json.objectValue()
        json.key("changed")
        json.int(comparison.changed)
        json.key("max")
        json.yuan(comparison.difference.max.map { Yuan(Money(fen: $0)) })
        json.key("min")
        json.yuan(Yuan(Money(fen: comparison.difference.min)))
        json.endObject()
      }
      summary.writeFields(to: &json)
      json.endObject()
      do throws(CommandFailure) {
        try OutputFile.write(jsonForTerminal(json.text) + "\n", to: path, option: "--summary")
      } catch {
        throw error.visiblySafe
      }
    }
    if let stopped {
      throw CommandFailure.stoppedAtRow(stopped.number)
    }
    if summary.failed > 0 { throw ExitCode(FailureKind.checksFailed.status) }
  }

  /// Evaluates a block on `jobs` threads, each taking every `jobs`-th row and writing its line.
  static func evaluate(
    _ block: [BatchRow], base: BatchEngine, other: BatchEngine?, options: BatchOptions, jobs: Int,
    writer: BatchWriter
  ) -> [BatchRowResult] {
    let results = ResultSlots(count: block.count)
    let workers = Swift.min(jobs, block.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < block.count {
        let row = block[index]
        var result = BatchRowResult(
          number: row.number, line: row.line, name: row.name,
          outcome: .failure(BatchRowProblem(field: "", message: "")), compared: nil)
        switch row.node {
        case .failure(let problem):
          result.outcome = .failure(problem)
        case .success(let node):
          result.outcome = base.evaluate(node, options: options)
          if let other { result.compared = other.evaluate(node, options: options) }
        }
        result.text = writer.line(result)
        results.set(index, result)
        index += workers
      }
    }
    return results.values
  }
}

/// One slot per row of a block, written by exactly one worker each.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<BatchRowResult?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ result: BatchRowResult) { slots[index] = result }

  var values: [BatchRowResult] { slots.map { $0! } }
}

/// Standard output or a file (created 0600, as `OutputFile` creates every output that names
/// enterprises), written a block at a time with `write(2)`: a write that fails — a full disk,
/// a closed pipe — stops the run with the path and exit status 73, never an empty file and 0.
final class BatchSink {
  private let descriptor: Int32
  private let owns: Bool
  /// The path as the messages name it; nil for standard output.
  private let shownPath: String?

  init(path: String?) throws(CommandFailure) {
    guard let path else {
      descriptor = STDOUT_FILENO
      owns = false
      shownPath = nil
      return
    }
    if let problem = OutputFile.problem(with: path, option: "--output") {
      throw problem.visiblySafe
    }
    let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard opened >= 0 else {
      throw CommandFailure.cannotWriteResults(
        path.visiblySafe, reason: String(cString: strerror(errno)))
    }
    descriptor = opened
    owns = true
    shownPath = path.visiblySafe
  }

  func write(_ text: String) throws(CommandFailure) {
    var text = text
    let errorNumber: Int32? = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return nil }
      var written = 0
      while written < bytes.count {
        let count = Glibc.write(descriptor, base + written, bytes.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return nil
    }
    if let errorNumber { throw failure(errorNumber: errorNumber) }
  }

  /// The failure of a write: standard output's is worded as every command's is.
  private func failure(errorNumber: Int32) -> CommandFailure {
    guard let shownPath else { return StandardOutput.failure(errorNumber: errorNumber) }
    return CommandFailure.cannotWriteResults(
      shownPath, reason: String(cString: strerror(errorNumber)))
  }

  func close() throws(CommandFailure) {
    guard owns else { return }
    if Glibc.close(descriptor) != 0 {
      throw failure(errorNumber: errno)
    }
  }
}

extension BatchReader.Format: ExpressibleByArgument {}
