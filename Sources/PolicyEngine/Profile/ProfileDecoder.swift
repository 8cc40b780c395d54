/// A problem with a profile, naming the field and what it allows.
public struct ProfileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var field: String
  public var line: Int
  public var message: String

  public var description: String {
    field.isEmpty ? "line \(line): \(message)" : "field '\(field)' (line \(line)): \(message)"
  }
}

/// Reads a profile (JSON or YAML) against the catalog's facts.
public struct ProfileDecoder: Sendable {
  public let catalog: Catalog
  /// Whether a profile must say who applies (`applicant`, or `applicant` listed `unknown`):
  /// nobody's applicant type is assumed, since an enterprise's sum is no answer for a
  /// university. False only for a wizard's answers in progress (a saved case, a hand-off),
  /// which may stop before the applicant question: it stays unanswered there, and the
  /// evaluation leaves open every sum it decides.
  public let requiresApplicant: Bool

  public init(catalog: Catalog, requiresApplicant: Bool = true) {
    self.catalog = catalog
    self.requiresApplicant = requiresApplicant
  }

  /// The fields a profile may have besides the facts.
  public static let controlFields = ["asOf", "includeDrafts", "unknown", "enterpriseName"]

  /// What a profile may hold. Evaluation multiplies sums by rates and counts in Int64 fen and
  /// adds up lists; these bounds keep every sum far from the end of the range (where `Money`
  /// saturates rather than trap) and every evaluation's work small.
  public enum Limits {
    /// The largest sum a profile may state: 1万亿元.
    public static let money = Money(yuan: 1_000_000_000_000)
    /// The largest count.
    public static let count: Int64 = 1_000_000
    /// The most items a list (`awards`, `platforms`, `techContracts` …) may have.
    public static let listItems = 1_000
    /// The longest text (`enterpriseName`), in characters.
    public static let textCharacters = 200
  }

  public static let largestMoney = Limits.money
  public static let largestCount = Limits.count

  public func decode(_ text: String, file: String = "profile") throws(ProfileProblem) -> Profile {
    let root: DataNode
    do {
      root = try DataNodeParser.parse(text, file: file)
    } catch {
      throw ProfileProblem(field: "", line: error.line, message: error.message)
    }
    return try decode(root)
  }

  public func decode(_ root: DataNode) throws(ProfileProblem) -> Profile {
    guard case .mapping(let pairs, _) = root else {
      throw ProfileProblem(
        field: "", line: root.line,
        message: "a profile must be a JSON object such as {\"city\": \"hohhot\"}")
    }
    var profile = Profile(factCount: catalog.facts.count)
    for (key, value) in pairs {
      switch key {
      case "asOf":
        if value.isNull { continue }
        guard let text = value.scalarText, let day = CalendarDay(text) else {
          let got = value.scalarText.map { " (got \($0))" } ?? ""
          throw ProfileProblem(
            field: key, line: value.line,
            message: "must be a date written YYYY-MM-DD, such as 2026-06-01\(got)")
        }
        profile.asOf = day
      case "enterpriseName":
        if value.isNull { continue }
        guard let text = value.scalarText else {
          throw ProfileProblem(
            field: key, line: value.line, message: "must be text, the enterprise's name")
        }
        guard text.count <= Limits.textCharacters else {
          throw ProfileProblem(
            field: key, line: value.line,
            message:
              "must be at most \(Limits.textCharacters) characters (got \(text.count))")
        }
        profile.enterpriseName = text
      case "includeDrafts":
        profile.includeDrafts = try bool(value, field: key)
      case "unknown":
        for name in try strings(value, field: key) {
          guard let id = catalog.factID(named: name) else {
            let allowed = catalog.facts.map(\.name)
            let guess = Suggestion.closest(to: name, among: allowed).map {
              "did you mean '\($0)'? "
            }
            throw ProfileProblem(
              field: key, line: value.line,
              message:
                "'\(name)' is not a question; \(guess ?? "")allowed: \(allowed.joined(separator: ", "))"
            )
          }
          profile.setUnknown(id, true)
        }
      default:
        guard let id = catalog.factID(named: key) else {
          let allowed = catalog.facts.map(\.name) + Self.controlFields
          let guess = Suggestion.closest(to: key, among: allowed).map { "did you mean '\($0)'? " }
          throw ProfileProblem(
            field: key, line: value.line,
            message:
              "is not a profile field; \(guess ?? "")allowed: \(allowed.joined(separator: ", "))"
          )
        }
        if value.isNull { continue }
        profile[id] = try self.value(value, type: catalog.facts[id].type, field: key)
      }
    }
    guard let city = catalog.factID(named: "city"), profile[city] != nil || profile.isUnknown[city]
    else {
      throw ProfileProblem(
        field: "city", line: root.line, message: "is required; allowed: \(allowedCities)")
    }
    if requiresApplicant, let applicant = catalog.factID(named: "applicant"),
      profile[applicant] == nil, !profile.isUnknown[applicant],
      case .enumeration(let values) = catalog.facts[applicant].type
    {
      throw ProfileProblem(
        field: "applicant", line: root.line,
        message:
          "is required (or listed in unknown); allowed: \(values.names.joined(separator: ", "))")
    }
    return profile
  }

  private var allowedCities: String {
    guard case .enumeration(let values)? = catalog.fact(named: "city")?.type else { return "" }
    return values.names.joined(separator: ", ")
  }

  private func value(_ node: DataNode, type: FactType, field: String) throws(ProfileProblem)
    -> FactValue?
  {
    if node.isNull { return nil }
    switch type {
    case .bool:
      return .bool(try bool(node, field: field))
    case .money:
      guard let text = node.scalarText else { throw notA("a sum of money in yuan", node, field) }
      switch AmountParsing.money(text) {
      case .success(let money) where money <= Self.largestMoney: return .number(money.fen)
      case .success, .failure(.tooLarge):
        throw ProfileProblem(
          field: field, line: node.line,
          message:
            "must be a sum of money in yuan of at most 1000000000000 (\(AmountParsing.largestSumText)) (got \(text))"
        )
      case .failure(.negative):
        throw ProfileProblem(
          field: field, line: node.line,
          message: "must not be negative: write a sum of money in yuan, 0 or more (got \(text))")
      case .failure(.tooPrecise):
        throw ProfileProblem(
          field: field, line: node.line,
          message: "has more than two decimals of a yuan (got \(text))")
      case .failure(let failure):
        throw ProfileProblem(
          field: field, line: node.line,
          message:
            "must be a sum of money in yuan, such as 28000000 (got \(text))\(AmountParsing.explanation(failure))"
        )
      }
    case .count:
      guard let text = node.scalarText else { throw notA("a whole number", node, field) }
      switch AmountParsing.count(text) {
      case .success(let count) where count <= Self.largestCount: return .number(count)
      case .success, .failure(.tooLarge):
        throw ProfileProblem(
          field: field, line: node.line,
          message: "must be a whole number of at most 1000000 (got \(text))")
      case .failure(.negative):
        throw ProfileProblem(
          field: field, line: node.line,
          message: "must not be negative: write a whole number, 0 or more (got \(text))")
      case .failure(let failure):
        throw ProfileProblem(
          field: field, line: node.line,
          message: "must be a whole number (got \(text))\(AmountParsing.explanation(failure))")
      }
    case .enumeration(let values):
      guard let text = node.scalarText, let index = values.index(of: text) else {
        throw ProfileProblem(
          field: field, line: node.line,
          message:
            "\(node.scalarText.map { "'\($0)' is not allowed" } ?? "must be one value"); allowed: \(values.names.joined(separator: ", "))"
        )
      }
      return .choice(index)
    case .record(let fields):
      guard case .mapping = node else {
        throw notA("an object with \(fields.map(\.name).joined(separator: ", "))", node, field)
      }
      return .record(try record(node, fields: fields, field: field))
    case .list(let fields):
      guard case .sequence(let items, _) = node else {
        throw notA(
          "a list of objects with \(fields.map(\.name).joined(separator: ", "))", node, field)
      }
      guard items.count <= Limits.listItems else {
        throw ProfileProblem(
          field: field, line: node.line,
          message:
            "has \(items.count) items; a list may have at most \(Limits.listItems)")
      }
      var result: [[FactValue?]] = []
      for (index, item) in items.enumerated() {
        guard case .mapping = item else {
          throw notA(
            "an object with \(fields.map(\.name).joined(separator: ", "))", item,
            "\(field)[\(index)]")
        }
        let entry = try record(item, fields: fields, field: "\(field)[\(index)]")
        // An entry without its kind or level matches no clause: dropped silently, it would
        // read as "none". Every choice of an entry is asked for.
        for (position, definition) in fields.enumerated() where entry[position] == nil {
          guard case .enumeration(let values) = definition.type else { continue }
          throw ProfileProblem(
            field: "\(field)[\(index)].\(definition.name)", line: item.line,
            message: "is required; allowed: \(values.names.joined(separator: ", "))")
        }
        result.append(entry)
      }
      return .list(result)
    }
  }

  private func record(_ node: DataNode, fields: [FieldDefinition], field: String)
    throws(ProfileProblem) -> [FactValue?]
  {
    guard case .mapping(let pairs, _) = node else { return [] }
    var values = [FactValue?](repeating: nil, count: fields.count)
    for (key, value) in pairs {
      guard let index = fields.firstIndex(where: { $0.name == key }) else {
        throw ProfileProblem(
          field: "\(field).\(key)", line: value.line,
          message:
            "is not a field of \(field); allowed: \(fields.map(\.name).joined(separator: ", "))")
      }
      values[index] = try self.value(value, type: fields[index].type, field: "\(field).\(key)")
    }
    return values
  }

  private func bool(_ node: DataNode, field: String) throws(ProfileProblem) -> Bool {
    switch node.scalarText {
    case "true": return true
    case "false": return false
    default: throw notA("true or false", node, field)
    }
  }

  private func strings(_ node: DataNode, field: String) throws(ProfileProblem) -> [String] {
    if let single = node.scalarText { return [single] }
    guard case .sequence(let items, _) = node else {
      throw notA("a list of field names", node, field)
    }
    var result: [String] = []
    for (index, item) in items.enumerated() {
      guard let text = item.scalarText else {
        throw notA(
          "a field name such as highTech (a list of names in all)", item, "\(field)[\(index)]")
      }
      result.append(text)
    }
    return result
  }

  private func notA(_ what: String, _ node: DataNode, _ field: String) -> ProfileProblem {
    ProfileProblem(
      field: field, line: node.line, message: "must be \(what), found \(node.shapeName)")
  }
}
