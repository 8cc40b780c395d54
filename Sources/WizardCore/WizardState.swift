import PolicyEngine
import ScreenKit

/// Everything the wizard shows, as a value: `update` makes a new one from an event, `render`
/// draws it. Nothing here touches a terminal.
public struct WizardState: Sendable {
  public let catalog: Catalog
  let evaluator: Evaluator
  public let strings: WizardStrings
  public let theme: Theme
  /// The day used when the profile does not say `asOf`.
  public let today: CalendarDay

  public internal(set) var profile: Profile
  public internal(set) var size: Size
  /// The question on screen; nil once the user has reached the result summary.
  public internal(set) var currentFact: FactID?
  public internal(set) var focus: Focus = .question
  public internal(set) var row = 0
  /// Raw text of money and count fields, kept as typed so that going back shows it again.
  public internal(set) var drafts: [FieldKey: String] = [:]
  public internal(set) var inputError: String?
  public internal(set) var itemEditor: ItemEditor?
  public internal(set) var panelSelection = 0
  public internal(set) var panelScroll = 0
  public internal(set) var questionScroll = 0
  public internal(set) var overlay: Overlay?

  public let mode: WizardMode
  /// The self-service terminal's welcome screen, shown until the visitor touches a key.
  public internal(set) var showingWelcome = false
  /// Time since the last input, for the self-service terminal's reset.
  public internal(set) var idleMilliseconds = 0
  /// The operator's PIN as typed so far, while the PIN prompt is open.
  public internal(set) var pinEntry: String?
  /// The demo's progress; nil once the presenter has taken over.
  public internal(set) var demo: DemoProgress?
  /// A short message shown in the footer (e.g. after printing).
  public internal(set) var notice: String?
  /// The help desk's open save form and case list, and the name the case was saved under.
  public internal(set) var saveForm: SaveForm?
  public internal(set) var caseList: CaseList?
  public internal(set) var caseName: String?

  public struct DemoProgress: Sendable, Equatable {
    public var sample: Int
    public var sinceLastKey = 0
    public var holding = 0
  }

  /// Questions the user has been through (or that a loaded profile answers). The others are
  /// treated as open when deciding what to ask, so a later gate never hides an earlier question.
  public internal(set) var answered: Set<FactID> = []

  /// The latest evaluation of `profile`, and the questions that can still change it.
  public internal(set) var result: EvaluationResult
  public internal(set) var relevant: Set<FactID>

  public enum Focus: Sendable, Equatable { case question, panel }

  public enum Overlay: Sendable, Equatable {
    case detail(PanelEntry, scroll: Int)
    case help
    case steps(selection: Int)
    case confirmQuit
    /// The same answers in every city with policies of its own.
    case compare
    /// The kiosk's take-home QR code of the result.
    case takeHome
  }

  /// A text field: a money or count fact, or one field of a record fact.
  public struct FieldKey: Hashable, Sendable {
    public var fact: FactID
    public var field: Int?
  }

  public init(
    catalog: Catalog, profile: Profile? = nil, size: Size = Size(width: 80, height: 24),
    today: CalendarDay = .today(), strings: WizardStrings = .chinese, theme: Theme = .color,
    mode: WizardMode = .helpDesk
  ) {
    self.mode = mode
    self.catalog = catalog
    self.evaluator = Evaluator(catalog: catalog)
    self.strings = strings
    self.theme = theme
    self.today = today
    // A fresh wizard has no city yet: only the region's policies apply until one is chosen.
    let start = profile ?? Profile(factCount: catalog.facts.count)
    self.profile = start
    self.size = size
    self.result = evaluator.evaluate(start, today: today)
    self.relevant = []
    self.currentFact = catalog.fact(named: "city")?.id
    if profile != nil {
      answered = Set(catalog.facts.indices.filter { start[$0] != nil || start.isUnknown[$0] })
      seedDrafts()
    }
    relevant = evaluator.relevantFacts(openProfile, today: today)
    if let city = currentFact { enter(city) }  // select the loaded answer's row
    switch mode {
    case .kiosk: showingWelcome = true
    case .demo(let settings) where !settings.samples.isEmpty: demo = DemoProgress(sample: 0)
    default: break
    }
  }

  /// The same wizard with every answer gone: what the next visitor (or demo sample) starts from.
  func fresh() -> WizardState {
    WizardState(
      catalog: catalog, profile: nil, size: size, today: today, strings: strings, theme: theme,
      mode: mode)
  }

  /// The profile with every question not yet answered left open.
  var openProfile: Profile {
    var open = profile
    for fact in catalog.facts.indices where !answered.contains(fact) { open.setUnknown(fact, true) }
    if let city = catalog.fact(named: "city"), !answered.contains(city.id), profile[city.id] == nil
    {
      open.setUnknown(city.id, profile.isUnknown[city.id])
    }
    return open
  }

  /// Re-evaluates after any change of answers: the live panel.
  mutating func reevaluate() {
    result = evaluator.evaluate(profile, today: today)
    relevant = evaluator.relevantFacts(openProfile, today: today)
    panelSelection = min(panelSelection, max(0, panelEntries.count - 1))
  }

  /// Fills the text fields from a loaded profile so that they show its numbers.
  mutating func seedDrafts() {
    for fact in catalog.facts {
      switch fact.type {
      case .money, .count:
        if case .number(let number)? = profile[fact.id] {
          drafts[FieldKey(fact: fact.id, field: nil)] = Self.draftText(number, type: fact.type)
        }
      case .record(let fields):
        guard case .record(let values)? = profile[fact.id] else { continue }
        for (index, field) in fields.enumerated() where index < values.count {
          if case .number(let number)? = values[index] {
            drafts[FieldKey(fact: fact.id, field: index)] = Self.draftText(number, type: field.type)
          }
        }
      default: continue
      }
    }
  }

  /// A number as the user would type it: money in 万 (the field's unit), counts plainly.
  static func draftText(_ number: Int64, type: FactType) -> String {
    guard type == .money else { return String(number) }
    let money = Money(fen: number)
    if money.isWholeYuan, money.fen >= 1_000_000 { return MoneyFormat.inWan(money) }
    return MoneyFormat.yuan(money).replacingOccurrences(of: ",", with: "") + "元"
  }
}
