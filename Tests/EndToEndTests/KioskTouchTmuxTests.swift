import Foundation
import ScreenKit
import Testing

/// Issue 16's done-when: a kiosk on a real 80×24 terminal (tmux) driven by SGR mouse taps
/// alone, from the welcome screen to a result with two amounts and a count entered on the
/// on-screen keypad, then its take-home code (read back by zbarimg) and 重新开始, confirmed.
@Suite(
  .enabled(if: TmuxTerminal.isInstalled, "needs tmux, which is not installed"),
  QRImage.zbarimgRequirement)
struct KioskTouchTmuxTests {
  /// A tap: button 1 pressed and released at a cell (0-based), as one terminal write.
  static func tap(_ terminal: TmuxTerminal, x: Int, y: Int) throws {
    try terminal.type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
  }

  /// Where `label` is drawn: its middle cell, searching rows from the bottom up (the keypad
  /// and the touch bar are low on the screen) and only from display column `from`.
  static func find(
    _ label: String, in screen: [String], from column: Int = 0, rows: Range<Int>? = nil
  )
    -> (x: Int, y: Int)?
  {
    for y in (rows ?? screen.indices).reversed() where screen.indices.contains(y) {
      let line = screen[y]
      var searchStart = line.startIndex
      while let range = line.range(of: label, range: searchStart..<line.endIndex) {
        let x = String(line[..<range.lowerBound]).displayWidth
        if x >= column { return (x + label.displayWidth / 2, y) }
        searchStart = range.upperBound
      }
    }
    return nil
  }

  /// Taps `label` and waits until the screen changes.
  static func tap(
    _ label: String, on terminal: TmuxTerminal, from column: Int = 0, rows: Range<Int>? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let screen = try terminal.capture()
    let point = try #require(
      find(label, in: screen, from: column, rows: rows),
      "no “\(label)” on\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    try tap(terminal, x: point.x, y: point.y)
    try terminal.waitForScreen("a change after tapping “\(label)”") { $0 != screen }
  }

  /// The keypad's buttons sit in the panel's column, its labels framed by spaces: `│    2    │`.
  static func tapKeypad(_ text: String, on terminal: TmuxTerminal) throws {
    for character in text {
      try tap(" \(character) ", on: terminal, from: 44, rows: 4..<20)
    }
  }

  /// The QR code drawn from column 1 of a take-home screen, decoded: as wide as its first row's
  /// light quiet zone, row by row while its rows start with the quiet zone.
  static func decodeCode(on screen: [String]) throws -> String {
    let rows = screen[1...].map { String($0.dropFirst()) }
    let width = rows.first?.prefix { $0 == "█" }.count ?? 0
    let drawing = rows.prefix { $0.first == "█" || $0.first == "▀" }.map { row in
      String(row.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0)
    }
    #expect(width >= 21 && drawing.count >= 11, "\(screen.joined(separator: "\n"))")
    return try QRImage.decode(QRImage.png(QRImage.modules(fromHalfBlockLines: drawing)))
  }

  @Test func aVisitorReachesAResultAndTakesItHomeByTouchAlone() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let terminal = try TmuxTerminal(width: 80, height: 24)
    defer { terminal.stop() }
    let wizard = try WizardModesTmuxTests.Wizard(terminal, ["--kiosk"], in: directory)
    defer { wizard.end() }
    try terminal.waitForText(WizardModesTmuxTests.welcomeTitle)
    try Self.tap(terminal, x: 10, y: 20)
    try terminal.waitForText(WizardModesTmuxTests.cityQuestion)

    try Self.tap("呼伦贝尔市", on: terminal)
    try terminal.waitForText("以什么身份申报？")
    try Self.tap("( ) 1.", on: terminal)
    try Self.tap("( ) 2.", on: terminal)
    // 科技型中小企业入库年数 left empty (确定 skips it); R&D: two amounts in 万元 on the
    // keypad; then a count, 加计扣除的年数.
    try terminal.waitForText("入库")
    try Self.tap(" 确定 ", on: terminal, from: 44)
    try Self.tapKeypad("2800", on: terminal)
    try terminal.waitForText("2800")
    try Self.tap(" 确定 ", on: terminal, from: 44)
    try Self.tapKeypad("2000", on: terminal)
    try Self.tap(" 确定 ", on: terminal, from: 44)
    try Self.tapKeypad("2", on: terminal)
    let counted = try terminal.capture()
    #expect(!counted.joined().contains(" 万 "), "a count's keypad has no 万")
    try Self.tap(" 确定 ", on: terminal, from: 44)

    // The other questions by touch: 完成 on lists, 否 where there is one, else 不确定 / 跳过.
    var questions = 0
    while !(try terminal.capture()).joined().contains("结果汇总"), questions < 60 {
      let screen = try terminal.capture()
      let label =
        ["完成，下一题 →", "( ) 2. 否", "(*) 2. 否", "不确定 / 跳过"].first {
          Self.find($0, in: screen) != nil
        }
      try Self.tap(try #require(label, "\(screen.joined(separator: "\n"))"), on: terminal)
      questions += 1
    }
    var result = try terminal.waitForText("结果汇总")
    #expect(result.joined().contains("呼伦贝尔市"), "\(result.joined(separator: "\n"))")

    // Every benefit the result shows, page by page (▼ 下一页 scrolls, never opens).
    var shown: [(amount: String, citation: String)] = []
    var matched = false
    var pages = 0
    while true {
      for (index, line) in result.enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("── ") { matched = trimmed.hasPrefix("── 符合条件") }
        guard matched, line.hasPrefix("    "), index > 0,
          let citation = trimmed.components(separatedBy: " · ").first
        else { continue }
        let headline = result[index - 1]
        let amount =
          headline.firstMatch(of: /[0-9][0-9,.]*(万|亿)?元/).map { String($0.output.0) } ?? headline
        if !shown.contains(where: { $0 == (amount, citation) }) {
          shown.append((amount, citation))
        }
      }
      guard Self.find("▼ 下一页", in: result) != nil, pages < 10 else { break }
      try Self.tap("▼ 下一页", on: terminal)
      #expect(!(try terminal.capture()).joined().contains("条款详情"), "a scroll opens nothing")
      result = try terminal.capture()
      pages += 1
    }
    #expect(shown.count >= 2, "the R&D and 高企 benefits: \(shown)")

    try Self.tap("扫码带走", on: terminal, rows: 19..<23)
    // Every code, page by page (第 k/n 张; a tap shows the next), each decoded on its own.
    var screen = try terminal.waitForText("扫码带走结果")
    var texts: [String] = []
    while true {
      texts.append(try Self.decodeCode(on: screen))
      guard let page = screen.joined().firstMatch(of: /第 ([0-9]+)\/([0-9]+) 张/),
        let number = Int(page.output.1), let count = Int(page.output.2), number < count
      else { break }
      try Self.tap(terminal, x: 60, y: 12)
      screen = try terminal.waitForText("第 \(number + 1)/\(count) 张")
    }
    let text = texts.joined(separator: "\n")
    for benefit in shown {
      #expect(
        text.contains(benefit.amount) && text.contains(benefit.citation), "\(benefit) in\n\(text)")
    }
    #expect(!text.contains("另有"), "the codes hold the whole result: \(text)")

    // Back to the result; 重新开始 asks, 确定清除 wipes.
    try Self.tap(terminal, x: 60, y: 12)
    try terminal.waitForText("结果汇总")
    try Self.tap("重新开始", on: terminal, rows: 19..<23)
    try terminal.waitForText("确定清除")
    try Self.tap("确定清除", on: terminal)
    let fresh = try terminal.waitForText(WizardModesTmuxTests.cityQuestion)
    #expect(!fresh[0].contains("呼伦贝尔"), "every answer gone: \(fresh[0])")
    try wizard.expectRunning("after the restart")
  }
}
