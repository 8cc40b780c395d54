extension StringProtocol {
  /// Whether `token` (an amount such as `90万元`, `5%`, `800万元 × 5% = 40万元`) stands in this
  /// text whole: not as the tail of a longer number (`190万元`, `1,090万元`, `0.90万元`) nor,
  /// when it ends with a digit, as the head of one (`40` in `400`). The one way tests look for
  /// a figure in an output (issue 18, item 5: "90万元" must not match "190万元").
  public func containsWhole<Token: StringProtocol>(_ token: Token) -> Bool {
    let text = Array(self)
    let wanted = Array(token)
    guard !wanted.isEmpty, wanted.count <= text.count else { return wanted.isEmpty }
    var start = 0
    while start + wanted.count <= text.count {
      if text[start..<start + wanted.count].elementsEqual(wanted),
        !continuesNumber(before: start, in: text, first: wanted[0]),
        !continuesNumber(after: start + wanted.count, in: text, last: wanted[wanted.count - 1])
      {
        return true
      }
      start += 1
    }
    return false
  }
}

/// A digit, ASCII or full-width.
private func isDigit(_ character: Character) -> Bool {
  character.isASCII ? character.isNumber : ("０"..."９").contains(character)
}

/// Whether the character before `index` would make a token starting with `first` the tail of a
/// longer number.
private func continuesNumber(before index: Int, in text: [Character], first: Character) -> Bool {
  guard index > 0, isDigit(first) else { return false }
  let previous = text[index - 1]
  if isDigit(previous) { return true }
  // A decimal point or a thousands comma between digits: `0.90`, `1,090`.
  return (previous == "." || previous == ",") && index > 1 && isDigit(text[index - 2])
}

/// Whether the character at `index` would make a token ending with `last` the head of a longer
/// number.
private func continuesNumber(after index: Int, in text: [Character], last: Character) -> Bool {
  guard index < text.count, isDigit(last) else { return false }
  let next = text[index]
  if isDigit(next) { return true }
  return (next == "." || next == ",") && index + 1 < text.count && isDigit(text[index + 1])
}
