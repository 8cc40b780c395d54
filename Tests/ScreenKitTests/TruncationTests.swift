import ScreenKit
import Testing

@Suite struct TruncationTests {
  @Test func textThatFitsIsUnchanged() {
    #expect("中文".truncated(toWidth: 4) == "中文")
    #expect("abc".truncated(toWidth: 10) == "abc")
  }

  @Test func latinTextEndsInAnEllipsis() {
    #expect("abcdef".truncated(toWidth: 4) == "abc…")
  }

  @Test func cjkTextAtAnOddWidthEndsInTheEllipsis() {
    let result = "中华人民共和国".truncated(toWidth: 5)
    #expect(result == "中华…")
    #expect(result.displayWidth == 5)
  }

  @Test func cjkTextAtAnEvenWidthPadsInsteadOfSplittingACharacter() {
    let result = "中华人民共和国".truncated(toWidth: 6)
    #expect(result == "中华… ")
    #expect(result.displayWidth == 6)
  }

  @Test(arguments: 1...14)
  func truncatedCJKIsExactlyTheWidthAndEndsCleanly(width: Int) {
    let text = "社会保险１２００元（每月）"
    let result = text.truncated(toWidth: width)
    #expect(result.displayWidth == width)
    #expect(result.last == "…" || result.last == " ")
  }

  @Test func tooNarrowForTheEllipsisCutsWithoutIt() {
    #expect("中文".truncated(toWidth: 1, ellipsis: "……") == " ")
    #expect("abc".truncated(toWidth: 0) == "")
  }

  @Test func paddingFillsToTheWidthWithSpaces() {
    #expect("中".padded(toWidth: 4) == "中  ")
    #expect("中文".padded(toWidth: 3) == "中文")
  }
}
