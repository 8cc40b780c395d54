import ScreenKit
import Testing

@Suite struct ScreenDiffTests {
  @Test func identicalScreensHaveNoChanges() {
    let screen = Screen(lines: ["中文", "abc"])
    #expect(screen.diff(from: screen).isEmpty)
  }

  @Test func changedCellsComeAsRunsPerRow() {
    let before = Screen(lines: ["abcdef", "ghijkl"])
    var after = before
    after.put("XY", x: 1, y: 0)
    after.put("Z", x: 5, y: 0)
    after.put("W", x: 0, y: 1)
    let changes = after.diff(from: before)
    #expect(changes.map(\.x) == [1, 5, 0])
    #expect(changes.map(\.y) == [0, 0, 1])
    #expect(changes.map { $0.cells.map(\.symbol).joined() } == ["XY", "Z", "W"])
  }

  @Test func aStyleChangeIsAChange() {
    let before = Screen(lines: ["abc"])
    var after = before
    after.setStyle(Style(bold: true), in: Rect(x: 2, y: 0, width: 1, height: 1))
    #expect(after.diff(from: before) == [CellChange(x: 2, y: 0, cells: [after[2, 0]])])
  }

  @Test func runsCoverWholeWideCharacters() {
    let before = Screen(lines: ["ab中d"])
    var after = before
    // Changing only the continuation's style is impossible, but a wide char replacing "b中"
    // must send its lead, and a narrow char replacing the right half must resend the left.
    after.put("文", x: 1, y: 0)
    let changes = after.diff(from: before)
    #expect(changes.count == 1)
    #expect(changes[0].x == 1)
    #expect(changes[0].cells.first?.symbol == "文")
    #expect(changes[0].cells.first?.isContinuation == false)
  }

  @Test func aRunNeverEndsOnTheLeftHalfOfAWideCharacter() {
    let before = Screen(lines: ["ab"])
    var after = before
    after.put("中", x: 0, y: 0)
    let changes = after.diff(from: before)
    #expect(changes.count == 1)
    #expect(changes[0].cells.count == 2)
  }

  @Test func screensOfDifferentSizesDifferEverywhere() {
    let before = Screen(width: 3, height: 1)
    let after = Screen(lines: ["ab", "cd"])
    let changes = after.diff(from: before)
    #expect(changes.count == 2)
    #expect(changes.allSatisfy { $0.x == 0 && $0.cells.count == 2 })
  }
}
