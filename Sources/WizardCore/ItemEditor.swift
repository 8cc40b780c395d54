import PolicyEngine

/// Adding or changing one item of a list question (a platform, a contract, an award): its
/// fields are asked one after another, like small questions.
public struct ItemEditor: Sendable, Equatable {
  public var list: FactID
  /// The item being changed, or nil for a new one.
  public var editing: Int?
  public var values: [FactValue?]
  public var field = 0
  /// Raw text of the current money or count field.
  public var text = ""

  init(list: FactID, editing: Int?, values: [FactValue?]) {
    self.list = list
    self.editing = editing
    self.values = values
  }

  func fields(_ catalog: Catalog) -> [FieldDefinition] { catalog.facts[list].type.fields }

  func rows(_ catalog: Catalog) -> [WizardState.Row] {
    let current = fields(catalog)[field]
    switch current.type {
    case .enumeration(let values): return values.names.indices.map { .option($0) }
    case .bool: return [.option(0), .option(1)]
    default: return [.field(nil)]
    }
  }

  /// The row that shows the field's current value, to start there.
  func selectedRow(_ catalog: Catalog) -> Int {
    switch values[field] {
    case .choice(let index)?: return index
    case .bool(let flag)?: return flag ? 0 : 1
    default: return 0
    }
  }
}
