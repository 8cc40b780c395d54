extension String {
  /// This text broken into lines of at most `width` columns.
  ///
  /// Newlines in the text always break. CJK text breaks between any two characters; Latin
  /// words break at spaces, and inside a word only when the word alone is wider than a line.
  /// Simple kinsoku: closing punctuation such as ，。、；：）」》！？ stays with the character
  /// before it, and opening punctuation such as （「《 with the character after it, so a line
  /// does not begin with a closing mark (nor end with an opening one) unless the line is too
  /// narrow to avoid it. Spaces at a break are dropped; a paragraph's leading indent is kept.
  public func wrapped(toWidth width: Int) -> [String] {
    wrapped(toWidth: width, keepingWhole: [])
  }

  /// This text broken into lines as `wrapped(toWidth:)` does, except that no line break falls
  /// inside one of `spans` (ranges of this string, such as amounts of money, which must never
  /// be read in parts): a span starts a new line when it does not fit on the current one, and
  /// is split only when it is wider than a whole line.
  public func wrapped(toWidth width: Int, keepingWhole spans: [Range<String.Index>]) -> [String] {
    let lineWidth = Swift.max(width, 1)
    return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .flatMap { paragraph in
        var wrapper = ParagraphWrapper(width: lineWidth)
        for unit in LineBreakUnit.units(of: paragraph, keepingWhole: spans) {
          wrapper.add(unit)
        }
        return wrapper.finish()
      }
  }
}

/// A piece of a paragraph that wrapping keeps whole when it can: a run of spaces, a Latin
/// word, or a wide character together with the punctuation that must not be parted from it.
private struct LineBreakUnit {
  enum Kind {
    case space
    case narrowWord
    case wide
  }

  var text: String
  var width: Int
  var kind: Kind

  /// Characters that must not begin a line.
  static let closingPunctuation: Set<Character> = [
    "，", "。", "、", "；", "：", "）", "」", "』", "》", "〉", "】", "〕", "！", "？", "…", "’", "”",
    ",", ".", ";", ":", ")", "]", "}", "!", "?", "%",
  ]

  /// Characters that must not end a line.
  static let openingPunctuation: Set<Character> = [
    "（", "「", "『", "《", "〈", "【", "〔", "‘", "“", "(", "[", "{",
  ]

  static func units(
    of paragraph: Substring, keepingWhole spans: [Range<String.Index>] = []
  ) -> [LineBreakUnit] {
    var units: [LineBreakUnit] = []
    // The span the previous character belonged to: the next one in it joins the same unit.
    var openSpan: Range<String.Index>?
    for index in paragraph.indices {
      let character = paragraph[index]
      let width = character.displayWidth
      let span = spans.first { $0.contains(index) }
      defer { openSpan = span }
      if let span, span == openSpan, !units.isEmpty {
        units[units.count - 1].text.append(character)
        units[units.count - 1].width += width
        continue
      }
      // A kept span is one word, whatever it holds (a space, wide characters).
      let kind: Kind =
        span != nil
        ? .narrowWord
        : character.isWhitespace && width == 1 ? .space : width == 2 ? .wide : .narrowWord
      if span == nil, openSpan == nil, let last = units.last,
        width == 0 || (kind != .wide && kind == last.kind)
      {
        units[units.count - 1].text.append(character)
        units[units.count - 1].width += width
      } else {
        units.append(LineBreakUnit(text: String(character), width: width, kind: kind))
      }
    }
    return gluingPunctuation(units)
  }

  private static func gluingPunctuation(_ units: [LineBreakUnit]) -> [LineBreakUnit] {
    var glued: [LineBreakUnit] = []
    for unit in units {
      if let last = glued.last, last.kind != .space, unit.kind != .space,
        closingPunctuation.contains(unit.text.first!)
          || openingPunctuation.contains(last.text.last!)
      {
        glued[glued.count - 1].text += unit.text
        glued[glued.count - 1].width += unit.width
        glued[glued.count - 1].kind = .wide
      } else {
        glued.append(unit)
      }
    }
    return glued
  }
}

/// Greedy line filling over the units of one paragraph.
private struct ParagraphWrapper {
  let width: Int
  private var lines: [String] = []
  private var line = ""
  private var lineWidth = 0
  private var pendingSpace: LineBreakUnit?

  init(width: Int) {
    self.width = width
  }

  mutating func add(_ unit: LineBreakUnit) {
    if unit.kind == .space {
      addSpace(unit)
      return
    }
    let spaceWidth = pendingSpace?.width ?? 0
    if lineWidth + spaceWidth + unit.width <= width {
      appendPendingSpace()
      append(unit.text, width: unit.width)
    } else if unit.width <= width {
      breakLine()
      append(unit.text, width: unit.width)
    } else {
      addByCharacter(unit)
    }
  }

  mutating func finish() -> [String] {
    breakLine()
    return lines
  }

  private mutating func addSpace(_ unit: LineBreakUnit) {
    let isParagraphIndent = lines.isEmpty && line.isEmpty
    if isParagraphIndent {
      if unit.width < width { append(unit.text, width: unit.width) }
    } else if lineWidth > 0 {
      pendingSpace = unit
    }
  }

  /// A unit wider than a whole line is split between characters, starting on the current line
  /// when there is room left on it.
  private mutating func addByCharacter(_ unit: LineBreakUnit) {
    if lineWidth + (pendingSpace?.width ?? 0) < width {
      appendPendingSpace()
    } else {
      breakLine()
    }
    for character in unit.text {
      let characterWidth = character.displayWidth
      if lineWidth > 0 && lineWidth + characterWidth > width { breakLine() }
      append(String(character), width: characterWidth)
    }
  }

  private mutating func appendPendingSpace() {
    if let space = pendingSpace, lineWidth > 0 {
      append(space.text, width: space.width)
    }
    pendingSpace = nil
  }

  private mutating func append(_ text: String, width: Int) {
    line += text
    lineWidth += width
  }

  private mutating func breakLine() {
    lines.append(line)
    line = ""
    lineWidth = 0
    pendingSpace = nil
  }
}
