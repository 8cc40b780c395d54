import ScreenKit
import TakeHome

/// The service hall's boxes (issue 17): the conflict's two versions side by side, the kiosk's
/// hand-off code and the desk's 输入取件码.
extension WizardRenderer {
  var hall: HallStrings { HallStrings.of(language) }

  /// A box's button: its binding's key and words from the key map (`M 保留我的（覆盖对方）`).
  func boxButtonLabel(_ box: KeyBox, _ action: BoxAction) -> String {
    let binding = KeyMap.standard.bindings(box: box, mode: ModeKind(state.mode)).first {
      $0.action == action
    }
    guard let binding else {
      return strings.boxKeys.help["\(box.rawValue).\(action.rawValue)"] ?? ""
    }
    let (label, help) = KeyMap.words(of: binding, in: box, strings: strings)
    return strings.boxKeys.lineHint(label, help)
  }

  mutating func drawSaveConflict(_ conflict: SaveConflict) {
    let size = state.size
    let rect = Rect(x: 1, y: 1, width: size.width - 2, height: size.height - 3)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.error, title: hall.conflictTitle)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    let labelWidth = min(24, inner.width / 4)
    let columnWidth = (inner.width - labelWidth - 4) / 2
    let theirsX = inner.x + labelWidth + 2
    let mineX = theirsX + columnWidth + 2
    frame.screen.put(
      hall.theirsHeading(conflict.theirs.desk?.terminalSafe, conflict.theirs.version),
      x: theirsX, y: inner.y, style: theme.heading, maxWidth: columnWidth)
    frame.screen.put(
      hall.mineHeading, x: mineX, y: inner.y, style: theme.heading, maxWidth: columnWidth)
    frame.screen.put(
      hall.conflictLegend, x: inner.x, y: inner.y, style: theme.dim, maxWidth: labelWidth)
    let rows = state.conflictRows(conflict)
    let listHeight = inner.height - 5
    let start = min(conflict.scroll, max(0, rows.count - listHeight))
    for (offset, row) in rows.dropFirst(start).prefix(listHeight).enumerated() {
      let y = inner.y + 2 + offset
      // Only what differs stands out: the consultant looks there.
      let style = row.differs ? theme.selected : theme.text
      let mark = row.differs ? "≠ " : "  "
      frame.screen.put(
        mark + row.label.terminalSafe.truncated(toWidth: labelWidth - 2), x: inner.x, y: y,
        style: row.differs ? theme.heading : theme.dim)
      // Whole, never cut: a long answer is shown as far as the column goes, then `…`.
      frame.screen.put(
        row.theirs.terminalSafe.truncated(toWidth: columnWidth), x: theirsX, y: y, style: style)
      frame.screen.put(
        row.mine.terminalSafe.truncated(toWidth: columnWidth), x: mineX, y: y, style: style)
    }
    if start + listHeight < rows.count {
      frame.screen.put("↓", x: rect.maxX - 2, y: rect.maxY - 1, style: theme.dim)
    }
    // The three choices, as wide buttons a finger or a mouse can hit.
    var x = inner.x
    let y = inner.maxY - 2
    for (label, choice) in [
      (boxButtonLabel(.saveConflict, .keepMine), ConflictChoice.keepMine),
      (boxButtonLabel(.saveConflict, .takeTheirs), .takeTheirs),
      (boxButtonLabel(.saveConflict, .close), .cancel),
    ] {
      let text = " \(label) "
      frame.screen.put(text, x: x, y: y, style: theme.selected)
      frame.hits.append(
        .init(
          rect: Rect(x: x, y: y, width: text.displayWidth, height: 1),
          target: .conflictChoice(choice)))
      x += text.displayWidth + 2
    }
  }

  /// The kiosk's hand-off: the code in large letters, and in a QR code beside them.
  mutating func drawHandOff(_ ticket: HandOffTicket) {
    let size = state.size
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    frame.screen.fill(body, style: theme.text)
    let maximumVersion = QRCode.largestVersion(
      fitting: min(body.height * 2, size.width / 2), quietZone: QRCode.standardQuietZone)
    let qr = QRCode(
      hall.handOffQR(ticket.code), minimumLevel: .medium, maximumVersion: maximumVersion)
    let lines = qr?.halfBlockLines() ?? []
    for (offset, line) in lines.enumerated() where offset < body.height {
      frame.screen.put(line, x: 1, y: body.y + offset, style: Self.takeHomeInk)
    }
    let x = 1 + (lines.first?.count ?? 0) + 2
    let width = size.width - x - 1
    var y = body.y + 1
    frame.screen.put(hall.handOffTitle, x: x, y: y, style: theme.heading, maxWidth: width)
    y += 2
    let large = BlockLetters.lines(ticket.code)
    if large.first.map({ $0.displayWidth <= width }) == true {
      for line in large {
        frame.screen.put(line, x: x, y: y, style: theme.heading)
        y += 1
      }
    } else {
      frame.screen.put(
        ticket.code.map(String.init).joined(separator: " "), x: x, y: y, style: theme.heading)
      y += 1
    }
    y += 1
    for line in hall.handOffLines + [hall.handOffExpires(ticket.code, ticket.expiresAt)] {
      for wrapped in line.wrapped(toWidth: width) where y < body.maxY - 3 {
        frame.screen.put(wrapped, x: x, y: y, style: theme.text)
        y += 1
      }
    }
    var buttonX = x
    for (label, target) in [
      (hall.handOffBack, Frame.HitTarget.closeOverlay), (hall.handOffDone, .handOffDone),
    ] {
      let button = Rect(x: buttonX, y: body.maxY - 3, width: label.displayWidth + 6, height: 3)
      frame.screen.drawBox(button, style: theme.heading)
      frame.screen.put(label, x: button.x + 3, y: button.y + 1, style: theme.heading)
      frame.hits.append(.init(rect: button, target: target))
      buttonX = button.maxX + 2
    }
  }

  mutating func drawHandOffEntry(_ entry: HandOffEntry) {
    let size = state.size
    let width = min(size.width - 4, 60)
    let rect = Rect(x: (size.width - width) / 2, y: (size.height - 8) / 2, width: width, height: 8)
    frame.screen.fill(rect, style: theme.text)
    frame.screen.drawBox(rect, style: theme.heading, title: hall.codeEntryTitle)
    let used = frame.screen.put(
      hall.codeEntryPrompt, x: rect.x + 2, y: rect.y + 2, style: theme.heading)
    let boxX = rect.x + 2 + used
    frame.screen.fill(
      Rect(x: boxX, y: rect.y + 2, width: HandOffCodeInput.length * 2 + 1, height: 1),
      style: theme.input
    )
    let spaced = entry.code.map(String.init).joined(separator: " ")
    frame.screen.put(spaced, x: boxX, y: rect.y + 2, style: theme.input)
    frame.cursor = (boxX + spaced.displayWidth + (entry.code.isEmpty ? 0 : 1), rect.y + 2)
    if let message = entry.message {
      frame.screen.put(
        message.terminalSafe, x: rect.x + 2, y: rect.y + 4, style: theme.error,
        maxWidth: rect.width - 4)
    }
    frame.screen.put(
      boxHint(.handOffEntry), x: rect.x + 2, y: rect.maxY - 2, style: theme.dim,
      maxWidth: rect.width - 4)
  }
}

/// The hand-off code's letters five rows high, so a visitor reads them across a counter.
enum BlockLetters {
  /// Three columns by five rows each, `#` inked; drawn two cells wide per column.
  static let glyphs: [Character: [String]] = [
    "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", "###", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
    "A": [" # ", "# #", "###", "# #", "# #"], "B": ["## ", "# #", "## ", "# #", "## "],
    "C": ["###", "#  ", "#  ", "#  ", "###"], "D": ["## ", "# #", "# #", "# #", "## "],
    "E": ["###", "#  ", "## ", "#  ", "###"], "F": ["###", "#  ", "## ", "#  ", "#  "],
    "G": ["###", "#  ", "# #", "# #", "###"], "H": ["# #", "# #", "###", "# #", "# #"],
    "J": ["  #", "  #", "  #", "# #", "###"], "K": ["# #", "# #", "## ", "# #", "# #"],
    "M": ["# #", "###", "###", "# #", "# #"], "N": ["## ", "# #", "# #", "# #", "# #"],
    "P": ["###", "# #", "###", "#  ", "#  "], "Q": ["###", "# #", "# #", "###", "  #"],
    "R": ["## ", "# #", "## ", "# #", "# #"], "S": [" ##", "#  ", " # ", "  #", "## "],
    "T": ["###", " # ", " # ", " # ", " # "], "U": ["# #", "# #", "# #", "# #", "###"],
    "V": ["# #", "# #", "# #", "# #", " # "], "W": ["# #", "# #", "###", "###", "# #"],
    "X": ["# #", "# #", " # ", "# #", "# #"], "Y": ["# #", "# #", " # ", " # ", " # "],
    "Z": ["###", "  #", " # ", "#  ", "###"],
  ]

  /// The text in five lines; a character without a glyph is left as a blank cell.
  static func lines(_ text: String) -> [String] {
    (0..<5).map { row in
      text.map { character in
        let pattern = glyphs[character]?[row] ?? "   "
        return String(pattern.flatMap { $0 == "#" ? "██" : "  " })
      }.joined(separator: " ")
    }
  }
}
