import Foundation
import PolicyEngine

#if canImport(Glibc)
  import Glibc
#endif

/// One enterprise of a batch file: its place and its profile as a node, or why the row cannot
/// be read.
struct BatchRow: Sendable {
  /// 1-based, counting enterprises (a CSV header is not a row).
  var number: Int
  /// The line of the file where the row starts.
  var line: Int
  /// The enterpriseName cell as written, kept when the rest of the row cannot be read.
  var name: String?
  var node: Result<DataNode, BatchRowProblem>
}

struct BatchRowProblem: Error, Sendable {
  var field: String
  var message: String

  var description: String { field.isEmpty ? message : "field '\(field)': \(message)" }
}

/// The lines of a file descriptor, read with `read(2)` into one buffer so that the reader can
/// ask whether a line is there without waiting (a pipe fed row by row gets its results row by
/// row), with lines given back to be read again (after an unclosed quote).
final class BatchLineSource {
  enum Next {
    case line([UInt8], number: Int)
    /// No whole line is there yet and the caller did not want to wait.
    case waiting
    case end
  }

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts, and how far it is known to hold no line break.
  private var start = 0
  private var searched = 0
  private var atEnd = false
  private var returned: [(bytes: [UInt8], number: Int)] = []
  private var returnedIndex = 0
  private(set) var lineNumber = 0
  private(set) var bytesRead: Int64 = 0
  /// Why reading stopped early, if it did (errno's words).
  private(set) var readError: String?

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// Lines to be read again before any new one, in their order.
  func giveBack(_ lines: [(bytes: [UInt8], number: Int)]) {
    returned = lines + returned[returnedIndex...]
    returnedIndex = 0
  }

  func next(mayWait: Bool) -> Next {
    if returnedIndex < returned.count {
      let line = returned[returnedIndex]
      returnedIndex += 1
      if returnedIndex == returned.count {
        returned.removeAll()
        returnedIndex = 0
      }
      return .line(line.bytes, number: line.number)
    }
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        searched = start
        lineNumber += 1
        return .line(line, number: lineNumber)
      }
      searched = buffer.count
      if atEnd {
        guard start < buffer.count else { return .end }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = buffer.count
        searched = start
        lineNumber += 1
        return .line(line, number: lineNumber)
      }
      if !mayWait {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&poller, 1, 0) == 0 { return .waiting }
      }
      fill()
    }
  }

  /// Reads what is there (at most 64 KiB), dropping the lines already returned.
  private func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      searched -= start
      start = 0
    }
    let chunk = 65_536
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var count: Int
    repeat {
      count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
    } while count < 0 && errno == EINTR
    if count < 0 { readError = String(cString: strerror(errno)) }
    buffer.removeLast(chunk - Swift.max(count, 0))
    if count <= 0 { atEnd = true } else { bytesRead += Int64(count) }
  }
}

/// One CSV record read line by line in one pass (RFC 4180: cells separated by commas, quoted
/// with `"` where they hold a comma, a quote — doubled — or a line break). Each byte is looked
/// at once per pass, so that a record that spans lines costs the length of its lines, not
/// their square.
struct CSVRecordParser {
  private(set) var cells: [String] = []
  private var cell: [UInt8] = []
  private(set) var quoted = false
  private var atCellStart = true
  /// Where the quote still open was opened: the line and the byte in it.
  private(set) var openQuote: (line: Int, byte: Int)?
  /// Every byte looked at (the tests check that reading stays linear).
  private(set) var bytesExamined = 0

  /// Adds a line to the record: its cells when the record is whole, nil while a quoted cell
  /// goes on on the next line.
  mutating func feed(_ line: some Collection<UInt8>, number: Int) -> [String]? {
    if quoted { cell.append(0x0A) }
    var iterator = line.makeIterator()
    var offset = 0
    var pending = iterator.next()
    while let byte = pending {
      pending = iterator.next()
      bytesExamined += 1
      offset += 1
      if quoted {
        if byte == 0x22 {
          if pending == 0x22 {
            cell.append(0x22)
            pending = iterator.next()
            bytesExamined += 1
            offset += 1
          } else {
            quoted = false
            openQuote = nil
          }
        } else {
          cell.append(byte)
        }
        continue
      }
      switch byte {
      case 0x22 where atCellStart:
        quoted = true
        openQuote = (number, offset - 1)
        atCellStart = false
      case 0x2C:
        cells.append(String(decoding: cell, as: UTF8.self))
        cell.removeAll(keepingCapacity: true)
        atCellStart = true
      default:
        cell.append(byte)
        atCellStart = false
      }
    }
    if quoted { return nil }
    cells.append(String(decoding: cell, as: UTF8.self))
    let record = cells
    reset()
    return record
  }

  /// Forgets the record read so far (after an unclosed quote).
  mutating func reset() {
    cells.removeAll()
    cell.removeAll(keepingCapacity: true)
    quoted = false
    atCellStart = true
    openQuote = nil
  }
}

/// Reads a batch file row by row, holding one row at a time: CSV with a header of profile
/// field names, or JSON Lines (one profile object per line). Text is read by `InputText`'s
/// rule, the one `evaluate` reads a profile by.
///
/// CSV cells: empty means omitted; a record field is a column `rd.lastYear` (or a JSON object
/// in a column `rd`); a list is a JSON array in the cell (`[{"type": "keyLab", "level":
/// "national", "new": true}]`); `unknown` is a JSON array or names separated by `;`.
///
/// The CSV is read by `CSVRecordParser` rather than yaslab/CSV.swift (on the package list):
/// CSV.swift reads only Unicode encodings (no GB18030), its errors carry no line or column
/// (`CSVError.unicodeDecoding`), and a stray quote makes it read the rest of the file as one
/// cell, with no way to report that row and read on.
///
/// A quoted cell left open is found within `longestOpenCell` bytes or at the end of the file:
/// its row is reported at the line of the quote and reading goes on at the next line, so one
/// stray quote costs one row, not the rest of the file.
final class BatchReader {
  enum Format: String, CaseIterable, Sendable { case csv, jsonl }

  enum Next {
    case row(BatchRow)
    case waiting
    case end
  }

  /// How far a quoted cell may run over line breaks before it is taken as never closed: far
  /// more than any profile field (a name has at most 200 characters), little memory to hold.
  static let longestOpenCell = 1 << 20

  let format: Format
  /// The file as the messages name it, in English and in Chinese.
  let source: String
  private let chineseSource: String
  private let lines: BatchLineSource
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private let text: InputText
  /// The file's size in bytes, when it is a regular file (for the progress bar).
  let size: Int64?
  var bytesRead: Int64 { lines.bytesRead }
  var readError: String? { lines.readError }
  var bytesExamined: Int { parser.bytesExamined }
  private var rowNumber = 0
  private var header: [String] = []
  private var nameColumn: Int?
  private var parser = CSVRecordParser()
  /// The lines of the record being read while a quoted cell is open.
  private var recordLines: [(bytes: [UInt8], number: Int)] = []
  private var recordBytes = 0

  init(path: String, format: Format?, encoding: InputEncoding) throws(CommandFailure) {
    source = path == "-" ? CLIStrings.english.standardInput : path.visiblySafe
    chineseSource = path == "-" ? CLIStrings.chinese.standardInput : path.visiblySafe
    text = InputText(encoding: encoding)
    if path == "-" {
      descriptor = STDIN_FILENO
      ownsDescriptor = false
      size = nil
    } else {
      var status = stat()
      guard stat(path, &status) == 0 else { throw CommandFailure.listDoesNotExist(source) }
      guard (status.st_mode & S_IFMT) != S_IFDIR else {
        throw CommandFailure.listIsADirectory(source)
      }
      let opened = open(path, O_RDONLY)
      guard opened >= 0 else {
        throw CommandFailure.cannotReadList(source, reason: String(cString: strerror(errno)))
      }
      descriptor = opened
      ownsDescriptor = true
      size = (status.st_mode & S_IFMT) == S_IFREG ? Int64(status.st_size) : nil
    }
    lines = BatchLineSource(descriptor: descriptor)
    if let format {
      self.format = format
    } else if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
      self.format = .jsonl
    } else if path.hasSuffix(".csv") {
      self.format = .csv
    } else {
      throw CommandFailure.listFormatUnknown(source, chinese: chineseSource)
    }
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The text of one line, by the file's encoding; a line that is not is the whole file's
  /// problem (the encoding is wrong), placed at its line and column.
  private func decode(_ bytes: [UInt8], number: Int) throws(CommandFailure) -> String {
    do {
      return try text.decode(bytes, firstLine: number, atStart: number == 1)
    } catch {
      throw CommandFailure.unreadableText(error, source: source, chinese: chineseSource)
    }
  }

  /// Reads the CSV header and checks every column against the catalog's fields.
  func readHeader(catalog: Catalog) throws(CommandFailure) {
    guard format == .csv else { return }
    var fields: [String]? = nil
    reading: while fields == nil {
      switch lines.next(mayWait: true) {
      case .line(let bytes, let number):
        let line = try decode(bytes, number: number)
        fields = parser.feed(line.utf8, number: number)
      case .waiting: continue
      case .end: break reading
      }
    }
    guard let fields else {
      if let open = parser.openQuote {
        throw CommandFailure.headerQuoteNeverCloses(
          source, chinese: chineseSource, line: open.line)
      }
      throw CommandFailure.emptyCSV()
    }
    header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
    nameColumn = header.firstIndex(of: "enterpriseName")
    let allowed = Set(catalog.facts.map(\.name) + ProfileDecoder.controlFields)
    for column in header {
      let top = column.split(separator: ".", maxSplits: 1).first.map(String.init) ?? column
      guard allowed.contains(top) else {
        let fields = (catalog.facts.map(\.name) + ProfileDecoder.controlFields)
          .joined(separator: ", ")
        throw CommandFailure.unknownCSVColumn(column.visiblySafe, allowed: fields)
      }
      if top != column {
        guard let fact = catalog.fact(named: top), case .record(let fields) = fact.type,
          fields.contains(where: { "\(top).\($0.name)" == column })
        else {
          throw CommandFailure.unknownRecordColumn(column.visiblySafe)
        }
      }
    }
    if Set(header).count != header.count {
      throw CommandFailure.repeatedCSVColumn()
    }
  }

  /// The next row; `.waiting` when none is there yet and `mayWait` is false. A line that is
  /// not in the file's encoding stops the reading (thrown).
  func next(mayWait: Bool) throws(CommandFailure) -> Next {
    switch format {
    case .jsonl: return try nextJSONLine(mayWait: mayWait)
    case .csv: return try nextCSVRecord(mayWait: mayWait)
    }
  }

  private func nextJSONLine(mayWait: Bool) throws(CommandFailure) -> Next {
    while true {
      switch lines.next(mayWait: mayWait) {
      case .waiting: return .waiting
      case .end: return .end
      case .line(let bytes, let number):
        let line = try decode(bytes, number: number)
        if DataNodeParser.isBlank(line) { continue }
        rowNumber += 1
        let node: Result<DataNode, BatchRowProblem>
        do {
          node = .success(try DataNodeParser.parse(line, file: "row"))
        } catch {
          node = .failure(BatchRowProblem(field: "", message: error.message))
        }
        let name = try? node.get()["enterpriseName"]?.scalarText
        return .row(BatchRow(number: rowNumber, line: number, name: name ?? nil, node: node))
      }
    }
  }

  private func nextCSVRecord(mayWait: Bool) throws(CommandFailure) -> Next {
    while true {
      switch lines.next(mayWait: mayWait) {
      case .waiting: return .waiting
      case .end:
        if parser.quoted { return .row(unclosedQuote(atEnd: true)) }
        return .end
      case .line(let bytes, let number):
        let line = try decode(bytes, number: number)
        if !parser.quoted {
          recordLines.removeAll(keepingCapacity: true)
          recordBytes = 0
        }
        recordLines.append((bytes, number))
        recordBytes += bytes.count
        guard let cells = parser.feed(line.utf8, number: number) else {
          if recordBytes > Self.longestOpenCell { return .row(unclosedQuote(atEnd: false)) }
          continue
        }
        let start = recordLines.first?.number ?? number
        recordLines.removeAll(keepingCapacity: true)
        if cells.count == 1, CSV.trimmingSpaces(cells[0]).isEmpty { continue }
        rowNumber += 1
        let name = nameColumn.flatMap { $0 < cells.count ? CSV.trimmingSpaces(cells[$0]) : nil }
        if cells.allSatisfy({ CSV.trimmingSpaces($0).isEmpty }) {
          return .row(
            BatchRow(
              number: rowNumber, line: start, name: nil,
              node: .failure(
                BatchRowProblem(
                  field: "", message: "the row has only empty cells; give at least the city"))))
        }
        return .row(
          BatchRow(
            number: rowNumber, line: start, name: name.flatMap { $0.isEmpty ? nil : $0 },
            node: node(cells, line: start)))
      }
    }
  }

  /// The row of a quote that never closes: reported at the quote's line, with the cells read
  /// before it (its name, when that comes first); the lines after the quote's are read again
  /// as rows. Within those lines every quote was read as half of a doubled quote, so they
  /// close whatever they open: each byte is read at most twice.
  private func unclosedQuote(atEnd: Bool) -> BatchRow {
    let open = parser.openQuote ?? (line: recordLines.last?.number ?? lines.lineNumber, byte: 0)
    let start = recordLines.first?.number ?? open.line
    let cellsBefore = parser.cells
    parser.reset()
    let openLine = recordLines.first(where: { $0.number == open.line })?.bytes ?? []
    let column = String(decoding: openLine.prefix(open.byte), as: UTF8.self).count + 1
    lines.giveBack(recordLines.filter { $0.number > open.line })
    recordLines.removeAll()
    recordBytes = 0
    rowNumber += 1
    let name = nameColumn.flatMap {
      $0 < cellsBefore.count ? CSV.trimmingSpaces(cellsBefore[$0]) : nil
    }
    let reason =
      atEnd
      ? "no closing quote before the end of the file"
      : "no closing quote within \(Self.longestOpenCell / 1_048_576) MiB"
    return BatchRow(
      number: rowNumber, line: start, name: name.flatMap { $0.isEmpty ? nil : $0 },
      node: .failure(
        BatchRowProblem(
          field: cellsBefore.count < header.count ? header[cellsBefore.count] : "",
          message:
            "the quote at line \(open.line), column \(column) opens a cell that never closes (\(reason)); the lines after it are read as rows"
        )))
  }

  private func node(_ cells: [String], line: Int) -> Result<DataNode, BatchRowProblem> {
    guard cells.count <= header.count else {
      return .failure(
        BatchRowProblem(
          field: "", message: "\(cells.count) cells, but the header names \(header.count) columns"))
    }
    var pairs: [(key: String, value: DataNode)] = []
    var records: [String: Int] = [:]
    for (column, rawCell) in zip(header, cells) {
      let cell = CSV.trimmingSpaces(rawCell)
      if cell.isEmpty { continue }
      let value: DataNode
      if let first = cell.first, first == "[" || first == "{" {
        do {
          value = try DataNodeParser.parse(cell, file: column)
        } catch {
          return .failure(BatchRowProblem(field: column, message: "\(error.message) (\(cell))"))
        }
      } else if column == "unknown" {
        value = .sequence(
          cell.split(separator: ";").map {
            .scalar(
              $0.trimmingCharacters(in: .whitespaces), at: Position(line: line, column: 1),
              quoted: true)
          }, at: Position(line: line, column: 1))
      } else {
        value = .scalar(cell, at: Position(line: line, column: 1), quoted: true)
      }
      let parts = column.split(separator: ".", maxSplits: 1).map(String.init)
      if parts.count == 2 {
        if let index = records[parts[0]] {
          guard case .mapping(var fields, let at) = pairs[index].value else {
            return .failure(
              BatchRowProblem(field: column, message: "given both as \(parts[0]) and \(column)"))
          }
          fields.append((parts[1], value))
          pairs[index].value = .mapping(fields, at: at)
        } else {
          if pairs.contains(where: { $0.key == parts[0] }) {
            return .failure(
              BatchRowProblem(field: column, message: "given both as \(parts[0]) and \(column)"))
          }
          records[parts[0]] = pairs.count
          pairs.append(
            (parts[0], .mapping([(parts[1], value)], at: Position(line: line, column: 1))))
        }
      } else {
        if records[column] != nil {
          return .failure(
            BatchRowProblem(field: column, message: "given both as \(column) and \(column).…"))
        }
        pairs.append((column, value))
      }
    }
    return .success(.mapping(pairs, at: Position(line: line, column: 1)))
  }
}

/// CSV cells as this program reads and writes them.
enum CSV {
  /// `trimmingCharacters(in: .whitespaces)` without Foundation: the same characters (Foundation's
  /// whitespace set: tab, U+0020, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000) taken
  /// off both ends, for every cell of a row, where the bridged call cost 7,700 instructions.
  static func trimmingSpaces(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return text }
    if !isSpace(first), !isSpace(last) { return text }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
    while start < end, isSpace(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// A cell as CSV writes it: quoted when it must be.
  static func cell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
