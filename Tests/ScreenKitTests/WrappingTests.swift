import ScreenKit
import Testing

@Suite struct WrappingTests {
  @Test func cjkBreaksBetweenAnyCharacters() {
    #expect("一二三四五六七".wrapped(toWidth: 6) == ["一二三", "四五六", "七"])
  }

  @Test func cjkNeverOverflowsAnOddWidth() {
    let lines = "一二三四五六七".wrapped(toWidth: 5)
    #expect(lines == ["一二", "三四", "五六", "七"])
  }

  @Test func latinBreaksAtSpaces() {
    #expect("the quick brown fox".wrapped(toWidth: 10) == ["the quick", "brown fox"])
  }

  @Test func aWordLongerThanTheLineIsSplit() {
    #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
  }

  @Test func closingPunctuationDoesNotStartALine() {
    // Greedy filling would put "。" first on the second line; it goes with "四" instead.
    #expect("一二三四。五六".wrapped(toWidth: 8) == ["一二三", "四。五六"])
    #expect("一二三，四".wrapped(toWidth: 6) == ["一二", "三，四"])
  }

  @Test func openingPunctuationDoesNotEndALine() {
    #expect("一二（三）".wrapped(toWidth: 6) == ["一二", "（三）"])
  }

  @Test func mixedChineseAndLatinBreakBetweenScripts() {
    #expect("收入1200元".wrapped(toWidth: 6) == ["收入", "1200元"])
  }

  @Test func newlinesAlwaysBreakAndEmptyLinesSurvive() {
    #expect("甲\n\n乙".wrapped(toWidth: 10) == ["甲", "", "乙"])
    #expect("".wrapped(toWidth: 10) == [""])
  }

  @Test func spacesAtABreakAreDropped() {
    #expect("ab   cd".wrapped(toWidth: 3) == ["ab", "cd"])
  }

  @Test func everyLineFits() {
    let text = "根据《社会保险法》第十二条，用人单位应当按照国家规定的本单位职工工资总额的比例缴纳基本养老保险费。"
    for width in 2...30 {
      for line in text.wrapped(toWidth: width) {
        #expect(line.displayWidth <= width)
        if width >= 6 { #expect(!"，。、；：）」》！？".contains(line.first ?? " ")) }
      }
    }
  }
}
