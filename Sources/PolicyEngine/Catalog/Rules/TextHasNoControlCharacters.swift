/// Catalog text holds no character a reader cannot see or a terminal would obey, however it is
/// written: typed raw (libyaml refuses it while reading, placed at the character) or written as
/// an escape that the parser turns into one (`"\e]0;x\a"`, `"\x1b"`, `"\u009b"`, `"\u202e"` in
/// YAML, `"\u001b"` in JSON), which only a look at the values after parsing can see. Tab and
/// the line feed are the only controls allowed; every other C0 control, DEL, every C1 control,
/// the Unicode line and paragraph separators, the bidirectional formatting characters and the
/// zero-width characters are refused, in keys and values alike. The problem is placed at the
/// value (or key) that holds the character.
enum TextHasNoControlCharacters: DocumentRule {
  static func check(_ root: DataNode, file: String, into problems: inout [InputProblem]) {
    walk(root, file: file, into: &problems)
  }

  private static func walk(_ node: DataNode, file: String, into problems: inout [InputProblem]) {
    switch node {
    case .scalar(let text, let position, _):
      if let found = firstRefused(in: text) {
        problems.append(problem(message(value: found), file: file, at: position))
      }
    case .mapping(let pairs, let position):
      for (key, value) in pairs {
        if let found = firstRefused(in: key) {
          // The key's own place is not kept; its value follows it on the same line.
          let place = value.isNull ? position : value.position
          problems.append(problem(message(value: found), file: file, at: place))
        }
        walk(value, file: file, into: &problems)
      }
    case .sequence(let items, _):
      for item in items { walk(item, file: file, into: &problems) }
    case .null:
      break
    }
  }

  /// The first refused character of `text`, or nil.
  static func firstRefused(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isRefused)
  }

  /// Whether `scalar` may not stand in catalog text (see the type's comment).
  static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    // Line and paragraph separators: line breaks a terminal does not obey and JSON does not allow.
    case 0x2028, 0x2029: return true
    // Bidirectional formatting (ALM, LRM, RLM, embeddings, overrides, isolates): they reorder
    // what is shown, so a figure can read differently from what is stored.
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    // Zero-width characters: invisible, and they split a figure or a name a search would find.
    case 0x200B...0x200D, 0x2060, 0xFEFF: return true
    default: return false
    }
  }

  static func message(value: Int32) -> String {
    message(value: Unicode.Scalar(UInt32(bitPattern: value)) ?? "\u{FFFD}")
  }

  static func message(value scalar: Unicode.Scalar) -> String {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let kind =
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F: "a control character"
      case 0x2028, 0x2029: "a line or paragraph separator"
      case 0x200B...0x200D, 0x2060, 0xFEFF: "a zero-width character"
      default: "a bidirectional formatting character"
      }
    return
      "\(kind) (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)) is not allowed, however it is written (raw or as an escape such as \\e or \\u\(code)); remove it"
  }
}
