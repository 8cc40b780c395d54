/// The language of everything the program says to a person. The catalog's own texts are
/// Chinese with an English translation beside them (`en:` blocks); an article's text is the
/// law and stays Chinese in every language.
public enum Language: String, Sendable, CaseIterable, Codable {
  case chinese = "zh"
  case english = "en"

  /// The language the environment asks for, as POSIX orders the variables: the first of
  /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty; English when it starts with
  /// `en`, Chinese otherwise (this is a Chinese program first).
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.hasPrefix("en") ? .english : .chinese
    }
    return .chinese
  }

  /// `--lang` and the configuration file's `language`: `zh` or `en` (also `zh_CN`, `en-GB`…).
  public init?(code: String) {
    let lowered = code.lowercased()
    if lowered.hasPrefix("en") {
      self = .english
    } else if lowered.hasPrefix("zh") {
      self = .chinese
    } else {
      return nil
    }
  }
}

extension Unicode.Scalar {
  /// A Han ideograph (CJK unified ideographs and their extensions, compatibility ideographs):
  /// what English text never holds; the tests of every English table and screen ask it.
  public var isHanIdeograph: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
    default: return false
    }
  }
}

extension String {
  /// Whether the text holds a Han ideograph (`Unicode.Scalar.isHanIdeograph`).
  public var containsHanIdeograph: Bool { unicodeScalars.contains(where: \.isHanIdeograph) }
}
