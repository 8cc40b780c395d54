import Foundation
import PolicyEngine

/// One enterprise of a batch file: its place and its profile as a node, or why the row cannot
/// be read.
struct BatchRow: Sendable {
  /// 1-based, counting enterprises (a CSV header is not a row).
  var number: Int
  /// The line of the file where the row starts.
  var line: Int
  var node: Result<DataNode, BatchRowProblem>
}

struct BatchRowProblem: Error, Sendable {
  var field: String
  var message: String

  var description: String { field.isEmpty ? message : "field '\(field)': \(message)" }
}

/// Reads a batch file row by row, holding one row at a time: CSV with a header of profile
/// field names, or JSON Lines (one profile object per line).
///
/// CSV cells: empty means omitted; a record field is a column `rd.lastYear` (or a JSON object
/// in a column `rd`); a list is a JSON array in the cell (`[{"type": "keyLab", "level":
/// "national", "new": true}]`); `unknown` is a JSON array or names separated by `;`.
final class BatchReader {
  enum Format: String, CaseIterable, Sendable { case csv, jsonl }

  let format: Format
  private let file: UnsafeMutablePointer<FILE>
  private let ownsFile: Bool
  /// The file's size in bytes, when it is a regular file (for the progress bar).
  let size: Int64?
  private(set) var bytesRead: Int64 = 0
  private var lineNumber = 0
  private var rowNumber = 0
  private var header: [String] = []
  private var buffer: UnsafeMutablePointer<CChar>? = nil
  private var capacity = 0

  init(path: String, format: Format?) throws(CommandFailure) {
    if path == "-" {
      file = fdopen(STDIN_FILENO, "r")!
      ownsFile = false
      size = nil
    } else {
      var status = stat()
      let cannotRead = CommandFailure.cannotReadList(path)
      guard stat(path, &status) == 0 else { throw cannotRead }
      guard (status.st_mode & S_IFMT) != S_IFDIR else {
        throw CommandFailure.listIsADirectory(path)
      }
      guard let opened = fopen(path, "r") else { throw cannotRead }
      file = opened
      ownsFile = true
      size = (status.st_mode & S_IFMT) == S_IFREG ? Int64(status.st_size) : nil
    }
    if let format {
      self.format = format
    } else if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
      self.format = .jsonl
    } else if path.hasSuffix(".csv") {
      self.format = .csv
    } else {
      throw CommandFailure.listFormatUnknown(path)
    }
  }

  deinit {
    free(buffer)
    if ownsFile { fclose(file) }
  }

  /// The next physical line without its line break, or nil at the end.
  private func readLine() -> String? {
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else { return nil }
    bytesRead += Int64(count)
    lineNumber += 1
    var length = count
    while length > 0, buffer[length - 1] == 0x0A || buffer[length - 1] == 0x0D { length -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
  }

  /// Reads the CSV header and checks every column against the catalog's fields.
  func readHeader(catalog: Catalog) throws(CommandFailure) {
    guard format == .csv else { return }
    guard let (fields, _) = readRecord() else {
      throw CommandFailure.emptyCSV()
    }
    header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
    let allowed = Set(catalog.facts.map(\.name) + ProfileDecoder.controlFields)
    for column in header {
      let top = column.split(separator: ".", maxSplits: 1).first.map(String.init) ?? column
      guard allowed.contains(top) else {
        let fields = (catalog.facts.map(\.name) + ProfileDecoder.controlFields)
          .joined(separator: ", ")
        throw CommandFailure.unknownCSVColumn(column, allowed: fields)
      }
      if top != column {
        guard let fact = catalog.fact(named: top), case .record(let fields) = fact.type,
          fields.contains(where: { "\(top).\($0.name)" == column })
        else {
          throw CommandFailure.unknownRecordColumn(column)
        }
      }
    }
    if Set(header).count != header.count {
      throw CommandFailure.repeatedCSVColumn()
    }
  }

  /// One CSV record (a quoted cell may span lines) and the line it starts on.
  private func readRecord() -> ([String], Int)? {
    guard var line = readLine() else { return nil }
    let start = lineNumber
    while true {
      if let fields = CSV.fields(line) { return (fields, start) }
      // An open quote: the cell goes on on the next line.
      guard let next = readLine() else { return (CSV.fields(line + "\"") ?? [line], start) }
      line += "\n" + next
    }
  }

  /// The next row, or nil at the end of the file.
  func next() -> BatchRow? {
    switch format {
    case .jsonl:
      while let line = readLine() {
        if line.allSatisfy(\.isWhitespace) { continue }
        rowNumber += 1
        let node: Result<DataNode, BatchRowProblem>
        do {
          node = .success(try DataNodeParser.parse(line, file: "row"))
        } catch {
          node = .failure(BatchRowProblem(field: "", message: error.message))
        }
        return BatchRow(number: rowNumber, line: lineNumber, node: node)
      }
      return nil
    case .csv:
      while let (cells, line) = readRecord() {
        if cells.allSatisfy({ $0.isEmpty }) { continue }
        rowNumber += 1
        return BatchRow(number: rowNumber, line: line, node: node(cells, line: line))
      }
      return nil
    }
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

/// RFC 4180 cells: separated by commas, quoted with `"` where they hold a comma, a quote (doubled)
/// or a line break.
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

  /// The cells of a record, or nil while a quoted cell is still open.
  static func fields(_ line: String) -> [String]? {
    var fields: [String] = []
    var cell: [UInt8] = []
    var quoted = false
    var bytes = Array(line.utf8).makeIterator()
    var atCellStart = true
    var pending = bytes.next()
    while let byte = pending {
      pending = bytes.next()
      if quoted {
        if byte == 0x22 {
          if pending == 0x22 {
            cell.append(0x22)
            pending = bytes.next()
          } else {
            quoted = false
          }
        } else {
          cell.append(byte)
        }
        continue
      }
      switch byte {
      case 0x22 where atCellStart:
        quoted = true
        atCellStart = false
      case 0x2C:
        fields.append(String(decoding: cell, as: UTF8.self))
        cell.removeAll(keepingCapacity: true)
        atCellStart = true
      default:
        cell.append(byte)
        atCellStart = false
      }
    }
    if quoted { return nil }
    fields.append(String(decoding: cell, as: UTF8.self))
    return fields
  }

  /// A cell as CSV writes it: quoted when it must be.
  static func cell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
