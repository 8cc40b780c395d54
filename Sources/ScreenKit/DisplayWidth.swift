/// How many terminal columns a character occupies, from a table built into this module.
///
/// The answer does not depend on the process locale (unlike `wcwidth`), so tests, snapshots
/// and the real terminal agree everywhere.
///
/// - 0: combining and enclosing marks, format characters (zero-width space, joiners), controls,
///   and the medial/final Hangul jamo that join a preceding initial.
/// - 2: East Asian Wide and Fullwidth characters — CJK ideographs, Hangul syllables, kana,
///   fullwidth forms (U+FF01–FF60, so “１２００”), CJK symbols and punctuation (U+3000–303F),
///   and emoji with emoji presentation.
/// - 1: everything else.
///
/// East Asian *Ambiguous* characters (“ ” ‘ ’ — … · ① ─ │ ┌ and the like) are deliberately 1:
/// that is what glibc's `wcwidth`, xterm, tmux and most terminals use in a UTF-8 locale, and a
/// grid that disagreed with the terminal would drift. The fullwidth punctuation that Chinese
/// text uses — （）：，。、；！？《》【】「」 — is Wide, not Ambiguous, so it counts 2.
public enum DisplayWidth {
  private static let variationSelector16: Unicode.Scalar = "\u{FE0F}"
  /// Format characters that are nevertheless printed: the soft hyphen (as a hyphen) and the
  /// prepended concatenation marks, which carry the digits that follow them.
  private static let visibleFormatCharacters: Set<UInt32> = [
    0xAD, 0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD,
    0x110CD,
  ]

  /// The columns a single scalar takes when it stands on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if isZeroWidth(scalar) { return 0 }
    if isEastAsianWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The columns a grapheme cluster takes: that of its first visible scalar, widened to 2 when
  /// an emoji presentation selector (U+FE0F) asks for an emoji rendering.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let base = scalars.first(where: { of($0) > 0 }) else { return 0 }
    let baseWidth = of(base)
    if baseWidth == 1 && scalars.contains(variationSelector16) { return 2 }
    return baseWidth
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .lineSeparator, .paragraphSeparator:
      return true
    case .format:
      return !visibleFormatCharacters.contains(value)
    default:
      return false
    }
  }

  private static func isEastAsianWide(_ value: UInt32) -> Bool {
    guard value >= eastAsianWideRanges[0].first else { return false }
    var low = 0
    var high = eastAsianWideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = eastAsianWideRanges[middle]
      if value < range.first {
        high = middle - 1
      } else if value > range.last {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
