/// What a benefit gives, when it is not (only) a stated sum of money.
public enum BenefitKind: String, Sendable, CaseIterable, Codable {
  /// A stated sum, fixed, capped, open-ended or a percentage.
  case money
  /// 蒙科聚积分.
  case points
  /// 一事一议、一所一策、一人一策: decided case by case.
  case caseByCase
  /// 择优支持 with no figure.
  case competitive
  /// 给予奖励/补助/支持 with no figure.
  case unstated
  /// Priority, services, land, titles: support that is not money.
  case nonMonetary
  /// A rule that changes how things work; nobody applies for it.
  case reform
}

/// Why a stated sum is not certain even when every question is answered: the text sets more
/// than the catalog can check.
public enum Reservation: String, Sendable, CaseIterable, Codable {
  /// 择优: the sum goes to those selected among the eligible.
  case selective
  /// 符合一定条件: the text says there are conditions and does not list them.
  case unstatedConditions
  /// The list of eligible kinds ends in 等: a kind it does not name may qualify, as the call
  /// for applications says.
  case openList
}

/// One thing a clause promises, with the conditions under which it is given.
public struct Benefit: Sendable, Equatable {
  public var id: String
  public var title: String
  public var subject: String?
  public var group: String?
  public var kind: BenefitKind
  public var condition: Condition
  public var amount: AmountRule?
  public var per: Periodicity
  public var years: Int?
  /// `years` is a ceiling (最多5年), not a stated duration.
  public var yearsAtMost: Bool
  public var points: PointsRule?
  /// Why the sum is not certain though every condition the catalog knows is answered.
  public var reservation: Reservation?
  /// Other benefits (`article/benefit` in this document, or `document/article/benefit`) that
  /// pay for the same thing: an explicit catalog decision, explained by `sameThingNote`.
  public var sameThingAs: [String]
  public var sameThingNote: String?
  public var note: String?
  /// The article of the same document whose text states this benefit's figures, when its own
  /// does by reference (鄂尔多斯（二十五）同等享受（二十四）的科研经费): `amountFrom:`.
  public var amountArticle: Int? = nil
  /// Line in the catalog file, for messages.
  public var line: Int
  /// Column of the benefit in its line, for messages.
  public var column: Int = 1
  /// The `en:` block.
  public var english: Translation? = nil

  public var position: Position { Position(line: line, column: column) }

  /// Every fact whose answer can change whether or how much this benefit pays.
  public var facts: Set<FactID> {
    condition.facts.union(amount?.facts ?? []).union(pointsFacts)
  }

  private var pointsFacts: Set<FactID> {
    guard case .percentage(_, let base) = points else { return [] }
    switch base {
    case .fact(let path): return [path.fact]
    case .eachItem(let list, _, _, _): return [list]
    }
  }
}

extension Benefit {
  /// The list whose items this benefit pays one by one, in yuan or in points; nil when it pays
  /// the applicant once.
  public var paidPerItemOf: FactID? {
    if let list = amount?.itemList { return list }
    if case .percentage(_, .eachItem(let list, _, _, _))? = points { return list }
    return nil
  }
}
