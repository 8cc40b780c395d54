import PolicyEngine

/// The parts of a report in the order every renderer prints them, with their headings, so that
/// the three formats number and name them alike.
public enum ReportSection: String, Sendable, CaseIterable {
  case answers, totals, benefits, notStacked, unstatedSupport, nonMonetarySupport, possible
  case general, withinReach, documents

  /// The heading in a language.
  public func heading(in language: Language = .chinese) -> String {
    ReportStrings.of(language).sectionHeading(self)
  }

  /// `一、填报情况`, `1. Your answers`: numbered among the sections the report actually has.
  public func numberedHeading(in report: EnterpriseReport) -> String {
    let index = report.sections.firstIndex(of: self) ?? 0
    let words = report.words
    return words.sectionNumber(index + 1) + words.sectionHeading(self)
  }
}

extension EnterpriseReport {
  /// The sections with something to say; the answers, totals and documents always.
  public var sections: [ReportSection] {
    ReportSection.allCases.filter { section in
      switch section {
      case .answers, .totals, .documents: return true
      case .benefits: return !benefits.isEmpty
      case .notStacked: return !notStacked.isEmpty
      case .unstatedSupport: return !unstatedSupport.isEmpty
      case .nonMonetarySupport: return !nonMonetarySupport.isEmpty
      case .possible: return !possible.isEmpty
      case .general: return !general.isEmpty
      case .withinReach: return !withinReach.isEmpty
      }
    }
  }

  /// Whom the report is for (when named), then `判断日期 2026-06-01`-style facts about the
  /// report itself, for its head.
  public var metadata: [(label: String, value: String)] {
    let words = self.words
    return (recipient?.rows(words) ?? []) + [
      (words.city, city ?? words.cityMissing),
      (words.applicant, applicant),
      (words.asOf, asOf.description),
      (words.catalogVersion, catalogVersion),
      (words.drafts, includeDrafts ? words.draftsIncluded : words.draftsExcluded),
    ]
  }

  /// `扎兰屯合作社，呼伦贝尔市，2026-06-01`: what tells one report from another in a list of
  /// files or browser tabs (the enterprise when named, the city, the day).
  public var documentLabel: String {
    [recipient?.enterpriseName, city, asOf.description].compactMap { $0 }.joined(
      separator: words.comma)
  }

  /// `合计：90万元`, then one line per certainty category: the same lines as every output.
  public var totalsLines: [String] { totals.lines }
}
