import ScreenKit
import Testing

@Suite struct DisplayWidthTests {
  @Test func asciiIsOneColumnPerCharacter() {
    #expect("Hello, world!".displayWidth == 13)
    #expect(Character("a").displayWidth == 1)
  }

  @Test func cjkIdeographsHangulAndKanaAreTwoColumns() {
    #expect("中文".displayWidth == 4)
    #expect("한국어".displayWidth == 6)
    #expect("かなカナ".displayWidth == 8)
  }

  @Test func fullwidthFormsAreTwoColumns() {
    #expect("１２００".displayWidth == 8)
    #expect("ＡＢ".displayWidth == 4)
  }

  @Test(arguments: Array("（）：，。、；！？《》【】「」　"))
  func chinesePunctuationIsWide(_ punctuation: Character) {
    #expect(punctuation.displayWidth == 2)
  }

  @Test(arguments: Array("“”‘’—…·①─│┌┐└┘├┤°±×"))
  func ambiguousCharactersAreOneColumn(_ ambiguous: Character) {
    #expect(ambiguous.displayWidth == 1)
  }

  @Test func combiningMarksAddNoWidth() {
    let decomposed = "e\u{301}"
    #expect(decomposed.count == 1)
    #expect(decomposed.displayWidth == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    #expect("a\u{200B}b".displayWidth == 2)
  }

  @Test func controlsAddNoWidth() {
    #expect("\u{7}".displayWidth == 0)
    #expect(DisplayWidth.of(Unicode.Scalar(0x1B)) == 0)
  }

  @Test func emojiWithEmojiPresentationIsTwoColumns() {
    #expect("😀".displayWidth == 2)
    #expect("👍🏽".displayWidth == 2)
    #expect("👨‍👩‍👧".displayWidth == 2)
    #expect("🇨🇳".displayWidth == 2)
    #expect("⚠️".displayWidth == 2)
    #expect("⚠".displayWidth == 1)
  }

  @Test func mixedTextAddsUp() {
    // 月收入 6, spaces 2, 1200 4, 元 2, （税前） 8.
    #expect("月收入 1200 元（税前）".displayWidth == 22)
  }
}
