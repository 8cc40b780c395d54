import ScreenKit
import Testing

@Suite struct ScreenTests {
  @Test func putWritesTextAndReturnsColumnsUsed() {
    var screen = Screen(width: 10, height: 2)
    #expect(screen.put("中文ab", x: 1, y: 0) == 6)
    #expect(screen.lines() == [" 中文ab", ""])
  }

  @Test func wideCharacterTakesALeadAndAContinuationCell() {
    var screen = Screen(width: 4, height: 1)
    screen.put("中", x: 1, y: 0, style: Style(bold: true))
    #expect(screen[1, 0] == Cell(symbol: "中", width: 2, style: Style(bold: true)))
    #expect(screen[2, 0].isContinuation)
    #expect(screen[2, 0].style == Style(bold: true))
  }

  @Test func putClipsAtTheRightEdge() {
    var screen = Screen(width: 5, height: 1)
    #expect(screen.put("abcdefg", x: 2, y: 0) == 3)
    #expect(screen.lines() == ["  abc"])
  }

  @Test func aWideCharacterStraddlingTheEdgeBecomesASpace() {
    var screen = Screen(width: 5, height: 1)
    screen.put("xxxxx", x: 0, y: 0)
    #expect(screen.put("中文", x: 2, y: 0) == 3)
    #expect(screen.lines() == ["xx中"])
    #expect(screen[4, 0] == .blank)
  }

  @Test func maxWidthLimitsLikeAnEdge() {
    var screen = Screen(width: 10, height: 1)
    #expect(screen.put("一二三", x: 0, y: 0, maxWidth: 5) == 5)
    #expect(screen.lines() == ["一二"])
  }

  @Test func putOutsideTheScreenWritesNothing() {
    var screen = Screen(width: 3, height: 1)
    #expect(screen.put("abc", x: 0, y: 1) == 0)
    #expect(screen.put("abc", x: 3, y: 0) == 0)
    #expect(screen == Screen(width: 3, height: 1))
  }

  @Test func putFromLeftOfTheScreenSkipsHiddenColumns() {
    var screen = Screen(width: 4, height: 1)
    screen.put("中文", x: -1, y: 0)
    #expect(screen.lines() == [" 文"])
  }

  @Test func narrowCharacterOnTheRightHalfBlanksTheLeftHalf() {
    var screen = Screen(lines: ["中文字"])
    screen.put("x", x: 3, y: 0)
    #expect(screen.lines() == ["中 x字"])
    #expect(!screen.row(0).contains { $0.isContinuation && $0.symbol != "" })
    assertNoHalfCharacters(screen)
  }

  @Test func narrowCharacterOnTheLeftHalfBlanksTheRightHalf() {
    var screen = Screen(lines: ["中文"])
    screen.put("x", x: 2, y: 0)
    #expect(screen.lines() == ["中x"])
    #expect(screen[3, 0] == .blank)
    assertNoHalfCharacters(screen)
  }

  @Test func wideCharacterAtAnOddColumnOverWideCharacters() {
    var screen = Screen(lines: ["一二三四"])
    screen.put("中文", x: 1, y: 0)
    #expect(screen.lines() == [" 中文 四"])
    assertNoHalfCharacters(screen)
  }

  @Test func fillBlanksARectangleWithAStyle() {
    var screen = Screen(lines: ["abcd", "中文"])
    let highlight = Style(background: .blue)
    screen.fill(Rect(x: 1, y: 0, width: 2, height: 2), style: highlight)
    // Columns 1 and 2 are the right half of 中 and the left half of 文: both characters go.
    #expect(screen.lines() == ["a  d", ""])
    #expect(screen[1, 0].style == highlight)
    #expect(screen[0, 1] == .blank)
    assertNoHalfCharacters(screen)
  }

  @Test func setStyleKeepsTextAndCoversWholeWideCharacters() {
    var screen = Screen(lines: ["中文"])
    screen.setStyle(Style(reverse: true), in: Rect(x: 1, y: 0, width: 1, height: 1))
    #expect(screen.lines() == ["中文"])
    #expect(screen[0, 0].style.reverse && screen[1, 0].style.reverse)
    #expect(!screen[2, 0].style.reverse)
  }

  @Test func rectanglesOutsideTheScreenChangeNothing() {
    var screen = Screen(lines: ["ab", "cd"])
    screen.fill(Rect(x: 2, y: 0, width: 3, height: 2), style: Style(bold: true))
    screen.setStyle(Style(bold: true), in: Rect(x: 2, y: 1, width: 3, height: 3))
    screen.setStyle(Style(bold: true), in: Rect(x: -3, y: 0, width: 3, height: 2))
    #expect(screen == Screen(lines: ["ab", "cd"]))
  }

  @Test func boxWithTitleAndDivider() {
    var screen = Screen(width: 12, height: 5)
    let frame = Rect(x: 0, y: 0, width: 12, height: 5)
    screen.drawBox(frame, title: "标题")
    screen.drawDivider(y: 2, in: frame)
    screen.put("内容", x: 1, y: 3)
    #expect(
      screen.lines() == [
        "┌─ 标题 ───┐",
        "│          │",
        "├──────────┤",
        "│内容      │",
        "└──────────┘",
      ])
  }

  @Test func linesSkipContinuationsAndTrimTrailingSpaces() {
    var screen = Screen(width: 8, height: 2)
    screen.put("中 文  ", x: 0, y: 0)
    #expect(screen.lines() == ["中 文", ""])
  }

  @Test func screenFromLinesRoundTrips() {
    let lines = ["第一行", "second", ""]
    #expect(Screen(lines: lines).lines() == lines)
    #expect(Screen(lines: lines).size == Size(width: 6, height: 3))
  }

  private func assertNoHalfCharacters(_ screen: Screen) {
    for y in 0..<screen.height {
      for x in 0..<screen.width {
        let cell = screen[x, y]
        if cell.width == 2 {
          #expect(x + 1 < screen.width && screen[x + 1, y].isContinuation, "lead at \(x),\(y)")
        }
        if cell.isContinuation {
          #expect(x > 0 && screen[x - 1, y].width == 2, "orphan continuation at \(x),\(y)")
        }
      }
    }
  }
}
