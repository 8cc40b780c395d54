import PolicyEngine

/// Which questions are asked, in which order, and what each one's rows are.
extension WizardState {
  /// The questions asked now: city and applicant always; any other only while it can still
  /// change the result and fits the applicant type. Catalog order: shared facts first, then
  /// each document's own.
  public var steps: [FactID] {
    let always = ["city", "applicant"].compactMap { catalog.fact(named: $0)?.id }
    let applicant = currentApplicant
    let others = catalog.facts.filter { fact in
      guard !always.contains(fact.id), relevant.contains(fact.id) else { return false }
      guard let applicant, !fact.appliesTo.isEmpty else { return true }
      return fact.appliesTo.contains(applicant)
    }.map(\.id)
    return always + others
  }

  /// The questions asked now that nobody answered (no answer, not marked unsure): the result
  /// says how many, since it reads them as not met.
  public var unansweredSteps: [FactID] {
    steps.filter { !answered.contains($0) && profile[$0] == nil && !profile.isUnknown[$0] }
  }

  /// The applicant type's name, when answered: until then no type is assumed (the questions
  /// of every type are asked, as when it is marked unsure).
  var currentApplicant: String? {
    guard let fact = catalog.fact(named: "applicant"), case .enumeration(let values) = fact.type,
      !profile.isUnknown[fact.id], case .choice(let index)? = profile[fact.id]
    else {
      return nil
    }
    return values.names[index]
  }

  /// Position of the current question among the steps (the summary comes after the last).
  var stepIndex: Int {
    guard let fact = currentFact else { return steps.count }
    let all = steps
    return all.firstIndex(of: fact) ?? all.firstIndex(where: { $0 > fact }) ?? all.count
  }

  /// One focusable line of a question.
  public enum Row: Hashable, Sendable {
    /// An enum value, or for a yes/no question 0 = yes and 1 = no.
    case option(Int)
    /// A text field: the fact itself (nil) or a field of a record.
    case field(Int?)
    case item(Int)
    case addItem
    case next
    case unsure
  }

  public func rows(for fact: FactDefinition) -> [Row] {
    switch fact.type {
    case .enumeration(let values):
      // Yes/no in one order everywhere: a "否" option (e.g. `none: 否`) comes after the others,
      // as 否 comes after 是 on a yes/no question; the same order in every language.
      var order = Array(values.names.indices)
      if order.count > 1, values.label(order[0], in: .chinese) == WizardStrings.chinese.no {
        order.append(order.removeFirst())
      }
      return order.map { .option($0) } + [.unsure]
    case .bool: return [.option(0), .option(1), .unsure]
    case .money, .count: return [.field(nil), .unsure]
    case .record(let fields): return fields.indices.map { .field($0) } + [.next, .unsure]
    case .list:
      return profile.items(fact.id).indices.map { .item($0) } + [.addItem, .next, .unsure]
    }
  }

  /// The rows of what is on screen: the item editor's current field, or the question.
  var currentRows: [Row] {
    if let editor = itemEditor { return editor.rows(catalog) }
    guard let fact = currentFact else { return [] }
    return rows(for: catalog.facts[fact])
  }
}
