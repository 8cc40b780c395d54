extension String {
  /// This text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
  ///
  /// A wide character is never split: when cutting before one leaves a single column free,
  /// that column becomes a space, so a truncated result is exactly `width` columns wide.
  /// When even the ellipsis does not fit, the text is cut without it.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard displayWidth > width else { return self }
    guard width > 0 else { return "" }
    let ellipsisWidth = ellipsis.displayWidth
    let ellipsisFits = ellipsisWidth <= width
    let room = ellipsisFits ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    for character in self {
      let characterWidth = character.displayWidth
      if used + characterWidth > room { break }
      result.append(character)
      used += characterWidth
    }
    if ellipsisFits {
      result += ellipsis
      used += ellipsisWidth
    }
    return result + String(repeating: " ", count: width - used)
  }

  /// This text followed by spaces up to `width` columns; unchanged when already that wide.
  public func padded(toWidth width: Int) -> String {
    let missing = width - displayWidth
    guard missing > 0 else { return self }
    return self + String(repeating: " ", count: missing)
  }
}
