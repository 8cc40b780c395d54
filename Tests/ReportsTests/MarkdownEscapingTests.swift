import Reports
import Testing

@Suite struct MarkdownEscapingTests {
  @Test func escapesMarkupCharacters() {
    #expect(
      MarkdownEscaping.escape("*a* _b_ [c](d) <e> `f` ~g~")
        == #"\*a\* \_b\_ \[c\](d) \<e> \`f\` \~g\~"#)
    #expect(MarkdownEscaping.escape(#"a\b"#) == #"a\\b"#)
  }

  @Test func escapesLineStartsOnlyAtTheStart() {
    #expect(MarkdownEscaping.escape("# 标题") == ##"\# 标题"##)
    #expect(MarkdownEscaping.escape("> 引用") == #"\> 引用"#)
    #expect(MarkdownEscaping.escape("- 项") == #"\- 项"#)
    #expect(MarkdownEscaping.escape("增量 > 0 - 1 # 2") == "增量 > 0 - 1 # 2")
  }

  @Test func cellsStayOnOneLine() {
    #expect(MarkdownEscaping.cell("a | b\nc") == #"a \| b c"#)
  }

  @Test func hostileCatalogTextIsEscaped() throws {
    let markdown = MarkdownReport().render(try ReportFixtures.hostileReport())
    // Every `<` is escaped, so no Markdown viewer sees an HTML tag.
    let unescaped = zip(markdown.dropFirst(), markdown).filter { $0.0 == "<" && $0.1 != "\\" }
    #expect(unescaped.isEmpty)
    #expect(!markdown.hasPrefix("<"))
    #expect(markdown.contains(#"\<script>alert("benefit")\</script>"#))
    #expect(markdown.contains(#"\[x\](y)"#))
  }
}
