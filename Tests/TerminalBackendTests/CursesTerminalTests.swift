import Foundation
import ScreenKit
import Testing

@testable import TerminalBackend

/// Real ncurses on files instead of a TTY. Serialized: curses has one current screen per
/// process, so these tests must not overlap.
@Suite(.serialized) final class CursesTerminalTests {
  private let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("CursesTerminalTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  private func makeTerminal(input: [UInt8] = []) throws -> CursesTerminal {
    let inputURL = directory.appendingPathComponent("input")
    try Data(input).write(to: inputURL)
    let terminal = CursesTerminal(
      terminalType: "xterm-256color",
      inputPath: inputURL.path,
      outputPath: directory.appendingPathComponent("output").path)
    try terminal.start()
    return terminal
  }

  private func sampleScreen(size: Size) -> Screen {
    var screen = Screen(size: size)
    screen.drawBox(Rect(x: 0, y: 0, width: size.width, height: size.height), title: "政策向导")
    screen.put("请输入月收入（元）：１２００", x: 3, y: 2, style: Style(foreground: .yellow, bold: true))
    screen.put("Tab 下一项 · Esc 返回", x: 3, y: 4, style: Style(dim: true))
    for row in 6..<(size.height - 1) {
      screen.put("第\(row)行：社会保险与住房公积金", x: 2, y: row)
    }
    return screen
  }

  @Test func drawsChineseTextAtAnOddColumn() throws {
    let terminal = try makeTerminal()
    defer { terminal.stop() }
    var screen = Screen(size: terminal.size)
    screen.put("中文ab，全角１２", x: 3, y: 1, style: Style(foreground: .green, reverse: true))
    terminal.draw(screen)
    #expect(terminal.windowText(row: 1) == "   中文ab，全角１２")
    #expect(terminal.windowText(row: 0) == "")
  }

  @Test func redrawingTheSameScreenWritesAlmostNothing() throws {
    let terminal = try makeTerminal()
    defer { terminal.stop() }
    let screen = sampleScreen(size: terminal.size)
    terminal.draw(screen)
    let fullFrame = try #require(terminal.lastFrameByteCount)
    terminal.draw(screen)
    let sameFrame = try #require(terminal.lastFrameByteCount)
    print("[frame bytes] full 80x24 frame: \(fullFrame), same frame again: \(sameFrame)")
    #expect(fullFrame > 1000)
    #expect(sameFrame * 20 < fullFrame)
  }

  @Test func changingOneCellWritesAFewBytes() throws {
    let terminal = try makeTerminal()
    defer { terminal.stop() }
    var screen = sampleScreen(size: terminal.size)
    terminal.draw(screen)
    screen.put("９", x: 29, y: 2, style: Style(foreground: .yellow, bold: true))
    terminal.draw(screen)
    let oneCell = try #require(terminal.lastFrameByteCount)
    print("[frame bytes] one changed cell: \(oneCell)")
    #expect(oneCell > 0 && oneCell < 40)
    #expect(terminal.windowText(row: 2).contains("（元）：１２０９"))
  }

  @Test func invalidateRepaintsEverything() throws {
    let terminal = try makeTerminal()
    defer { terminal.stop() }
    let screen = sampleScreen(size: terminal.size)
    terminal.draw(screen)
    let firstFrame = try #require(terminal.lastFrameByteCount)
    terminal.invalidate()
    terminal.draw(screen)
    let repaint = try #require(terminal.lastFrameByteCount)
    print("[frame bytes] repaint after invalidate(): \(repaint)")
    #expect(repaint * 2 > firstFrame)
  }

  @Test func readsKeysChineseTextAndMouseFromTheInput() throws {
    // xterm-256color's keypad mode sends ESC O A for up, ESC [ Z for back-tab, and SGR mouse
    // reports. Mouse reports read in one go merge into the last one (ncurses does that even
    // with mouseinterval(0)); a person's press and release come apart in time, here a key.
    let input =
      Array("a中".utf8) + [0x1B] + Array("OA".utf8) + [13, 3, 127] + [0x1B] + Array("[Z".utf8)
      + [0x1B] + Array("[<0;10;5M".utf8) + Array("x".utf8) + [0x1B] + Array("[<0;10;5m".utf8)
      + Array("y".utf8) + [0x1B] + Array("[<65;1;1M".utf8)
    let terminal = try makeTerminal(input: input)
    defer { terminal.stop() }
    var events: [InputEvent] = []
    while let event = terminal.nextEvent(timeoutMilliseconds: 100), events.count < 20 {
      events.append(event)
    }
    #expect(
      events == [
        .key(.character("a")), .key(.character("中")), .key(.up), .key(.enter),
        .key(.control("c")), .key(.backspace), .key(.backTab),
        .mouse(MouseEvent(x: 9, y: 4, kind: .press)), .key(.character("x")),
        .mouse(MouseEvent(x: 9, y: 4, kind: .release)), .key(.character("y")),
        .mouse(MouseEvent(x: 0, y: 0, kind: .scrollDown)),
      ])
  }

  @Test func stopIsIdempotentAndTheTerminalCanStartAgain() throws {
    let terminal = try makeTerminal()
    terminal.stop()
    terminal.stop()
    #expect(!terminal.isStarted)
    try terminal.start()
    #expect(terminal.size == Size(width: 80, height: 24))
    terminal.stop()
  }

  @Test func unknownTerminalTypeThrows() {
    let terminal = CursesTerminal(
      terminalType: "no-such-terminal", inputPath: "/dev/null",
      outputPath: directory.appendingPathComponent("unused").path)
    #expect(throws: CursesTerminalError.unknownTerminal("no-such-terminal")) {
      try terminal.start()
    }
  }
}

extension CursesTerminalTests {
  /// TERM=dumb cannot move the cursor: refused before anything is drawn.
  @Test func aTerminalWithoutCursorAddressingIsRefused() {
    let terminal = CursesTerminal(
      terminalType: "dumb", inputPath: "/dev/null",
      outputPath: directory.appendingPathComponent("dumb").path)
    #expect(throws: CursesTerminalError.noCursorAddressing("dumb")) { try terminal.start() }
    #expect(!terminal.isStarted)
  }
}
