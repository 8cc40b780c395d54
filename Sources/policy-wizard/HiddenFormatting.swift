import ScreenKit

// `isHiddenFormatting` and `mayHoldHiddenFormatting` live in ScreenKit, beside
// `jsonForTerminal`, which the HTTP server shares.
extension String {
  /// This text for one line of a terminal, a message or a CSV cell: `terminalSafe`, and each
  /// hidden formatting character written as its code, `<U+202E>`, so that it is seen and
  /// does nothing.
  var visiblySafe: String { visiblySafe(keepingNewlines: false) }

  func visiblySafe(keepingNewlines: Bool) -> String {
    let safe = terminalSafe(keepingNewlines: keepingNewlines)
    guard safe.mayHoldHiddenFormatting else { return safe }
    var shown = String.UnicodeScalarView()
    for scalar in safe.unicodeScalars {
      if scalar.isHiddenFormatting {
        shown.append(contentsOf: "<U+\(Self.hex4(scalar.value))>".unicodeScalars)
      } else {
        shown.append(scalar)
      }
    }
    return String(shown)
  }

  /// Four (or more) upper-case hex digits.
  static func hex4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }
}

extension CommandFailure {
  /// The failure with both messages `visiblySafe`: a path or a column it echoes may hold hidden
  /// formatting (the messages' own line breaks stay).
  var visiblySafe: CommandFailure {
    var safe = self
    safe.chinese = chinese.visiblySafe(keepingNewlines: true)
    safe.english = english.visiblySafe(keepingNewlines: true)
    return safe
  }
}
