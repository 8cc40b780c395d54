import TakeHome

/// The take-home codes of the kiosk: the whole result across as many codes as the screen needs
/// (`TakeHomePages`), one shown at a time; a tap (or a key) shows the next, and after the last
/// one closes them.
extension WizardState {
  /// The codes for the result on this screen.
  ///
  /// Hook for the service hall's hand-off (issue “handoff”): when a shared store is configured,
  /// the hand-off code goes in here, as the first page or in place of the pages; the view and
  /// the paging take whatever pages this returns.
  func takeHomePages() -> TakeHomePages {
    TakeHomePages(
      catalog: catalog, profile: profile, result: result,
      maximumVersion: TakeHomeCode.largestVersion(rows: size.height - 1, columns: size.width),
      language: language)
  }

  /// Opens the codes at the first.
  mutating func openTakeHome() {
    kiosk.takeHomePage = 0
    modal = .takeHome
  }

  /// The next code, or closed after the last.
  mutating func turnTakeHomePage() {
    if kiosk.takeHomePage + 1 < takeHomePages().pages.count {
      kiosk.takeHomePage += 1
    } else {
      kiosk.takeHomePage = 0
      modal = nil
    }
  }
}
