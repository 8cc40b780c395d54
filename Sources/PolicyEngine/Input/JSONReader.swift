/// Reads JSON (RFC 8259) into a `DataNode`: every valid document is accepted, surrogate-pair
/// escapes (`"\ud83d\ude00"`, what Python's `json.dumps` writes) and raw C1 characters in
/// strings included; anything else is refused at its line and column. A profile in JSON never
/// goes through the YAML reader. Nesting and key length have the YAML reader's bounds.
struct JSONReader {
  let file: String
  var problems: [InputProblem] = []
  private var bytes: [UInt8] = []
  private var index = 0
  private var line = 1
  private var column = 1
  private var path: [String] = []

  init(file: String) { self.file = file }

  /// Why reading stopped: the text is not JSON (the YAML reader may still read it), or it is
  /// JSON that breaks a rule (refused as it is).
  enum Failure: Error {
    case syntax(InputProblem)
    case rule(InputProblem)

    var problem: InputProblem {
      switch self {
      case .syntax(let problem), .rule(let problem): return problem
      }
    }
  }

  mutating func read(_ text: String) throws(Failure) -> DataNode {
    bytes = Array(text.utf8)
    index = 0
    line = 1
    column = 1
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    skipWhitespace()
    let root = try value(depth: 1)
    skipWhitespace()
    guard index == bytes.count else {
      throw syntax("unexpected text after the end of the JSON value")
    }
    return root
  }

  private var position: Position { Position(line: line, column: column) }
  private var fieldName: String { YAMLReader.fieldName(path) }

  private func syntax(_ message: String) -> Failure {
    .syntax(
      InputProblem(
        file: file, at: position, message: TextIsJSON.message(in: fieldName, message),
        rule: TextIsJSON.name))
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      advance()
    }
  }

  private mutating func expect(_ literal: String) throws(Failure) {
    for byte in literal.utf8 {
      guard current == byte else { throw syntax("expected \(literal)") }
      advance()
    }
  }

  private mutating func value(depth: Int) throws(Failure) -> DataNode {
    let start = position
    if depth > NestingIsShallow.maximumDepth {
      throw .rule(
        NestingIsShallow.problem(NestingIsShallow.message(field: fieldName), file: file, at: start))
    }
    switch current {
    case UInt8(ascii: "{"):
      advance()
      var pairs: [(key: String, value: DataNode)] = []
      var seen: [String: Position] = [:]
      skipWhitespace()
      if current == UInt8(ascii: "}") {
        advance()
        return .mapping(pairs, at: start)
      }
      while true {
        skipWhitespace()
        let keyPosition = position
        guard current == UInt8(ascii: "\"") else {
          throw syntax(
            current == nil
              ? "the text ends before the object is closed with '}'"
              : "expected a key in double quotes")
        }
        let key = try string()
        // Characters never outnumber bytes: most keys are counted by their bytes alone.
        if key.utf8.count > KeysAreShort.maximumLength, key.count > KeysAreShort.maximumLength {
          throw .rule(
            KeysAreShort.problem(
              KeysAreShort.message(in: fieldName, length: key.count), file: file, at: keyPosition))
        }
        skipWhitespace()
        try expect(":")
        skipWhitespace()
        path.append(path.isEmpty ? key : ".\(key)")
        let item = try value(depth: depth + 1)
        if let first = seen[key] {
          problems.append(
            KeysAreUniqueInMapping.problem(
              KeysAreUniqueInMapping.message(key: fieldName, firstLine: first.line), file: file,
              at: keyPosition))
        } else {
          seen[key] = keyPosition
          pairs.append((key: key, value: item))
        }
        path.removeLast()
        skipWhitespace()
        if current == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard current == UInt8(ascii: "}") else { throw syntax("expected ',' or '}'") }
        advance()
        return .mapping(pairs, at: start)
      }
    case UInt8(ascii: "["):
      advance()
      var items: [DataNode] = []
      skipWhitespace()
      if current == UInt8(ascii: "]") {
        advance()
        return .sequence(items, at: start)
      }
      while true {
        skipWhitespace()
        path.append("[\(items.count)]")
        items.append(try value(depth: depth + 1))
        path.removeLast()
        skipWhitespace()
        if current == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard current == UInt8(ascii: "]") else { throw syntax("expected ',' or ']'") }
        advance()
        return .sequence(items, at: start)
      }
    case UInt8(ascii: "\""):
      return .scalar(try string(), at: start, quoted: true)
    case UInt8(ascii: "t"):
      try expect("true")
      return .scalar("true", at: start, quoted: false)
    case UInt8(ascii: "f"):
      try expect("false")
      return .scalar("false", at: start, quoted: false)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null(at: start)
    case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
      return .scalar(try number(), at: start, quoted: false)
    case nil:
      throw syntax("the text ends before a value")
    default:
      throw syntax(
        "expected a value (an object, a list, text in double quotes, a number, true, false or null)"
      )
    }
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
  private mutating func number() throws(Failure) -> String {
    let start = index
    func digits(_ reader: inout JSONReader) -> Int {
      var count = 0
      while let byte = reader.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        reader.advance()
        count += 1
      }
      return count
    }
    if current == UInt8(ascii: "-") { advance() }
    if current == UInt8(ascii: "0") {
      advance()
    } else if digits(&self) == 0 {
      throw syntax("a number needs digits")
    }
    if current == UInt8(ascii: ".") {
      advance()
      guard digits(&self) > 0 else { throw syntax("a number needs digits after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      guard digits(&self) > 0 else { throw syntax("a number needs digits in its exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func string() throws(Failure) -> String {
    advance()  // the opening quote
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ reader: JSONReader, upTo end: Int) {
      if end > runStart {
        scalars.append(
          contentsOf: String(decoding: reader.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
      }
    }
    while true {
      guard let byte = current else { throw syntax("text in double quotes is not closed") }
      if byte == UInt8(ascii: "\"") {
        // Most text has no escape: made from its bytes at once, not scalar by scalar.
        let text =
          scalars.isEmpty
          ? String(decoding: bytes[runStart..<index], as: UTF8.self) : nil
        if text == nil { flush(self, upTo: index) }
        advance()
        return text ?? String(scalars)
      }
      if byte < 0x20 {
        throw syntax("a control character in text must be written as an escape such as \\n")
      }
      if byte != UInt8(ascii: "\\") {
        advance()
        continue
      }
      flush(self, upTo: index)
      advance()
      guard let escape = current else { throw syntax("text in double quotes is not closed") }
      advance()
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        let first = try hex4()
        var code = UInt32(first)
        if (0xD800...0xDBFF).contains(first) {
          guard current == UInt8(ascii: "\\") else {
            throw syntax(
              "\\u\(String(first, radix: 16)) is half of a surrogate pair; the other half is missing"
            )
          }
          advance()
          guard current == UInt8(ascii: "u") else {
            throw syntax(
              "\\u\(String(first, radix: 16)) is half of a surrogate pair; the other half is missing"
            )
          }
          advance()
          let second = try hex4()
          guard (0xDC00...0xDFFF).contains(second) else {
            throw syntax(
              "\\u\(String(first, radix: 16)) must be followed by a low surrogate \\udc00–\\udfff")
          }
          code = 0x10000 + (UInt32(first) - 0xD800) << 10 + (UInt32(second) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
          throw syntax(
            "\\u\(String(first, radix: 16)) is half of a surrogate pair without its first half")
        }
        guard let scalar = Unicode.Scalar(code) else { throw syntax("not a character") }
        scalars.append(scalar)
      default:
        throw syntax("'\\\(Character(Unicode.Scalar(escape)))' is not an escape of JSON")
      }
      runStart = index
    }
  }

  private mutating func hex4() throws(Failure) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
        throw syntax("\\u must be followed by four hexadecimal digits")
      }
      value = value << 4 | UInt16(digit)
      advance()
    }
    return value
  }
}
