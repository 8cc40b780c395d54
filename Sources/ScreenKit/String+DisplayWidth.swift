extension Character {
  /// Terminal columns this character occupies; see `DisplayWidth` for the rules.
  public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
  /// Terminal columns this text occupies on one line; see `DisplayWidth` for the rules.
  public var displayWidth: Int {
    var total = 0
    for character in self {
      total += character.displayWidth
    }
    return total
  }
}
