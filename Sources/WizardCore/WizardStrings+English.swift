import PolicyEngine

extension WizardStrings {
  /// The wizard in English. Amounts are the engine's English wording (`CNY 500,000`), never
  /// 万 or 亿; a money field reads yuan. Catalog texts come from the catalog's `en:` blocks, and
  /// an article's text stays the law's Chinese original, labelled as such.
  public static let english = WizardStrings(
    languageName: "English",
    keyHint: { "\($0) \($1)" },
    keyNames: [:],
    gap: "  ",
    moneyInputUnit: .yuan,
    typedYuan: { $0 },
    questionUnit: nil,
    // The phrase stays and the year follows it: "up to this year (2026)" reads where "up to
    // 2026" would need the sentence rewritten.
    relativeYears: [
      ("the year before last", 2), ("the year before", 2), ("last year", 1), ("Last year", 1),
      ("this year", 0), ("This year", 0),
    ],
    namedYear: { "\($0) (\($1))" },
    detailDraftBadge: " [draft]",
    detailTextHeading: { "Original text (Chinese, the legal text) – \($0)" },
    appTitle: "Policy wizard",
    step: { "Step \($0)/\($1)" },
    summaryStep: "Result",
    unsure: "Not sure / skip",
    unsureMarked: "(not sure)",
    yes: "Yes",
    no: "No",
    moneyUnit: "yuan",
    moneyHint: "In yuan: type 500000 or 500,000 (cents after a point: 1234.50)",
    countHint: "Please type a whole number",
    notANumber: "Not a number: type digits, e.g. 500000 or 500,000",
    negative: "An amount cannot be negative",
    tooPrecise: "An amount has at most two decimals (fen)",
    tooLarge: "Too large: at most CNY 1,000,000,000,000 for a sum, 1,000,000 for a count",
    misplacedSeparator:
      "Commas only group thousands, as in 1,200 or 12,000,000; no spaces inside a number",
    fieldTooLong: { "At most \($0) characters; the rest was not taken" },
    listFull: { "At most \($0) entries; no more can be added" },
    derivedIncrement: "Increase (worked out)",
    addItem: "+ Add an entry",
    nextQuestion: "Done, next question →",
    noItems: "(none yet)",
    itemStep: { "\($0) · entry \($1)/\($2)" },
    whyAsk: "Why we ask:",
    whyAskNone: "This question does not change the result at the moment.",
    hasCityPolicies: "has city policies",
    regionOnly: "region's policies only",
    panelTitle: "Support you can get",
    matched: "Qualifies",
    possible: "May qualify",
    withoutAmount: "No sum stated",
    withinReach: "Within reach",
    stacked: "not stacked",
    draftBadge: "draft",
    noMatches: "No financial support matches yet",
    dependsOn: "Open: ",
    detailTitle: "Benefit detail",
    detailComputation: "Computation",
    detailBecause: "Why it applies",
    detailDepartments: "Responsible departments",
    detailStacked: "Not stacked",
    detailNote: "Note",
    detailAmount: "Amount",
    tooSmall: {
      "The window is too small: it needs at least \($0)×\($1), it is \($2)×\($3). Please enlarge it."
    },
    quitQuestion: "Quit? The answers given will not be saved.",
    stepsTitle: "All questions (Enter jumps)",
    unanswered: "—",
    unansweredCount: { count, key in
      (count == 1 ? "1 question is" : "\(count) questions are")
        + " not answered: support that depends on them is left out or shown as possible."
        + (key.map { " \($0) goes back to them." } ?? "")
    },
    helpTitle: "Help",
    // Short words: the footer holds nine of them in 80 columns (a text field's `Ctrl-S save`).
    keyHelp: [
      "moveUp": "move", "pick": "pick by number (two digits on long lists)",
      "filter": "type to filter the options", "confirm": "OK", "back": "back",
      "forward": "next", "cycle": "change", "remove": "delete an entry or clear",
      "pageUp": "page", "first": "first / last entry", "switchFocus": "result",
      "steps": "list", "compare": "compare cities", "save": "save", "open": "open a case",
      "export": "export the report", "newCase": "new case", "print": "print",
      "takeHome": "take-home code", "help": "help", "quit": "quit", "interrupt": "quit at once",
      "demoSample": "pick a sample", "demoPause": "pause/resume", "demoStep": "one step",
      "demoResume": "resume the demo",
      "handOff": "continue at a desk", "handOffCode": "enter a hand-off code",
    ],
    newCaseStarted: "New case started",
    total: "Total",
    otherCityAsks: { "In \($0) it also asks: " },
    kioskGlossary: [
      (
        "R&D",
        "R&D expenditure is what the organisation spends in a year on research and experimental development (staff, materials, equipment…), as reported to the statistics office."
      ),
      (
        "chain leader",
        "A chain leader is the leading enterprise of an industrial chain, the one that drives the suppliers and customers around it."
      ),
    ],
    filterPrompt: "Filter: ",
    closeButton: "✕ Close",
    touchHint: "tap an option",
    backButton: "‹ Back",
    restartButton: "Start over",
    finishButton: "Finish & clear",
    discardQuestion: "The answers are not saved. Discard them?",
    caseTitle: { name, id in id.map { "\(name) #\($0)" } ?? name },
    helpNotes: [
      "Amounts are in yuan: 500000, 500,000 and 1234.50 all work",
      "Every question has “Not sure / skip”: the results then tell certain from possible",
      "List questions (platforms, contracts…): Enter adds or edits, Del deletes",
      "Every amount comes from the policy text; “draft” marks a draft for comment. The responsible department decides.",
    ],
    summaryTitle: "Your result",
    summaryIntro:
      "The support your answers qualify for. Select one and press Enter for its article and computation.",
    documents: "Documents",
    wrongPIN: "Wrong PIN",
    pinPrompt: "Operator PIN: ",
    pinLocked: { "Please wait \($0) seconds" },
    printSent: "Sent to the printer",
    stillPrinting: "Still printing the last one; please wait",
    operatorLogFailed: { "The operator log cannot be written (\($0)); check kiosk.operatorLog" },
    printFailed: { failure in
      let reason: String
      switch failure {
      case .cannotStart: reason = "the print command cannot start"
      case .didNotRead: reason = "the print command did not take the report"
      case .exited(let status): reason = "the print command failed (exit status \(status))"
      case .killed(let signal): reason = "the print command was killed (signal \(signal))"
      case .timedOut(let seconds):
        reason = "the print did not finish in \(seconds) seconds and was cancelled"
      }
      return "Printing failed: \(reason). Please ask the staff"
    },
    welcomeTitle: "Science and technology support in Inner Mongolia",
    welcomeLines: [
      "Answer a few questions to see which science and technology policies your organisation qualifies for, and how much each is worth.",
      "Every amount names its policy document and article; the original text is one tap away.",
      "If you are not sure of an answer, choose “Not sure / skip”.",
      "This terminal keeps none of your answers; they are wiped when you leave.",
    ],
    welcomeStart: "Press any key or touch the screen to start",
    countdown: { "No activity: every answer is wiped in \($0) seconds" },
    countdownHint: "Press any key or touch the screen to go on",
    demoBanner: { "Demo: \($0)   any key takes over" },
    compareTitle: "The same organisation in every city",
    compareHeaders: ["City", "Certain", "Total", "Funded items"],
    compareNote:
      "From the current answers; the last row stands for the cities with only the region's policies. Any key closes",
    nameRequired: "Please enter the organisation's name",
    fixBeforeSaving: { "“\($0)” cannot be read: correct it before saving or exporting" },
    caseOpened: { "Opened case: \($0)" },
    saveTitle: "Save case",
    saveFields: ["Organisation", "Contact (optional)", "Note (optional)"],
    casesTitle: "Saved cases",
    casesSearch: "Search: ",
    casesEmpty: "No case matches",
    takeHomeButton: "Take home",
    takeHomeTitle: "Take the result home",
    takeHomeLines: [
      "Scan the code on the left with a phone camera to take a summary of this result with you.",
      "The summary holds no name, contact or anything else that identifies you.",
    ],
    takeHomePage: { "Code \($0) of \($1): scan each; tap the screen for the next" },
    takeHomeClose: "Tap or press a key to go back",
    caseSaved: { updated, id, name, path in
      "\(updated ? "Updated" : "Saved") case #\(id): \(name) (\(path))"
    },
    saveFailed: { "Saving failed: \($0)" },
    caseListFailed: { "Cannot read the cases: \($0)" },
    caseMissing: { "There is no case #\($0)" },
    openFailed: { "Cannot open case #\($0): \($1)" },
    reportExported: { "Report exported: \($0); plain text: \($1)" },
    exportFailed: { "Export failed: \($0)" },
    databaseBusy: { "The case database is in use by another program; try again shortly (\($0))" },
    databaseReadOnly: { "The case database's file or directory is read-only; cannot save (\($0))" },
    touch: .english,
    boxKeys: .english
  )
}
