import PolicyEngine

/// Where the user is in the questions and what they typed: the question flow's own state.
public struct QuestionFlowModel: Sendable, Equatable {
  /// The question on screen; nil once the user has reached the result summary.
  public var currentFact: FactID?
  public var row = 0
  /// Raw text of money and count fields, kept as typed so that going back shows it again.
  public var drafts: [WizardState.FieldKey: String] = [:]
  public var inputError: String?
  public var itemEditor: ItemEditor?
  public var scroll = 0
  /// Questions the user has been through (or that a loaded profile answers). The others are
  /// treated as open when deciding what to ask, so a later gate never hides an earlier question.
  public var answered: Set<FactID> = []
  /// Type-to-filter on a long option list (`/`): the text typed so far, nil when not filtering.
  public var filter: String?
  /// Digits typed on an option list with more than nine options, waiting for a second digit.
  public var pendingDigits = ""
  /// The wizard's clock when the pending digit was typed: after `pendingDigitMilliseconds` it
  /// is taken alone.
  public var pendingDigitsSince = 0
}

/// The live result panel.
public struct PanelModel: Sendable, Equatable {
  public var focus: WizardState.Focus = .question
  public var selection = 0
  public var scroll = 0
  /// Benefits that appeared with the last answer (the demo highlights them).
  public var newBenefits: Set<BenefitLocation> = []
  /// How much the total (its lower end) changed with the last answer (the demo shows it).
  public var lastChange = Money(fen: 0)
}

/// The self-service terminal's own state; the clock and the operator lock outlive a reset.
public struct KioskModel: Sendable, Equatable {
  /// The welcome screen, shown until the visitor touches a key.
  public var showingWelcome = false
  /// Time since the last input, for the reset.
  public var idleMilliseconds = 0
  /// Milliseconds since the wizard started, as `.timePassed` events told it: the clock of the
  /// PIN back-off. Kept across resets.
  public var clock = 0
  /// The back-off after wrong PINs; the terminal's, not the visitor's, so kept across resets.
  public var operatorLock = OperatorLock()
  /// Which of the take-home codes is shown (`TakeHomePaging`).
  public var takeHomePage = 0
}

/// The help desk's case: which saved case (if any) the answers belong to.
public struct HelpDeskModel: Sendable, Equatable {
  /// The idempotency key of the case being worked on: the first save creates the case, later
  /// saves of the same draft (and a save retried after a failure) update it.
  public var draftID: String
  /// The saved case the answers belong to (opened, or saved in this session).
  public var caseID: Int64?
  public var caseName: String?
  public var contact: String?
  public var note: String?
  /// The profile as last saved or opened: answers differing from it are unsaved.
  public var savedProfile: Profile?
  /// The version of case `caseID` the answers are based on: a save is refused if another desk
  /// has saved a later one (issue 17).
  public var caseVersion: Int64?
  /// The last save could not reach the store: the save form says the next one retries.
  public var lastSaveFailed = false

  public init(draftID: String) { self.draftID = draftID }
}

/// The sub-models' fields, as the wizard's code reads and writes them.
extension WizardState {
  public internal(set) var currentFact: FactID? {
    get { flow.currentFact }
    set { flow.currentFact = newValue }
  }
  public internal(set) var row: Int {
    get { flow.row }
    set { flow.row = newValue }
  }
  public internal(set) var drafts: [FieldKey: String] {
    get { flow.drafts }
    set { flow.drafts = newValue }
  }
  public internal(set) var inputError: String? {
    get { flow.inputError }
    set { flow.inputError = newValue }
  }
  public internal(set) var itemEditor: ItemEditor? {
    get { flow.itemEditor }
    set { flow.itemEditor = newValue }
  }
  public internal(set) var questionScroll: Int {
    get { flow.scroll }
    set { flow.scroll = newValue }
  }
  public internal(set) var answered: Set<FactID> {
    get { flow.answered }
    set { flow.answered = newValue }
  }
  public internal(set) var focus: Focus {
    get { panel.focus }
    set { panel.focus = newValue }
  }
  public internal(set) var panelSelection: Int {
    get { panel.selection }
    set { panel.selection = newValue }
  }
  public internal(set) var panelScroll: Int {
    get { panel.scroll }
    set { panel.scroll = newValue }
  }
  public internal(set) var showingWelcome: Bool {
    get { kiosk.showingWelcome }
    set { kiosk.showingWelcome = newValue }
  }
  public internal(set) var idleMilliseconds: Int {
    get { kiosk.idleMilliseconds }
    set { kiosk.idleMilliseconds = newValue }
  }
  public internal(set) var clock: Int {
    get { kiosk.clock }
    set { kiosk.clock = newValue }
  }
  public internal(set) var operatorLock: OperatorLock {
    get { kiosk.operatorLock }
    set { kiosk.operatorLock = newValue }
  }
  public var draftID: String { helpDesk.draftID }
  public var caseName: String? { helpDesk.caseName }

  /// Whether the answers differ from the case as last saved or opened (a blank start with no
  /// answers has nothing to lose).
  public var hasUnsavedAnswers: Bool {
    if let saved = helpDesk.savedProfile { return saved != namedProfile }
    return !answered.isEmpty || profile != Profile(factCount: catalog.facts.count)
  }

  /// The profile with the case's name, as it is saved.
  var namedProfile: Profile {
    var named = profile
    if let name = helpDesk.caseName { named.enterpriseName = name }
    return named
  }
}
