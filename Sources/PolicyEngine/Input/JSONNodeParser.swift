/// A strict JSON reader that builds the same `DataNode` as `DataNodeParser` (Yams) does for the
/// same text, lines included, without starting a YAML parser: a cold `evaluate` of a JSON
/// profile, and every row of `batch`, read most profiles this way (issue 11).
///
/// It accepts only plain JSON: anything else — YAML, a comment, a tab or a lone carriage
/// return outside a string, a surrogate escape, trailing text — returns nil, and the caller
/// reads the text with `DataNodeParser`, which gives the YAML reading and its error messages.
public enum JSONNodeParser {
  public static func parse(_ text: String) -> DataNode? {
    var text = text
    return text.withUTF8 { bytes in
      var parser = Parser(bytes: bytes)
      parser.skipSpace()
      guard let node = parser.value(depth: 0) else { return nil }
      parser.skipSpace()
      guard !parser.failed, parser.position == bytes.count else { return nil }
      return node
    }
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// 1-based, as Yams counts.
    var line = 1
    var failed = false

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
      while let byte = current {
        switch byte {
        case 0x20: position += 1
        case 0x0A:
          position += 1
          line += 1
        case 0x0D:
          // Only as part of CRLF, which YAML counts as one line break too.
          guard position + 1 < bytes.count, bytes[position + 1] == 0x0A else {
            failed = true
            return
          }
          position += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) -> DataNode? {
      guard !failed, depth < 64, let byte = current else { return nil }
      let start = line
      switch byte {
      case 0x7B:  // {
        position += 1
        var pairs: [(key: String, value: DataNode)] = []
        skipSpace()
        if current == 0x7D {
          position += 1
          return .mapping(pairs, line: start)
        }
        while true {
          skipSpace()
          guard current == 0x22, let key = string() else { return nil }
          skipSpace()
          guard current == 0x3A else { return nil }
          position += 1
          // YAML needs a space after the colon of a plain value; demand one always.
          guard current == 0x20 || current == 0x0A || current == 0x0D else { return nil }
          skipSpace()
          guard let value = value(depth: depth + 1) else { return nil }
          pairs.append((key, value))
          skipSpace()
          switch current {
          case 0x2C: position += 1
          case 0x7D:
            position += 1
            return .mapping(pairs, line: start)
          default: return nil
          }
        }
      case 0x5B:  // [
        position += 1
        var items: [DataNode] = []
        skipSpace()
        if current == 0x5D {
          position += 1
          return .sequence(items, line: start)
        }
        while true {
          skipSpace()
          guard let item = value(depth: depth + 1) else { return nil }
          items.append(item)
          skipSpace()
          switch current {
          case 0x2C: position += 1
          case 0x5D:
            position += 1
            return .sequence(items, line: start)
          default: return nil
          }
        }
      case 0x22:
        guard let text = string() else { return nil }
        return .scalar(text, line: start, quoted: true)
      default:
        // A number, true, false or null: plain scalars, as YAML reads them.
        let from = position
        while let next = current, Self.isPlain(next) { position += 1 }
        guard position > from else { return nil }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[from..<position]), as: UTF8.self)
        switch word {
        case "null": return .null(line: start)
        case "true", "false": return .scalar(word, line: start, quoted: false)
        default:
          guard Self.isNumber(word.utf8) else { return nil }
          return .scalar(word, line: start, quoted: false)
        }
      }
    }

    static func isPlain(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x2B, 0x2D, 0x2E: return true
      default: return false
      }
    }

    /// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static func isNumber(_ word: String.UTF8View) -> Bool {
      var bytes = word.makeIterator()
      var next = bytes.next()
      func digits(_ next: inout UInt8?, _ bytes: inout String.UTF8View.Iterator) -> Int {
        var count = 0
        while let byte = next, (0x30...0x39).contains(byte) {
          count += 1
          next = bytes.next()
        }
        return count
      }
      if next == 0x2D { next = bytes.next() }
      if next == 0x30 {
        next = bytes.next()
      } else if digits(&next, &bytes) == 0 {
        return false
      }
      if next == 0x2E {
        next = bytes.next()
        guard digits(&next, &bytes) > 0 else { return false }
      }
      if next == 0x65 || next == 0x45 {
        next = bytes.next()
        if next == 0x2B || next == 0x2D { next = bytes.next() }
        guard digits(&next, &bytes) > 0 else { return false }
      }
      return next == nil
    }

    /// A string at `"`; nil for anything JSON does not allow or YAML might read otherwise.
    mutating func string() -> String? {
      position += 1
      let from = position
      var escaped = false
      // Fast path: no escapes, the bytes are the text.
      while let byte = current, byte != 0x22 {
        if byte < 0x20 || (byte >= 0x7F && !isPrintable(at: position)) { return nil }
        if byte == 0x5C {
          escaped = true
          break
        }
        position += 1
      }
      if !escaped {
        guard current == 0x22 else { return nil }
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[from..<position]), as: UTF8.self)
        position += 1
        return text
      }
      var out = Array(UnsafeBufferPointer(rebasing: bytes[from..<position]))
      while let byte = current {
        position += 1
        switch byte {
        case 0x22: return String(decoding: out, as: UTF8.self)
        case 0..<0x20: return nil
        case 0x7F...0xFF where !isPrintable(at: position - 1): return nil
        case 0x5C:
          guard let escape = current else { return nil }
          position += 1
          switch escape {
          case 0x22, 0x5C, 0x2F: out.append(escape)
          case 0x62: out.append(0x08)
          case 0x66: out.append(0x0C)
          case 0x6E: out.append(0x0A)
          case 0x72: out.append(0x0D)
          case 0x74: out.append(0x09)
          case 0x75:
            guard position + 4 <= bytes.count else { return nil }
            var scalar: UInt32 = 0
            for _ in 0..<4 {
              guard let digit = Self.hexValue(bytes[position]) else { return nil }
              scalar = scalar << 4 | digit
              position += 1
            }
            // Surrogates and NUL: left to the YAML reader.
            guard scalar != 0, let unicode = Unicode.Scalar(scalar) else { return nil }
            out += Array(String(Character(unicode)).utf8)
          default: return nil
          }
        default: out.append(byte)
        }
      }
      return nil
    }

    /// YAML refuses DEL, the C1 controls, U+FFFE and U+FFFF in its input and folds NEL, U+2028
    /// and U+2029 as line breaks; this reader leaves all of them to Yams.
    func isPrintable(at index: Int) -> Bool {
      let byte = bytes[index]
      if byte == 0x7F { return false }
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if byte == 0xC2, (0x80...0x9F).contains(next) { return false }
      if byte == 0xE2, next == 0x80, index + 2 < bytes.count,
        (0xA8...0xA9).contains(bytes[index + 2])
      {
        return false
      }
      if byte == 0xEF, next == 0xBF, index + 2 < bytes.count, bytes[index + 2] >= 0xBE {
        return false
      }
      return true
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
      switch byte {
      case 0x30...0x39: return UInt32(byte - 0x30)
      case 0x61...0x66: return UInt32(byte - 0x61 + 10)
      case 0x41...0x46: return UInt32(byte - 0x41 + 10)
      default: return nil
      }
    }
  }
}
