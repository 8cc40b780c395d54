/// A catalog node's texts in English, read from the node's `en:` block: the same keys as the
/// Chinese texts beside them. Which keys a node must translate is the rule
/// `EnglishTextIsComplete`'s business; a missing one falls back to the Chinese text.
/// An article's `text` is never translated: it is the law.
public struct Translation: Sendable, Equatable {
  public var title: String?
  public var shortName: String?
  public var issuer: String?
  public var section: String?
  public var departments: [String]?
  public var label: String?
  public var question: String?
  public var help: String?
  public var unit: String?
  public var note: String?
  public var sameThingNote: String?
  /// Enum value name → its English label. Left empty by the loader: an enum's `en: valueLabels`
  /// are `EnumValues.englishLabels`, beside the Chinese labels, which `EnumValues.label(_:in:)`
  /// reads.
  public var valueLabels: [String: String]

  public init(
    title: String? = nil, shortName: String? = nil, issuer: String? = nil,
    section: String? = nil, departments: [String]? = nil, label: String? = nil,
    question: String? = nil, help: String? = nil, unit: String? = nil, note: String? = nil,
    sameThingNote: String? = nil, valueLabels: [String: String] = [:]
  ) {
    self.title = title
    self.shortName = shortName
    self.issuer = issuer
    self.section = section
    self.departments = departments
    self.label = label
    self.question = question
    self.help = help
    self.unit = unit
    self.note = note
    self.sameThingNote = sameThingNote
    self.valueLabels = valueLabels
  }
}

/// Picks a text in a language: the English one when asked for and present, else the Chinese.
@inline(__always)
func localized<T>(_ chinese: T, _ english: T?, _ language: Language) -> T {
  language == .english ? (english ?? chinese) : chinese
}

/// The same for a text a node may lack (a unit, a note): the English one, else the Chinese.
/// (Written apart because `english?.note ?? note` passed to `localized` is promoted to
/// `Optional(nil)` when there is no English block, which dropped the Chinese note.)
@inline(__always)
func localizedOptional<T>(_ chinese: T?, _ english: T?, _ language: Language) -> T? {
  language == .english ? (english ?? chinese) : chinese
}

extension PolicyDocument {
  public func title(in language: Language) -> String {
    localized(title, english?.title, language)
  }
  public func shortName(in language: Language) -> String {
    localized(shortName, english?.shortName, language)
  }
  public func issuer(in language: Language) -> String {
    localized(issuer, english?.issuer, language)
  }
}

extension Article {
  public func title(in language: Language) -> String {
    localized(title, english?.title, language)
  }
  public func section(in language: Language) -> String? {
    localizedOptional(section, english?.section, language)
  }
  public func departments(in language: Language) -> [String] {
    localized(departments, english?.departments, language)
  }
}

extension Benefit {
  public func title(in language: Language) -> String {
    localized(title, english?.title, language)
  }
  public func note(in language: Language) -> String? {
    localizedOptional(note, english?.note, language)
  }
  public func sameThingNote(in language: Language) -> String? {
    localizedOptional(sameThingNote, english?.sameThingNote, language)
  }
}

extension FactDefinition {
  public func label(in language: Language) -> String {
    localized(label, english?.label, language)
  }
  public func question(in language: Language) -> String {
    localized(question, english?.question, language)
  }
  public func help(in language: Language) -> String? {
    localizedOptional(help, english?.help, language)
  }
  public func unit(in language: Language) -> String? {
    localizedOptional(unit, english?.unit, language)
  }
}

extension FieldDefinition {
  public func label(in language: Language) -> String {
    localized(label, english?.label, language)
  }
}

extension EnumValues {
  /// The label of the value at `index` in a language.
  public func label(_ index: Int, in language: Language) -> String {
    let name = names[index]
    if language == .english, let english = englishLabels[name] { return english }
    return labels[name] ?? name
  }
}
