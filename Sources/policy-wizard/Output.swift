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

/// JSON with C1 controls and line separators `\u`-escaped (`String.jsonForTerminal`, shared
/// with the HTTP server).
func jsonForTerminal(_ json: String) -> String { json.jsonForTerminal }
