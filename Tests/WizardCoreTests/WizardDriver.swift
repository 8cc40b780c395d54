import DefaultCatalog
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

/// The day every test judges the policies on, so that results do not move with the calendar
/// (the Hulunbuir draft and the 2026 region document are judged as of 2026-06-01).
let testDay = CalendarDay(year: 2026, month: 6, day: 1)

/// A wizard fed events the way the curses session feeds them. Every screen it draws (one after
/// each event) is checked against the layout rules, so each test also checks the Chinese layout,
/// and against the rule that every amount of a result on screen is whole (`expectWholeAmounts`).
struct WizardDriver {
  var state: WizardState
  /// What the last event asked of the program around the wizard.
  private(set) var lastEffects: [WizardEffect] = []

  init(
    width: Int = 120, height: Int = 40, profile: Profile? = nil, mode: WizardMode = .helpDesk,
    catalog: Catalog = DefaultCatalog.catalog, language: Language = .chinese
  ) {
    state = WizardState(
      catalog: catalog, profile: profile,
      size: Size(width: width, height: height), today: testDay, language: language, mode: mode)
  }

  var catalog: Catalog { state.catalog }

  // MARK: Events

  @discardableResult
  mutating func send(_ event: WizardEvent, sourceLocation: SourceLocation = #_sourceLocation)
    -> [WizardEffect]
  {
    lastEffects = state.update(event)
    _ = frame(sourceLocation: sourceLocation)
    return lastEffects
  }

  @discardableResult
  mutating func press(
    _ key: Key, times: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [WizardEffect] {
    var effects: [WizardEffect] = []
    for _ in 0..<times {
      effects += send(.keyPressed(key), sourceLocation: sourceLocation)
    }
    return effects
  }

  /// Types text one character at a time, as a terminal delivers it.
  mutating func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for character in text {
      send(.keyPressed(.character(character)), sourceLocation: sourceLocation)
    }
  }

  /// Lets `milliseconds` go by without input, in ticks of `tick` as the session's timer sends
  /// them; returns every effect asked for on the way.
  @discardableResult
  mutating func wait(
    milliseconds: Int, tick: Int = 250, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [WizardEffect] {
    var effects: [WizardEffect] = []
    var left = milliseconds
    while left > 0 {
      let step = min(tick, left)
      effects += send(.timePassed(milliseconds: step), sourceLocation: sourceLocation)
      left -= step
    }
    return effects
  }

  mutating func resize(width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    send(.terminalResized(Size(width: width, height: height)), sourceLocation: sourceLocation)
  }

  // MARK: The screen

  /// Renders the state and checks the layout rules on the result.
  func frame(sourceLocation: SourceLocation = #_sourceLocation) -> Frame {
    let frame = state.render()
    expectSoundLayout(frame, size: state.size, sourceLocation: sourceLocation)
    expectWholeAmounts(frame, state: state, sourceLocation: sourceLocation)
    return frame
  }

  func lines(sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    frame(sourceLocation: sourceLocation).screen.lines()
  }

  /// The screen's text, then its style layer, then the layer's legend: each cell's whole style
  /// (colours and every attribute) as a key, one character per column — blank for the plain
  /// style, then `A`, `B`, … in order of first appearance — and under `--- legend ---` what each
  /// key is (`A: fg white, bg blue, bold`). A snapshot of it compares whole cells, as ratatui's
  /// `TestBackend` buffers do, so a change of colour or attribute fails like a change of text.
  func styledLines(sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    let screen = frame(sourceLocation: sourceLocation).screen
    var keys: [Style: Character] = [.plain: " "]
    var legend: [String] = []
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var styles: [String] = []
    for y in 0..<screen.height {
      var line = ""
      for cell in screen.row(y) {
        let key: Character
        if let known = keys[cell.style] {
          key = known
        } else {
          key = alphabet[min(legend.count, alphabet.count - 1)]
          keys[cell.style] = key
          legend.append("\(key): \(Self.describe(cell.style))")
        }
        line.append(key)
      }
      while line.last == " " { line.removeLast() }
      styles.append(line)
    }
    return lines(sourceLocation: sourceLocation) + ["--- style ---"] + styles
      + ["--- legend ---"] + legend
  }

  /// `fg white, bg blue, bold`: every part of a style that is not the default.
  static func describe(_ style: Style) -> String {
    var parts: [String] = []
    if let foreground = style.foreground { parts.append("fg \(foreground)") }
    if let background = style.background { parts.append("bg \(background)") }
    if style.bold { parts.append("bold") }
    if style.dim { parts.append("dim") }
    if style.reverse { parts.append("reverse") }
    if style.underline { parts.append("underline") }
    return parts.joined(separator: ", ")
  }

  func screenText(sourceLocation: SourceLocation = #_sourceLocation) -> String {
    lines(sourceLocation: sourceLocation).joined(separator: "\n")
  }

  /// The first row of the screen holding `text`.
  func row(containing text: String) -> String? {
    state.render().screen.lines().first { $0.contains(text) }
  }

  /// Where a click lands on `target`: the middle of its first hit area.
  func point(of target: Frame.HitTarget) -> (x: Int, y: Int)? {
    guard let hit = state.render().hits.first(where: { $0.target == target }) else { return nil }
    return (hit.rect.x + hit.rect.width / 2, hit.rect.y)
  }

  // MARK: Facts

  func fact(_ name: String) -> FactID {
    guard let fact = catalog.fact(named: name) else {
      Issue.record("the catalog has no fact named \(name)")
      return 0
    }
    return fact.id
  }

  var currentFactName: String? { state.currentFact.map { catalog.facts[$0].name } }

  func answer(_ name: String) -> FactValue? { state.profile[fact(name)] }

  /// The R&D record's fields in fen: last year, the year before.
  var rdFields: [Int64?] {
    guard case .record(let fields)? = answer("rd") else { return [nil, nil] }
    return fields.map { value in
      if case .number(let number)? = value { return number }
      return nil
    }
  }

  /// A benefit by its document and id, as in `hulunbuir-draft/1/high-tech-first`.
  func benefit(_ document: String, _ id: String) -> BenefitLocation? {
    catalog.benefits.first { location in
      catalog.documents[location.document].id == document && catalog[location].id == id
    }
  }

  // MARK: Flows

  /// From the first screen: 呼伦贝尔 (row 7), 企业, 高企 本年度首次认定, no 科技型中小企业 years,
  /// R&D 2800万 / 2000万, 加计扣除 2 years. Ends on the next question (the platforms list).
  mutating func answerHulunbuirEnterprise(sourceLocation: SourceLocation = #_sourceLocation) {
    type("7", sourceLocation: sourceLocation)
    type("1", sourceLocation: sourceLocation)
    type("2", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("2800", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("2000", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
    type("2", sourceLocation: sourceLocation)
    press(.enter, sourceLocation: sourceLocation)
  }
}

/// The layout rules every screen keeps: the grid is the terminal's size, no row of text is wider
/// than the terminal, and every wide (Chinese) character has both of its halves.
func expectSoundLayout(
  _ frame: Frame, size: Size, sourceLocation: SourceLocation = #_sourceLocation
) {
  let screen = frame.screen
  guard screen.width == size.width, screen.height == size.height else {
    Issue.record(
      "screen is \(screen.width)×\(screen.height), terminal \(size.width)×\(size.height)",
      sourceLocation: sourceLocation)
    return
  }
  let lines = screen.lines()
  if lines.count != size.height {
    Issue.record("\(lines.count) rows for \(size.height)", sourceLocation: sourceLocation)
  }
  for (y, line) in lines.enumerated() where line.displayWidth > size.width {
    Issue.record(
      "row \(y) is \(line.displayWidth) columns wide in \(size.width): \(line)",
      sourceLocation: sourceLocation)
  }
  for y in 0..<screen.height {
    let cells = Array(screen.row(y))
    for (x, cell) in cells.enumerated() {
      let splitLead = cell.width == 2 && !(x + 1 < cells.count && cells[x + 1].isContinuation)
      let orphanHalf = cell.isContinuation && !(x > 0 && cells[x - 1].width == 2)
      if splitLead || orphanHalf {
        Issue.record(
          "half a wide character at (\(x), \(y)): \(lines[y])", sourceLocation: sourceLocation)
      }
    }
  }
  if let cursor = frame.cursor, !screen.bounds.contains(x: cursor.x, y: cursor.y) {
    Issue.record(
      "cursor (\(cursor.x), \(cursor.y)) is off the screen", sourceLocation: sourceLocation)
  }
}
