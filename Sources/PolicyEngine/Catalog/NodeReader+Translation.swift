/// Reading a node's `en:` block: the English versions of the node's Chinese text keys
/// (docs/catalog-format.md, "English texts"). Which keys a node must translate is
/// `EnglishTextIsComplete`'s business (a warning); here an unknown key, a value label for a value
/// that does not exist, or a departments list of another length is refused like any other
/// malformed value.
extension NodeReader {
  static let documentEnglishKeys: Set<String> = ["title", "shortName", "issuer"]
  static let articleEnglishKeys: Set<String> = ["title", "section", "departments"]
  static let benefitEnglishKeys: Set<String> = ["title", "note", "sameThingNote"]
  static let factEnglishKeys: Set<String> = ["label", "question", "help", "unit", "valueLabels"]
  static let fieldEnglishKeys: Set<String> = ["label", "valueLabels"]

  /// The `en:` block of `node` with the keys `allowed` for `what` (“a benefit”), or nil when
  /// the node has none.
  mutating func translation(of node: DataNode, allowed: Set<String>, _ what: String)
    -> Translation?
  {
    guard let block = node["en"], !block.isNull else { return nil }
    guard mapping(block, "en: of \(what)") != nil else { return nil }
    checkKeys(block, allowed: allowed, "en: of \(what)")
    return Translation(
      title: optionalString(block["title"], "en: title"),
      shortName: optionalString(block["shortName"], "en: shortName"),
      issuer: optionalString(block["issuer"], "en: issuer"),
      section: optionalString(block["section"], "en: section"),
      departments: block["departments"].map { strings($0, "en: departments") },
      label: optionalString(block["label"], "en: label"),
      question: optionalString(block["question"], "en: question"),
      help: optionalString(block["help"], "en: help"),
      unit: optionalString(block["unit"], "en: unit"),
      note: optionalString(block["note"], "en: note"),
      sameThingNote: optionalString(block["sameThingNote"], "en: sameThingNote"))
  }

  /// An article's `en:` block, whose departments name the same units as the Chinese list, in
  /// its order: a list of another length cannot be matched up with it.
  mutating func articleTranslation(of node: DataNode, number: Int, departments: [String])
    -> Translation?
  {
    let english = translation(of: node, allowed: Self.articleEnglishKeys, "an article")
    if let translated = english?.departments, translated.count != departments.count,
      let place = node["en"]?["departments"]
    {
      problem(
        place,
        "en: departments of article \(number) lists \(translated.count) unit(s), the Chinese departments \(departments.count); give one English name per unit, in the same order"
      )
    }
    return english
  }

  /// The English labels of an enum's values, from `en: valueLabels`; nil when the node has no
  /// `en:` block. A label for a value the enum does not have is refused.
  mutating func englishValueLabels(of node: DataNode, names: [String], enumName: String)
    -> [String: String]
  {
    guard let labelNode = node["en"]?["valueLabels"], !labelNode.isNull,
      let pairs = mapping(labelNode, "en: valueLabels")
    else { return [:] }
    var labels: [String: String] = [:]
    for pair in pairs {
      guard names.contains(pair.key) else {
        problem(
          pair.value, "en: valueLabels names '\(pair.key)', which is not a value of '\(enumName)'")
        continue
      }
      labels[pair.key] = optionalString(pair.value, "en: valueLabels")
    }
    return labels
  }

  /// `en: valueLabels` on a fact or field that is not an enum has nothing to label.
  mutating func refuseValueLabels(of node: DataNode, name: String, type: FactType) {
    if case .enumeration = type { return }
    if let labels = node["en"]?["valueLabels"] {
      problem(labels, "en: valueLabels of '\(name)', which is a \(type.name), not an enum")
    }
  }
}
