import ArgumentParser
import Foundation
import PolicyEngine

/// The character encodings a profile or an enterprise list may be read in: UTF-8 (a leading
/// byte-order mark is accepted, as Excel's and WPS's "CSV UTF-8" write it), or GB18030, what
/// Chinese Excel and WPS save by default (GBK and GB2312 are subsets of it).
enum InputEncoding: String, CaseIterable, Sendable, ExpressibleByArgument {
  case utf8 = "utf-8"
  case gb18030

  init?(argument: String) {
    switch argument.lowercased().replacingOccurrences(of: "-", with: "") {
    case "utf8": self = .utf8
    case "gb18030", "gbk", "gb2312": self = .gb18030
    default: return nil
    }
  }

  static var allValueStrings: [String] { allCases.map(\.rawValue) }

  /// Foundation's GB18030 (`kCFStringEncodingGB_18030_2000` as an `NSStringEncoding`), which
  /// Foundation on Linux decodes through ICU; `String.Encoding` has no name for it.
  static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)
}

/// Turns the bytes of an input file into text by one rule for `evaluate` and `batch`: strict
/// UTF-8 whose first bad byte is placed by line and column (with a hint when the bytes read as
/// GB18030), a leading byte-order mark dropped, or GB18030 when asked for.
struct InputText: Sendable {
  /// One problem, placed in the file; `batch` and `evaluate` word it the same way.
  struct Problem: Error, Sendable {
    var line: Int
    var column: Int?
    var message: String

    func description(source: String) -> String {
      let place = column.map { "line \(line), column \($0)" } ?? "line \(line)"
      return "\(source): \(place): \(message)"
    }
  }

  var encoding: InputEncoding

  static let notUTF8 = "the text is not valid UTF-8 here; save the file as UTF-8"
  static let looksLikeGB18030 =
    "the text is not UTF-8: this file looks like GB18030 (what Chinese Excel and WPS save); add --encoding gb18030"
  static let notGB18030 = "the text is not valid GB18030 here; check the file's encoding"

  /// The text of a whole file (or of the part of a file that starts at `firstLine`; `atStart`
  /// when it is the beginning of the file, where a byte-order mark is dropped).
  func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, firstLine: Int = 1, atStart: Bool = true)
    throws(Problem) -> String
  {
    switch encoding {
    case .utf8:
      var body = bytes[...]
      if atStart, body.starts(with: [0xEF, 0xBB, 0xBF]) {
        body = body.dropFirst(3)
      }
      if let text = String(validating: body, as: UTF8.self) { return text }
      let array = Array(body)
      var line = firstLine
      var column: Int? = nil
      do {
        _ = try DataNodeParser.text(of: Data(array), file: "")
      } catch {
        line = firstLine + error.line - 1
        column = error.column
      }
      let gb18030 = String(data: Data(array), encoding: InputEncoding.foundationGB18030)
      throw Problem(
        line: line, column: column,
        message: gb18030 != nil ? Self.looksLikeGB18030 : Self.notUTF8)
    case .gb18030:
      let data = Data(bytes)
      guard var text = String(data: data, encoding: InputEncoding.foundationGB18030) else {
        throw Problem(
          line: firstLine + Self.firstBadLine(of: Array(bytes)), column: nil,
          message: Self.notGB18030)
      }
      if atStart, text.unicodeScalars.first == "\u{FEFF}" {
        text.unicodeScalars.removeFirst()
      }
      return text
    }
  }

  /// The 0-based line of the first line that is not GB18030 (line breaks are never part of a
  /// GB18030 character, so lines decode one by one).
  private static func firstBadLine(of bytes: [UInt8]) -> Int {
    for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
    where String(data: Data(line), encoding: InputEncoding.foundationGB18030) == nil {
      return index
    }
    return 0
  }
}
