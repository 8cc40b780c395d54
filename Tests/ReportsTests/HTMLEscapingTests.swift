import Reports
import Testing

@Suite struct HTMLEscapingTests {
  @Test func escapesMarkupAndQuotes() {
    #expect(HTMLEscaping.escape("<script>") == "&lt;script&gt;")
    #expect(HTMLEscaping.escape("A & B") == "A &amp; B")
    #expect(HTMLEscaping.escape(#"say "hi""#) == "say &quot;hi&quot;")
    #expect(HTMLEscaping.escape("O'Brien") == "O&#39;Brien")
    #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
  }

  @Test func leavesChineseAndPlainTextAlone() {
    let text = "对首次获批的国家高新技术企业给予50万元经费支持（≥ 2年）；“就高”"
    #expect(HTMLEscaping.escape(text) == text)
    #expect(HTMLEscaping.escape("") == "")
  }

  @Test func combiningCharactersSurvive() {
    // Escaping works on scalars, so a quote followed by a combining mark is still escaped.
    #expect(HTMLEscaping.escape("\"\u{301}") == "&quot;\u{301}")
    #expect(HTMLEscaping.escape("e\u{301}") == "e\u{301}")
  }
}
