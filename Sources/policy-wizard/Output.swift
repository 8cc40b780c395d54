import Foundation
import ScreenKit

/// Every `print` of the command line comes here (this function shadows the standard library's
/// within the module), on its way to the checked `StandardOutput`: what it prints may hold names, contacts, notes and catalog text, so it
/// goes out through `String.terminalSafe(keepingNewlines:)` — a case named `\e]0;…\a` must not
/// retitle the terminal, `\e]52;…` must not write the clipboard. Line breaks stay.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { "\($0)" }.joined(separator: separator) + terminator
  StandardOutput.append(text.terminalSafe(keepingNewlines: true))
}

/// Prints JSON that a program will read back: the text is kept whole, with the characters a
/// terminal would obey that JSON may carry raw (DEL, the C1 controls and the line separators;
/// the encoder already escapes C0) written as `\u` escapes, which read back as the same
/// characters.
func printJSON(_ json: String, terminator: String = "\n") {
  StandardOutput.append(jsonForTerminal(json) + terminator)
}

/// JSON with C1 controls, line separators and hidden formatting (bidi controls, zero-width
/// characters) `\u`-escaped and nothing else a terminal would act on: still the same JSON
/// document.
func jsonForTerminal(_ json: String) -> String {
  // Almost every document holds none of them: no copy, scalar by scalar, then.
  guard
    json.mayHoldControls(newlinesToo: false, lineSeparatorsToo: true)
      || json.mayHoldHiddenFormatting
  else { return json }
  var escaped = ""
  escaped.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
  for scalar in json.unicodeScalars {
    if (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
      || scalar.isHiddenFormatting
    {
      let hex = String(scalar.value, radix: 16)
      escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    } else {
      escaped.unicodeScalars.append(scalar)
    }
  }
  return escaped.terminalSafe(keepingNewlines: true)
}
