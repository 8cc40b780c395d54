/// Pretty-printed JSON written straight into bytes, exactly as Foundation's JSONEncoder writes
/// it with `[.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]`: two-space indent,
/// `"key" : value`, an empty container as an opening bracket, a blank line and the closing one.
/// Keys are written in the order the caller gives, which must be sorted; the tests compare the
/// result with JSONEncoder's byte for byte. Kept off Foundation because JSONEncoder and `Decimal`
/// were most of a cold `evaluate`'s output cost (issue 11).
public struct JSONText {
  public private(set) var bytes: [UInt8] = []
  /// One line, no spaces: JSON Lines.
  public let compact: Bool
  private var depth = 0
  /// Whether the innermost open container has an element yet (a key before each but the first
  /// needs a comma); the containers around it keep theirs in `outerHasElement`. Kept apart so
  /// that each of a result's thousand elements reads a flag, not the top of an array.
  private var hasElement = false
  private var outerHasElement: [Bool] = []
  /// A line break and the indentation of 32 levels: a new line copies its first
  /// `1 + 2 × depth` bytes. A `StaticString`, not an array: copying from a slice of an array
  /// retained and released its storage at each of a result's thousand lines.
  private static let lineStart: StaticString =
    "\n                                                                "
  private static let lineStartDepth = 32

  public init(capacity: Int = 4096, compact: Bool = false) {
    self.compact = compact
    bytes.reserveCapacity(capacity)
  }

  /// Empties the text for the next document, keeping the storage.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    depth = 0
    hasElement = false
    outerHasElement.removeAll(keepingCapacity: true)
    pendingValue = false
  }

  /// A sum in yuan as `yuan(_:)` writes it.
  public static func yuanText(_ money: Money) -> String {
    var text = JSONText(capacity: 24)
    text.yuan(Yuan(money))
    return text.text
  }

  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The bytes written, handed over without a copy; the text is empty after (for a server that
  /// answers them as they are).
  public mutating func takeBytes() -> [UInt8] {
    var taken: [UInt8] = []
    swap(&taken, &bytes)
    removeAll()
    return taken
  }

  private mutating func newline() {
    if compact { return }
    let shown = Swift.min(depth, Self.lineStartDepth)
    Self.lineStart.withUTF8Buffer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<1 + shown * 2]))
    }
    // Deeper than any result: the rest of the indentation a level at a time.
    for _ in shown..<depth {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  /// Starts an element of the open container: the comma and the line break before it.
  private mutating func element() {
    guard depth > 0 else { return }
    if hasElement { bytes.append(0x2C) }
    hasElement = true
    newline()
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    depth += 1
    outerHasElement.append(hasElement)
    hasElement = false
  }

  private mutating func close(_ bracket: UInt8) {
    let had = hasElement
    hasElement = outerHasElement.removeLast()
    depth -= 1
    if !had, !compact { bytes.append(0x0A) }
    newline()
    bytes.append(bracket)
  }

  // MARK: Containers

  public mutating func beginObject() { open(0x7B) }
  public mutating func endObject() { close(0x7D) }
  public mutating func endArray() { close(0x5D) }

  /// A key of the open object; the value follows.
  public mutating func key(_ key: String) {
    element()
    quoted(key)
    keyEnd()
  }

  /// A key of the writer's own (letters, no character JSON escapes), copied as it is: the
  /// result's keys, a thousand a result.
  public mutating func plainKey(_ key: StaticString) {
    element()
    bytes.append(0x22)
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
    keyEnd()
  }

  private mutating func keyEnd() {
    if compact {
      bytes.append(0x3A)
    } else {
      bytes.append(0x20)
      bytes.append(0x3A)
      bytes.append(0x20)
    }
    // The value that follows is not an element of its own.
    pendingValue = true
  }

  private var pendingValue = false

  /// Before a value: an array element gets its line, an object's value follows its key.
  private mutating func valueStart() {
    if pendingValue {
      pendingValue = false
    } else {
      element()
    }
  }

  public mutating func objectValue() {
    valueStart()
    open(0x7B)
  }

  public mutating func arrayValue() {
    valueStart()
    open(0x5B)
  }

  // MARK: Values

  public mutating func null() {
    valueStart()
    literal("null")
  }

  public mutating func string(_ value: String) {
    valueStart()
    quoted(value)
  }

  /// Opens a string value that is written in pieces, each escaped as `string(_:)` escapes
  /// (`write(_:)`: JSONText is the `TextOutputStream` the Explainer writes a sentence into),
  /// and closed by `endString()`: the same bytes as `string(_:)` of the whole text, without
  /// making the text first.
  public mutating func beginString() {
    valueStart()
    bytes.append(0x22)
  }

  public mutating func endString() { bytes.append(0x22) }

  public mutating func string(_ value: String?) {
    guard let value else { return null() }
    string(value)
  }

  public mutating func bool(_ value: Bool) {
    valueStart()
    literal(value ? "true" : "false")
  }

  private mutating func literal(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  public mutating func int(_ value: Int64) {
    valueStart()
    decimal(value)
  }

  public mutating func int(_ value: Int) { int(Int64(value)) }

  public mutating func int(_ value: Int?) {
    guard let value else { return null() }
    int(Int64(value))
  }

  public mutating func int(_ value: Int64?) {
    guard let value else { return null() }
    int(value)
  }

  /// A sum in yuan: the shortest exact decimal of the fen, as `Decimal` prints it.
  public mutating func yuan(_ value: Yuan?) {
    guard let value else { return null() }
    valueStart()
    let fen = value.fen
    let magnitude = fen.magnitude
    if fen < 0 { bytes.append(0x2D) }
    unsigned(magnitude / 100)
    let cents = magnitude % 100
    guard cents != 0 else { return }
    bytes.append(0x2E)
    bytes.append(0x30 + UInt8(cents / 10))
    if cents % 10 != 0 { bytes.append(0x30 + UInt8(cents % 10)) }
  }

  private mutating func decimal(_ value: Int64) {
    if value < 0 { bytes.append(0x2D) }
    unsigned(value.magnitude)
  }

  private mutating func unsigned(_ value: UInt64) {
    var divisor: UInt64 = 1
    while value / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(0x30 + UInt8((value / divisor) % 10))
      divisor /= 10
    }
  }

  /// A string escaped and quoted once, for text written again and again (a catalog's titles,
  /// citations and names): `string(_:)` of it copies its bytes.
  public struct Quoted: Sendable, Equatable {
    public let bytes: [UInt8]

    public init(_ value: String) {
      var text = JSONText(capacity: value.utf8.count + 2)
      text.quoted(value)
      bytes = text.bytes
    }
  }

  public mutating func string(_ value: Quoted) {
    valueStart()
    bytes.append(contentsOf: value.bytes)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func quoted(_ value: String) {
    bytes.append(0x22)
    escaped(value)
    bytes.append(0x22)
  }

  /// The text's bytes with what JSON may not carry raw escaped.
  private mutating func escaped(_ value: String) {
    var value = value
    // Native strings are contiguous UTF-8: copy the runs between escapes in one go (most
    // catalog text has none at all) instead of byte by byte.
    value.withUTF8 { text in
      var runStart = 0
      for index in 0..<text.count {
        let byte = text[index]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
        if runStart < index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
        }
        runStart = index + 1
        escape(byte)
      }
      if runStart < text.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
      }
    }
  }

  /// A byte JSON may not carry raw inside a string, escaped as JSONEncoder escapes it.
  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: bytes += [0x5C, 0x22]
    case 0x5C: bytes += [0x5C, 0x5C]
    case 0x0A: bytes += [0x5C, 0x6E]
    case 0x0D: bytes += [0x5C, 0x72]
    case 0x09: bytes += [0x5C, 0x74]
    case 0x08: bytes += [0x5C, 0x62]
    case 0x0C: bytes += [0x5C, 0x66]
    default:
      bytes += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
    }
  }
}

extension JSONText: TextOutputStream {
  /// A piece of the string value opened by `beginString()`, escaped.
  public mutating func write(_ text: String) { escaped(text) }
}
