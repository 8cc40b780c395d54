/// YAML text holds no control characters (besides tab and line breaks): they are invisible in
/// an editor and can rewrite a terminal that shows the text. The problem is placed at the
/// character.
enum TextHasNoControlCharacters: Rule {
  static func message(value: Int32) -> String {
    let code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
    return
      "a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)) is not allowed; remove it"
  }
}
