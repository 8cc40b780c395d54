import ArgumentParser
import Dispatch
import Foundation
import PolicyEngine

/// `policy-wizard batch FILE`: every enterprise of a CSV or JSON Lines file, one result per row,
/// then what the whole list implies per document and article.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Evaluate every enterprise of a CSV or JSON Lines file (- for standard input).",
    discussion: """
      CSV: a header of profile field names; empty cell = omitted; a record field as a column \
      rd.lastYear; a list as a JSON array in the cell; unknown as names separated by ';'. \
      JSON Lines: one profile object per line. Results stream one per row (JSON Lines, or CSV \
      with the totals per certainty and one column per benefit); the summary per article goes \
      to standard error at the end. A bad row is reported with its row number and field and \
      the run goes on (--strict stops); the exit status is 1 when any row failed.
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
  @OptionGroup var catalogOptions: CatalogOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    var options = BatchOptions(today: .today(), asOf: nil, noDrafts: noDrafts)
    if let asOf {
      guard let day = CalendarDay(asOf) else {
        throw CommandFailure(.usage) { $0.notADate("--as-of", asOf) }
      }
      options.asOf = day
    }
    if let jobs, jobs < 1 {
      throw CommandFailure.jobsBelowOne(jobs)
    }
    let base = BatchEngine(catalog: try catalogOptions.load())
    let other = try compareData.map { BatchEngine(catalog: try CatalogCheck.load(directory: $0)) }
    let reader = try BatchReader(path: file, format: inputFormat)
    try reader.readHeader(catalog: base.catalog)
    let sink = try BatchSink(path: output)
    let writer = BatchWriter(format: format, catalog: base.catalog, comparing: other != nil)
    sink.write(writer.header())

    let workers = jobs ?? Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    var summary = BatchSummary(catalog: base.catalog)
    var otherSummary = other.map { BatchSummary(catalog: $0.catalog) }
    var comparison = BatchComparison()
    let progress = BatchProgress(
      enabled: !noProgress && isatty(STDERR_FILENO) != 0, size: reader.size)
    // Rows are read and evaluated a block at a time, so that memory stays the same however long
    // the file; results are written in row order.
    let blockSize = 256 * workers
    var block: [BatchRow] = []
    block.reserveCapacity(blockSize)
    var done = false
    var stopped: BatchRowResult? = nil
    while !done, stopped == nil {
      block.removeAll(keepingCapacity: true)
      while block.count < blockSize, let row = reader.next() { block.append(row) }
      if block.count < blockSize { done = true }
      if block.isEmpty { break }
      let results = Self.evaluate(block, base: base, other: other, options: options, jobs: workers)
      var text = ""
      for result in results {
        if let failure = result.failure {
          FileHandle.standardError.write(
            Data("row \(result.number) (line \(result.line)): \(failure.description)\n".utf8))
          summary.addFailure()
          otherSummary?.addFailure()
          text += writer.line(result)
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
        text += writer.line(result)
      }
      sink.write(text)
      progress.update(rows: summary.evaluated + summary.failed, bytes: reader.bytesRead)
    }
    sink.close()
    progress.finish(rows: summary.evaluated + summary.failed)
    // The summary is for a person (standard error): the environment's language too.
    let language = language.forText()
    let strings = CLIStrings.of(language)
    var report = summary.text(title: strings.summaryDefault, in: language)
    if let otherSummary, let compareData {
      report += "\n" + otherSummary.text(title: strings.summary(compareData), in: language)
      report += "\n" + comparison.text(base: summary, other: otherSummary, in: language)
    }
    FileHandle.standardError.write(Data(report.utf8))
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
      guard FileManager.default.createFile(atPath: path, contents: Data((json.text + "\n").utf8))
      else {
        throw CommandFailure.cannotWriteSummary(path)
      }
    }
    if let stopped {
      throw CommandFailure.stoppedAtRow(stopped.number)
    }
    if summary.failed > 0 { throw ExitCode(FailureKind.checksFailed.status) }
  }

  /// Evaluates a block on `jobs` threads, each taking every `jobs`-th row.
  static func evaluate(
    _ block: [BatchRow], base: BatchEngine, other: BatchEngine?, options: BatchOptions, jobs: Int
  ) -> [BatchRowResult] {
    let results = ResultSlots(count: block.count)
    let workers = Swift.min(jobs, block.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < block.count {
        let row = block[index]
        var result = BatchRowResult(
          number: row.number, line: row.line, name: nil,
          outcome: .failure(BatchRowProblem(field: "", message: "")), compared: nil)
        switch row.node {
        case .failure(let problem):
          result.outcome = .failure(problem)
        case .success(let node):
          result.name = node["enterpriseName"]?.scalarText
          result.outcome = base.evaluate(node, options: options)
          if let other { result.compared = other.evaluate(node, options: options) }
        }
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

/// Standard output or a file, written a block at a time.
final class BatchSink {
  private let file: UnsafeMutablePointer<FILE>
  private let owns: Bool

  init(path: String?) throws(CommandFailure) {
    if let path {
      guard let opened = fopen(path, "w") else {
        throw CommandFailure.cannotWriteResults(path)
      }
      file = opened
      owns = true
    } else {
      file = fdopen(STDOUT_FILENO, "w")!
      owns = false
    }
  }

  func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      _ = fwrite(base, 1, bytes.count, file)
    }
  }

  func close() {
    fflush(file)
    if owns { fclose(file) }
  }
}

extension BatchReader.Format: ExpressibleByArgument {}
