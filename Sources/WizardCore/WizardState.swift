import PolicyEngine
import ScreenKit

/// Everything the wizard shows, as a value: `update` makes a new one from an event, `render`
/// draws it. Nothing here touches a terminal.
public struct WizardState: Sendable {
  public let catalog: Catalog
  let evaluator: Evaluator
  /// The language of everything the wizard says. It alone decides the wizard's words
  /// (`strings`), the engine's (`explainer`) and which of the catalog's texts are shown.
  public let language: Language
  /// The language the wizard was started in: a kiosk's reset returns to it from a visitor's
  /// switch on the welcome screen.
  public let configuredLanguage: Language
  public let strings: WizardStrings
  /// The engine's sentences in the wizard's language: amounts, reasons, citations.
  public let explainer: Explainer
  public let theme: Theme
  /// The day used when the profile does not say `asOf`.
  public let today: CalendarDay

  public internal(set) var profile: Profile
  public internal(set) var size: Size
  public let mode: WizardMode
  /// A help desk on a touch screen: the on-screen keypad on money and count fields, as in a
  /// kiosk (`helpDesk.touchKeypad` in the configuration).
  public var touchKeypad = false

  /// The one box on top, if any: it alone receives keys and clicks, and it is drawn last.
  public internal(set) var modal: Modal?
  /// Where the user is in the questions, and what they typed.
  public internal(set) var flow = QuestionFlowModel()
  /// The live result panel: focus, selection, scroll.
  public internal(set) var panel = PanelModel()
  /// The self-service terminal's welcome, idle time and operator lock.
  public internal(set) var kiosk = KioskModel()
  /// The help desk's case: its draft id, and the saved case being worked on.
  public internal(set) var helpDesk: HelpDeskModel
  /// The demo's progress; nil once the presenter has taken over (`presenterPaused` keeps it).
  public internal(set) var demo: DemoProgress?
  /// A short message shown in the footer (e.g. after printing).
  public internal(set) var notice: String?

  public struct DemoProgress: Sendable, Equatable {
    public var sample: Int
    public var sinceLastKey = 0
    public var holding = 0
    /// The presenter paused the play (Space); → then plays one step.
    public var paused = false
  }

  /// The sample the presenter took over from: F5 resumes the loop there.
  public internal(set) var takenOverSample: Int?

  /// The latest evaluation of `profile`, and the questions that can still change it.
  public internal(set) var result: EvaluationResult
  public internal(set) var relevant: Set<FactID>

  public enum Focus: Sendable, Equatable { case question, panel }

  /// A text field: a money or count fact, or one field of a record fact.
  public struct FieldKey: Hashable, Sendable {
    public var fact: FactID
    public var field: Int?
  }

  public init(
    catalog: Catalog, profile: Profile? = nil, size: Size = Size(width: 80, height: 24),
    today: CalendarDay = .today(), language: Language = .chinese,
    configuredLanguage: Language? = nil, theme: Theme = .color,
    mode: WizardMode = .helpDesk, draftID: String = WizardState.newDraftID()
  ) {
    self.mode = mode
    self.helpDesk = HelpDeskModel(draftID: draftID)
    self.catalog = catalog
    self.evaluator = Evaluator(catalog: catalog)
    self.language = language
    self.configuredLanguage = configuredLanguage ?? language
    self.strings = WizardStrings.of(language)
    self.explainer = Explainer(catalog: catalog, language: language)
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
    case .kiosk: kiosk.showingWelcome = true
    case .demo(let settings) where !settings.samples.isEmpty: demo = DemoProgress(sample: 0)
    default: break
    }
  }

  /// The same wizard with every answer gone: what the next visitor (or demo sample) starts from,
  /// in the configured language unless `language` says otherwise (a visitor's switch).
  /// Only what belongs to the terminal stays: the clock and the PIN back-off.
  func fresh(profile: Profile? = nil, language: Language? = nil) -> WizardState {
    var next = WizardState(
      catalog: catalog, profile: profile, size: size, today: today,
      language: language ?? configuredLanguage, configuredLanguage: configuredLanguage,
      theme: theme, mode: mode)
    next.kiosk.clock = kiosk.clock
    next.kiosk.operatorLock = kiosk.operatorLock
    next.touchKeypad = touchKeypad
    return next
  }

  /// 128 random bits in hex: a draft's idempotency key.
  public static func newDraftID() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<2).map { _ in
      let hex = String(generator.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
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
          drafts[FieldKey(fact: fact.id, field: nil)] = draftText(number, type: fact.type)
        }
      case .record(let fields):
        guard case .record(let values)? = profile[fact.id] else { continue }
        for (index, field) in fields.enumerated() where index < values.count {
          if case .number(let number)? = values[index] {
            drafts[FieldKey(fact: fact.id, field: index)] = draftText(number, type: field.type)
          }
        }
      default: continue
      }
    }
  }

  /// A number as the user would type it: money in the field's unit (万 in Chinese, yuan in
  /// English), counts plainly.
  func draftText(_ number: Int64, type: FactType) -> String {
    guard type == .money else { return String(number) }
    let money = Money(fen: number)
    if strings.moneyInputUnit == .wan, money.isWholeYuan, money.fen >= 1_000_000 {
      return MoneyFormat.inWan(money)
    }
    return strings.typedYuan(MoneyFormat.yuan(money).replacingOccurrences(of: ",", with: ""))
  }
}
