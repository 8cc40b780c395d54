/// How an article is cited: 鄂尔多斯（十七）, 呼和浩特2024第6条; in English `Ordos (17)`,
/// `Hohhot 2024 Article 6` — the catalog's translations write 第十三条 as "Article 13" and
/// （十三） as "(13)" too.
public enum Citation {
  public static func of(
    _ document: PolicyDocument, article: Int, in language: Language = .chinese
  ) -> String {
    let name = document.shortName(in: language)
    switch (document.articleStyle, language) {
    case (.paren, .chinese): return "\(name)（\(chineseNumeral(article))）"
    case (.dotted, .chinese): return "\(name)第\(article)条"
    case (.paren, .english): return "\(name) (\(article))"
    case (.dotted, .english): return "\(name) Article \(article)"
    }
  }

  /// 1 → 一, 10 → 十, 17 → 十七, 20 → 二十, 30 → 三十 (enough for article numbers).
  public static func chineseNumeral(_ number: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard number > 0, number < 100 else { return String(number) }
    let tens = number / 10
    let ones = number % 10
    var text = ""
    if tens > 1 { text += digits[tens] }
    if tens > 0 { text += "十" }
    if ones > 0 { text += digits[ones] }
    return text
  }
}
