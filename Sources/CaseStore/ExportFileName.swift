import Foundation

/// The one place that turns an enterprise's name (typed by a visitor or a consultant, read from
/// a profile or a saved case) into part of a file name. Every writer that names a file after an
/// enterprise goes through `ExportFileName.sanitized(_:)`.
public enum ExportFileName {
  /// The most UTF-8 bytes a sanitized name keeps: with a date before it and a `-NN.html` after
  /// it, a file name stays well under the 255 bytes of Linux file systems.
  public static let maximumBytes = 200
  /// What an empty (or entirely removed) name becomes.
  public static let fallback = "report"

  /// `name` made safe as one file name component:
  ///
  /// - control characters (NUL, which would cut the name short in every system call, BEL,
  ///   ESC, DEL, C1) are removed; tabs, line breaks and runs of spaces become one `_`;
  /// - `/` and `\` (and `: * ? " < > |`, which other systems refuse) become `_`;
  /// - leading dots are dropped (no hidden file, no `..`), leading `-` too (no option);
  /// - the result is cut to `maximumBytes` UTF-8 bytes between two characters, never inside one.
  public static func sanitized(_ name: String) -> String {
    var result = ""
    var lastWasSeparator = false
    for character in name {
      let scalars = character.unicodeScalars
      if scalars.contains(where: { $0.properties.generalCategory == .control }) {
        // A control character inside a cluster (e.g. CR LF) removes the whole cluster.
        if character.isWhitespace, !lastWasSeparator, !result.isEmpty {
          result.append("_")
          lastWasSeparator = true
        }
        continue
      }
      if character.isWhitespace || "/\\:*?\"<>|".contains(character) {
        if !lastWasSeparator, !result.isEmpty {
          result.append("_")
          lastWasSeparator = true
        }
        continue
      }
      result.append(character)
      lastWasSeparator = false
    }
    result = String(result.drop { $0 == "." || $0 == "-" || $0 == "_" })
    var cut = ""
    var bytes = 0
    for character in result {
      let size = character.utf8.count
      if bytes + size > maximumBytes { break }
      cut.append(character)
      bytes += size
    }
    while cut.hasSuffix("_") { cut.removeLast() }
    return cut.isEmpty ? fallback : cut
  }
}
