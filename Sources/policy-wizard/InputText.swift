import ArgumentParser
import Foundation
import PolicyEngine

#if canImport(Glibc)
  import Glibc
#endif

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
}

/// GB18030 through the C library's iconv (glibc's GB18030 converter, in every glibc's gconv
/// modules). Not Foundation's: `String(data:encoding:)` with GB18030 goes through ICU, which
/// the release binary, built with the Swift runtime linked in statically, does not carry — it
/// answers nil there for every byte. iconv also places the first bad byte.
enum GB18030 {
  /// The text, or the offset of the first byte that is not GB18030.
  static func decode(_ bytes: [UInt8]) -> Result<String, BadByte> {
    let converter = iconv_open("UTF-8", "GB18030")
    guard converter != iconv_t(bitPattern: -1) else { return .failure(BadByte(offset: nil)) }
    defer { iconv_close(converter) }
    var input = bytes
    // A GB18030 character of 1 to 4 bytes is at most 4 bytes of UTF-8.
    var output = [UInt8](repeating: 0, count: bytes.count * 4 + 4)
    let (status, read, written) = input.withUnsafeMutableBytes { inBytes in
      output.withUnsafeMutableBytes { outBytes in
        var inPointer = inBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inBytes.count
        var outPointer = outBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = outBytes.count
        let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        return (status, inBytes.count - inLeft, outBytes.count - outLeft)
      }
    }
    if status == -1 { return .failure(BadByte(offset: read)) }
    return .success(String(decoding: output[..<written], as: UTF8.self))
  }

  struct BadByte: Error {
    /// nil when the C library has no GB18030 converter.
    var offset: Int?
  }

  /// Whether the bytes read as GB18030 (for the hint on a file that is not UTF-8).
  static func reads(_ bytes: [UInt8]) -> Bool {
    if case .success = decode(bytes) { return true }
    return false
  }
}

/// Turns the bytes of an input file into text by one rule for `evaluate` and `batch`: strict
/// UTF-8 whose first bad byte is placed by line and column (with a hint when the bytes read as
/// GB18030), a leading byte-order mark dropped, or GB18030 when asked for.
struct InputText: Sendable {
  /// One problem, placed in the file; `batch` and `evaluate` word it the same way
  /// (`CommandFailure.unreadableText`, in both languages).
  struct Problem: Error, Sendable {
    enum Reason: Sendable, Equatable {
      /// The bytes are not UTF-8 (and do not read as GB18030 either).
      case notUTF8
      /// The bytes are not UTF-8 but read as GB18030: the hint `--encoding gb18030`.
      case looksLikeGB18030
      case notGB18030
      /// The C library has no GB18030 converter (glibc's gconv modules are missing).
      case noConverter
    }

    var line: Int
    var column: Int?
    var reason: Reason
  }

  var encoding: InputEncoding

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
      throw Problem(
        line: line, column: column,
        reason: GB18030.reads(array) ? .looksLikeGB18030 : .notUTF8)
    case .gb18030:
      let array = Array(bytes)
      switch GB18030.decode(array) {
      case .success(var text):
        if atStart, text.unicodeScalars.first == "\u{FEFF}" {
          text.unicodeScalars.removeFirst()
        }
        return text
      case .failure(let failure):
        guard let offset = failure.offset else {
          throw Problem(line: firstLine, column: nil, reason: .noConverter)
        }
        // Line breaks are never part of a GB18030 character: the line is the count of them
        // before the bad byte, the column one more than the characters of that line before it.
        let before = array[..<offset]
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let prefix = GB18030.decode(Array(array[lineStart..<offset]))
        let column = (try? prefix.get())?.count ?? (offset - lineStart)
        throw Problem(
          line: firstLine + before.count(where: { $0 == 0x0A }), column: column + 1,
          reason: .notGB18030)
      }
    }
  }
}
