import PolicyEngine

/// The kiosk's "扫码带走结果": a short text of the result in one QR code a phone reads off the
/// screen. The HTML report and `report --format qr` carry the complete code; the kiosk shows the
/// largest code its screen holds, which is the same code whenever the screen is big enough.
///
/// The text: the day, city and applicant type; each counted benefit with its certainty badge,
/// amount and citation; the totals in the words of every output (`Explainer.totalsText`); the
/// draft caution; the responsible departments. Never the enterprise's name or a contact. When
/// the code would be too large, the header and the total stay, then the other totals lines, the
/// caution and as many benefits as fit (the rest counted in a `另有…项` line), then departments.
public struct TakeHomeCode: Sendable, Equatable {
  public let text: String
  public let code: QRCode
  /// Counted benefits the text had no room for (named in its `另有…项` line).
  public let benefitsLeftOut: Int

  /// Error correction at least L. Size, not damage, is what limits a code on a screen: the
  /// screen is flat, lit and never torn or stained, while every level above L costs a quarter
  /// to a half of the text, and Chinese text is three bytes a character. Where the text leaves
  /// room in its version, the level is raised at no cost (`QRCode.init(_:minimumLevel:…)`).
  public static let minimumLevel = QRCode.Level.low
  /// Columns the kiosk keeps beside the code for its explanation.
  public static let besideColumns = 30

  /// The largest version drawn in `rows` character rows and `columns` columns with the standard
  /// quiet zone, two modules a row and one a column. At 80×24 (every row but the title bar,
  /// 80 columns less the explanation): version 5, 37 modules, 45 with the quiet zone.
  public static func largestVersion(rows: Int, columns: Int) -> Int {
    QRCode.largestVersion(
      fitting: min(2 * rows, columns - besideColumns), quietZone: QRCode.standardQuietZone)
  }

  /// The summary of `result` in a code of at most `maximumVersion`: complete by default; in
  /// `language` (the engine's wording and the catalog's texts in it).
  public init(
    catalog: Catalog, profile: Profile, result: EvaluationResult, maximumVersion: Int = 40,
    language: Language = .chinese
  ) {
    let content = Content(catalog: catalog, profile: profile, result: result, language: language)
    let wording = Explainer(catalog: catalog, language: language).text
    let counted = result.matches.filter { $0.stackedOut == nil && $0.amount != nil }
    let benefitLines = content.benefitLines
    let totals = content.totals
    func departments(_ shown: Int) -> String? {
      var names: [String] = []
      for outcome in counted.prefix(shown) {
        for name in catalog.article(of: outcome.location).departments(in: language)
        where !names.contains(name) {
          names.append(name)
        }
      }
      return names.isEmpty
        ? nil : wording.takeHomeDepartments(names.joined(separator: wording.listSeparator))
    }
    func hasDraft(_ shown: Int) -> Bool {
      counted.prefix(shown).contains { catalog.documents[$0.location.document].status == .draft }
    }
    func text(shown: Int, totalsShown: Int, notice: Bool, withDepartments: Bool) -> String {
      var lines = [content.header]
      lines += benefitLines.prefix(shown)
      if shown < counted.count { lines.append(wording.takeHomeMore(counted.count - shown)) }
      lines += totals.prefix(totalsShown)
      if notice && hasDraft(shown) { lines.append(wording.takeHomeDraftNotice) }
      if withDepartments, let line = departments(shown) { lines.append(line) }
      return lines.joined(separator: "\n")
    }
    func encode(_ text: String) -> QRCode? {
      QRCode(text, minimumLevel: Self.minimumLevel, maximumVersion: maximumVersion)
    }
    let complete = text(
      shown: counted.count, totalsShown: totals.count, notice: true, withDepartments: true)
    if let code = encode(complete) {
      self.text = complete
      self.code = code
      self.benefitsLeftOut = 0
      return
    }
    // What matters most goes in first: the header and the total, the other totals lines, the
    // draft caution, then benefits in the order every output lists them, then departments.
    var totalsShown = 1
    while totalsShown < totals.count,
      encode(text(shown: 0, totalsShown: totalsShown + 1, notice: false, withDepartments: false))
        != nil
    {
      totalsShown += 1
    }
    let notice =
      encode(text(shown: 0, totalsShown: totalsShown, notice: true, withDepartments: false)) != nil
    var shown = 0
    while shown < counted.count,
      encode(
        text(shown: shown + 1, totalsShown: totalsShown, notice: notice, withDepartments: false))
        != nil
    {
      shown += 1
    }
    var best = text(shown: shown, totalsShown: totalsShown, notice: notice, withDepartments: true)
    var code = encode(best)
    if code == nil {
      best = text(shown: shown, totalsShown: totalsShown, notice: notice, withDepartments: false)
      code = encode(best)
    }
    // Should even the header and the total not fit `maximumVersion` (only below 80×24, where
    // the wizard draws nothing), the code is the smallest that holds them rather than none.
    self.text = best
    self.code = code ?? QRCode(best, level: Self.minimumLevel)!
    self.benefitsLeftOut = counted.count - shown
  }

  /// The pieces of the complete text, for `TakeHomePages`.
  struct Content {
    let header: String
    let benefitLines: [String]
    let totals: [String]
    let hasDraft: Bool
    let draftNotice: String
    let departments: String?

    init(catalog: Catalog, profile: Profile, result: EvaluationResult, language: Language) {
      let explainer = Explainer(catalog: catalog, language: language)
      let wording = explainer.text
      var header = [result.asOf.description]
      for name in ["city", "applicant"] {
        if let label = TakeHomeCode.choiceLabel(
          name, profile: profile, catalog: catalog, language: language)
        {
          header.append(label)
        }
      }
      self.header = header.joined(separator: " ")
      let counted = result.matches.filter { $0.stackedOut == nil && $0.amount != nil }
      benefitLines = counted.map { outcome -> String in
        let badge = outcome.certainty.map(explainer.certaintyBadge) ?? ""
        let amount = outcome.amount.map(explainer.amount) ?? ""
        return "\(badge)\(amount) \(explainer.citation(outcome.location))"
      }
      totals = explainer.totalsText(result)
      hasDraft = counted.contains { catalog.documents[$0.location.document].status == .draft }
      draftNotice = wording.takeHomeDraftNotice
      var names: [String] = []
      for outcome in counted {
        for name in catalog.article(of: outcome.location).departments(in: language)
        where !names.contains(name) {
          names.append(name)
        }
      }
      departments =
        names.isEmpty
        ? nil : wording.takeHomeDepartments(names.joined(separator: wording.listSeparator))
    }
  }

  fileprivate static func choiceLabel(
    _ name: String, profile: Profile, catalog: Catalog, language: Language
  ) -> String? {
    guard let fact = catalog.fact(named: name), case .enumeration(let values) = fact.type,
      !profile.isUnknown[fact.id]
    else { return nil }
    // Only an answer given: an applicant nobody named is no 企业.
    guard case .choice(let index)? = profile[fact.id] else { return nil }
    return values.label(index, in: language)
  }
}
