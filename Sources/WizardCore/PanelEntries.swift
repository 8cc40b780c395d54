import PolicyEngine

/// One selectable line of the live panel.
public enum PanelEntry: Hashable, Sendable {
  case match(Int)
  case possible(Int)
  case general(Int)
  case nearMiss(Int)
}

/// The panel's sections, in the order shown.
public enum PanelSection: Sendable, Equatable {
  case matched, withoutAmount, possible, withinReach, general
}

extension WizardState {
  /// The panel's entries: paying matches (largest first, those not stacked last), possible ones,
  /// support without a stated sum, then what is within reach.
  public var panelEntries: [PanelEntry] { panelSections.flatMap(\.entries) }

  public var panelSections: [(section: PanelSection, entries: [PanelEntry])] {
    let matches = result.matches.indices
    let paying = matches.filter {
      result.matches[$0].amount != nil || result.matches[$0].points != nil
    }
    let live = paying.filter { result.matches[$0].stackedOut == nil }
      .sorted { value(result.matches[$0]) > value(result.matches[$1]) }
    let stacked = paying.filter { result.matches[$0].stackedOut != nil }
    let other = matches.filter {
      result.matches[$0].amount == nil && result.matches[$0].points == nil
    }
    let sections: [(PanelSection, [PanelEntry])] = [
      (.matched, (live + stacked).map { .match($0) }),
      // Possible support without a stated sum would only repeat the clause list: left out.
      (
        .possible,
        result.possible.indices.filter { result.possible[$0].amount != nil }.map { .possible($0) }
      ),
      (.withoutAmount, other.map { .match($0) }),
      (
        .withinReach,
        result.nearMisses.indices.filter { showsNearMiss(result.nearMisses[$0]) }
          .map { .nearMiss($0) }
      ),
      // Support with no condition at all: for everyone, apart from what the applicant gets.
      (.general, result.general.indices.map { .general($0) }),
    ]
    return sections.filter { !$0.1.isEmpty }
  }

  /// A near miss of the unanswered kind shows once the wizard has passed every question it
  /// names (asked and left without an answer), or once the result is open (which says how many
  /// questions are unanswered): a question not reached yet will still be asked, and listing one
  /// near miss per unasked question would flood the panel. Threshold gaps always show.
  func showsNearMiss(_ miss: NearMiss) -> Bool {
    guard miss.gap == nil, currentFact != nil else { return true }
    return miss.unanswered.allSatisfy { answered.contains($0.fact) }
  }

  private func value(_ outcome: BenefitOutcome) -> Int64 {
    guard let amount = outcome.amount else { return outcome.points ?? 0 }
    return (amount.max ?? amount.min).fen * amount.paymentCount
  }

  func outcome(_ entry: PanelEntry) -> BenefitOutcome? {
    switch entry {
    case .match(let index): return result.matches[safe: index]
    case .possible(let index): return result.possible[safe: index]
    case .general(let index): return result.general[safe: index]
    case .nearMiss: return nil
    }
  }

  func location(_ entry: PanelEntry) -> BenefitLocation? {
    switch entry {
    case .match, .possible, .general: return outcome(entry)?.location
    case .nearMiss(let index): return result.nearMisses[safe: index]?.location
    }
  }
}
