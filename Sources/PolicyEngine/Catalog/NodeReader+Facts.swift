extension NodeReader {
  static let factKeys: Set<String> = [
    "name", "type", "label", "question", "help", "unit", "appliesTo", "values", "valueLabels",
    "default", "fields", "en",
  ]

  mutating func factDefinitions(_ node: DataNode, firstID: FactID, owner: String?)
    -> [FactDefinition]
  {
    guard let items = list(node, "facts") else { return [] }
    var result: [FactDefinition] = []
    for item in items {
      guard mapping(item, "a fact") != nil else { continue }
      checkKeys(item, allowed: Self.factKeys, "a fact")
      guard let name = string(item["name"], "the fact's name", in: item),
        let type = factType(item, name: name)
      else { continue }
      refuseValueLabels(of: item, name: name, type: type)
      if result.contains(where: { $0.name == name }) {
        problem(item, "fact '\(name)' is declared twice")
        continue
      }
      var defaultIndex = 0
      if case .enumeration(let values) = type, let name = optionalString(item["default"], "default")
      {
        if let index = values.index(of: name) {
          defaultIndex = index
        } else {
          problem(item, "default '\(name)' is not one of \(values.names.joined(separator: ", "))")
        }
      }
      result.append(
        FactDefinition(
          id: firstID + result.count,
          name: name,
          type: type,
          label: optionalString(item["label"], "label") ?? name,
          question: optionalString(item["question"], "question")
            ?? optionalString(item["label"], "label") ?? name,
          help: optionalString(item["help"], "help"),
          unit: optionalString(item["unit"], "unit"),
          appliesTo: strings(item["appliesTo"], "appliesTo"),
          defaultEnumIndex: defaultIndex,
          declaredBy: owner,
          english: translation(of: item, allowed: Self.factEnglishKeys, "a fact")))
    }
    return result
  }

  private mutating func factType(_ node: DataNode, name: String) -> FactType? {
    guard let typeName = string(node["type"], "the type of '\(name)'", in: node) else { return nil }
    switch typeName {
    case "bool": return .bool
    case "money": return .money
    case "count": return .count
    case "enum":
      let names = strings(node["values"], "values")
      guard !names.isEmpty, names.count <= 64 else {
        problem(node, "enum '\(name)' needs between 1 and 64 values")
        return nil
      }
      var labels: [String: String] = [:]
      if let labelNode = node["valueLabels"], let pairs = mapping(labelNode, "valueLabels") {
        for pair in pairs {
          if !names.contains(pair.key) {
            problem(
              pair.value, "valueLabels names '\(pair.key)', which is not a value of '\(name)'")
          }
          labels[pair.key] = pair.value.scalarText
        }
      }
      return .enumeration(
        EnumValues(
          names: names, labels: labels,
          englishLabels: englishValueLabels(of: node, names: names, enumName: name)))
    case "record", "list":
      guard let fieldNodes = node["fields"].flatMap({ list($0, "fields") }), !fieldNodes.isEmpty
      else {
        problem(node, "\(typeName) '\(name)' needs fields")
        return nil
      }
      var fields: [FieldDefinition] = []
      for fieldNode in fieldNodes {
        checkKeys(fieldNode, allowed: Self.factKeys, "a field")
        guard let fieldName = string(fieldNode["name"], "a field's name", in: fieldNode),
          let type = factType(fieldNode, name: fieldName)
        else { continue }
        if case .record = type {
          problem(fieldNode, "fields cannot themselves be records or lists")
          continue
        }
        if case .list = type {
          problem(fieldNode, "fields cannot themselves be records or lists")
          continue
        }
        refuseValueLabels(of: fieldNode, name: fieldName, type: type)
        fields.append(
          FieldDefinition(
            name: fieldName, type: type,
            label: optionalString(fieldNode["label"], "label") ?? fieldName,
            english: translation(of: fieldNode, allowed: Self.fieldEnglishKeys, "a field")))
      }
      return typeName == "record" ? .record(fields) : .list(fields)
    default:
      problem(
        node, "type '\(typeName)' of '\(name)' is not one of bool, enum, money, count, record, list"
      )
      return nil
    }
  }
}
